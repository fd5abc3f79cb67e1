import KiosqueCSV
import Testing

/// Encoding detection and transcoding to UTF-8 Strings.
@Suite struct EncodingTests {
    static let header = Array("nom;ville\n".utf8)

    @Test func latin1BytesWithoutC1AreISO88591() throws {
        let (_, records, summary) = try CSVInput.read(bytes: Self.header + [0x4C, 0xE9, 0x61, 0x3B, 0x4E, 0xEE, 0x6D, 0x65, 0x73, 0x0A])
        #expect(summary.dialect.encoding == .iso88591)
        #expect(CSVInput.fields(records) == [["Léa", "Nîmes"]])
    }

    @Test func bytesIn0x80To0x9FMeanWindows1252() throws {
        // "Cœur;10 €" with œ = 0x9C and € = 0x80.
        let (_, records, summary) = try CSVInput.read(bytes: Self.header + [0x43, 0x9C, 0x75, 0x72, 0x3B, 0x31, 0x30, 0x20, 0x80, 0x0A])
        #expect(summary.dialect.encoding == .windows1252)
        #expect(CSVInput.fields(records) == [["Cœur", "10 €"]])
    }

    @Test func anHonestByteOrderMarkIsDropped() throws {
        let (header, _, summary) = try CSVInput.read(bytes: [0xEF, 0xBB, 0xBF] + Array("prénom;n\nÉlise;1\n".utf8))
        #expect(summary.dialect.encoding == .utf8BOM)
        #expect(header == ["prénom", "n"])
    }

    @Test func aByteOrderMarkInFrontOfWindows1252Lies() throws {
        // BOM, then "objet;montant\nl’aide;5 €" in Windows-1252 (’ = 0x92, € = 0x80).
        let body: [UInt8] = Array("objet;montant\nl".utf8) + [0x92] + Array("aide;5 ".utf8) + [0x80, 0x0D, 0x0A]
        let (header, records, summary) = try CSVInput.read(bytes: [0xEF, 0xBB, 0xBF] + body)
        #expect(summary.dialect.encoding == .utf8BOMWindows1252)
        #expect(header == ["objet", "montant"])
        #expect(CSVInput.fields(records) == [["l’aide", "5 €"]])
    }

    @Test func invalidUTF8PastTheSniffedPrefixIsReadAsWindows1252AndReported() throws {
        var bytes = Array("nom,ville\n".utf8)
        var line = 1
        while bytes.count < 70_000 {
            bytes += Array("Chloé,Besançon\n".utf8)
            line += 1
        }
        bytes += Array("caf".utf8) + [0xE9] + Array(",".utf8) + [0x80, 0xC3] + Array("\n".utf8)  // Latin-1 é, €, a cut sequence
        bytes += Array("Zoé,Sète\n".utf8)
        var reader = CSVReader(bytes: bytes)
        #expect(reader.dialect.encoding == .utf8)
        var records: [CSVRecord] = []
        let summary = try reader.read { records.append($0); return true }
        #expect(summary.dialect.encoding == .utf8)
        #expect(records.count == line + 1)
        #expect(records[line - 1] == CSVRecord(fields: ["café", "€Ã"], line: line + 1))
        #expect(records.last?.fields == ["Zoé", "Sète"])
        #expect(summary.issues == [CSVIssue(line: line + 1, kind: .invalidEncoding)])
    }

    @Test func iso88591BecomesWindows1252WhenC1BytesAppearLater() throws {
        // The sniffed prefix (16 bytes) holds é (0xE9) only; œ (0x9C) comes later.
        let bytes: [UInt8] = Array("nom;pr".utf8) + [0xE9] + Array("nom\nA;B\nC;D\nc".utf8) + [0x9C] + Array("ur;E\n".utf8)
        var reader = CSVReader(bytes: bytes, limits: CSVLimits(sniffBytes: 16))
        #expect(reader.dialect.encoding == .iso88591)
        var records: [CSVRecord] = []
        let summary = try reader.read { records.append($0); return true }
        #expect(summary.header == ["nom", "prénom"])
        #expect(records.last?.fields == ["cœur", "E"])
        #expect(summary.dialect.encoding == .windows1252)
    }

    @Test(arguments: CSVEncoding.allCases)
    func asciiDecodesTheSameInEveryEncoding(_ encoding: CSVEncoding) {
        let bytes = Array("Hello, world".utf8)
        #expect(bytes.withUnsafeBufferPointer { encoding.decode($0) } == "Hello, world")
    }

    @Test func windows1252DecodesEveryByte() {
        let bytes = (0...255).map(UInt8.init)
        let text = bytes.withUnsafeBufferPointer { CSVEncoding.windows1252.decode($0) }
        #expect(text.unicodeScalars.count == 256)
        #expect(text.unicodeScalars.map(\.value)[0x80] == 0x20AC)
        #expect(text.unicodeScalars.map(\.value)[0x9C] == 0x0153)
        #expect(text.unicodeScalars.map(\.value)[0x81] == 0x0081)
        #expect(text.unicodeScalars.map(\.value)[0xE9] == 0x00E9)
    }
}
