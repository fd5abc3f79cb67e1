import KiosqueCSV
import Testing

/// Guessing the dialect and telling text from binary.
@Suite struct SniffTests {
    @Test(arguments: [
        ("a|b|c\n1|2|3\n", "|"),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ("nom;montant\nA;1,5\nB;2,25\nC;3\n", ";"),
        ("a,b\n\"x;y\",1\n\"p;q\",2\n", ","),
        ("seule\nune\ncolonne\n", ","),
        ("objet;montant\n\"Aide, fonctionnement; 2017\";1\n\"Festival, été\";2\n", ";"),
    ])
    func delimiter(_ text: String, _ expected: String) {
        #expect(CSVReader.sniff(Array(text.utf8)).delimiterCharacter == expected)
    }

    @Test func aOneCellTitleLineBeforeTheHeaderIsAPreamble() throws {
        let text = "Titre du rapport\r\nA\tB\tC\r\n1\t2\t3\r\n4\t5\t6\r\n"
        let dialect = CSVReader.sniff(Array(text.utf8))
        #expect(dialect == CSVDialect(delimiter: UInt8(ascii: "\t"), encoding: .utf8, lineEnding: .crlf, preambleLines: 1))
        let (header, records, summary) = try CSVInput.read(text)
        #expect(header == ["A", "B", "C"])
        #expect(records.map(\.line) == [3, 4])
        #expect(summary.recordCount == 2)
        #expect(summary.issues.isEmpty)
    }

    @Test func aOneColumnFileHasNoPreamble() {
        #expect(CSVReader.sniff(Array("titre\nA\nB\n".utf8)).preambleLines == 0)
    }

    @Test func aGivenDialectWins() throws {
        let dialect = CSVDialect(delimiter: UInt8(ascii: ";"))
        let (header, records, _) = try CSVInput.read("a,b;c\n1,2;3\n", dialect: dialect)
        #expect(header == ["a,b", "c"])
        #expect(CSVInput.fields(records) == [["1,2", "3"]])
    }

    @Test func aUTF8SequenceCutByThePrefixEndIsStillUTF8() {
        var prefix = [UInt8](repeating: UInt8(ascii: "a"), count: CSVLimits.default.sniffBytes - 1)
        prefix.append(0xC3)  // the first byte of "é"
        #expect(CSVReader.sniff(prefix).encoding == .utf8)
        #expect(CSVReader.sniff(Array("a\n".utf8) + [0xC3]).encoding == .iso88591)  // a whole input cannot end so
    }

    @Test func nulBytesMeanBinaryAndNothingIsParsed() throws {
        let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("a,b\n1,2\n".utf8)
        #expect(CSVReader.looksBinary(bytes))
        var reader = CSVReader(bytes: bytes)
        #expect(reader.isBinary)
        var calls = 0
        let summary = try reader.read(header: { _ in calls += 1 }) { _ in
            calls += 1
            return true
        }
        #expect(calls == 0)
        #expect(summary.isBinary)
        #expect(summary.issues == [CSVIssue(line: 1, kind: .binary)])
        #expect(summary.recordCount == 0)
        #expect(summary.byteCount == bytes.count)
    }

    @Test func manyControlBytesMeanBinary() {
        let bytes = (0..<200).map { UInt8($0 % 3 == 0 ? 0x01 : 0x41) }
        #expect(CSVReader.looksBinary(bytes))
        #expect(!CSVReader.looksBinary(Array("a\tb\r\nc\td\u{0C}\n".utf8)))
    }

    @Test func aQuoteOrLineBreakCannotBeTheDelimiter() throws {
        for byte in [UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r")] {
            let (header, records, _) = try CSVInput.read("a,b\n1,2\n", dialect: CSVDialect(delimiter: byte))
            #expect(header == ["a", "b"])
            #expect(CSVInput.fields(records) == [["1", "2"]])
        }
    }
}
