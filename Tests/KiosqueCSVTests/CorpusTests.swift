import Foundation
import KiosqueCSV
import KiosqueTestSupport
import Testing

/// Every CSV of the corpus (real exports, SCDL and Table Schema examples): dialect and counts.
@Suite struct CorpusTests {
    static let folders = ["real-csv", "scdl", "table-schemas"]

    @Test func theTableCoversEveryCorpusFile() throws {
        guard SharedFolder.isAvailable else { return }
        var found: [String] = []
        for folder in Self.folders {
            let root = SharedFolder.path("corpus/\(folder)")
            let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
            let data = paths.filter { $0.hasSuffix(".csv") || (folder == "real-csv" && $0.hasSuffix(".txt")) }
            found += data.map { "\(folder)/\($0)" }
        }
        #expect(found.sorted() == CorpusExpectation.all.map(\.path).sorted())
    }

    @Test(arguments: CorpusExpectation.all)
    func dialectAndCounts(_ expected: CorpusExpectation) throws {
        guard SharedFolder.isAvailable else { return }
        var reader = try CSVReader(path: SharedFolder.path("corpus/\(expected.path)").path)
        var columnsPerRecord: [Int] = []
        let summary = try reader.read { record in
            columnsPerRecord.append(record.fields.count)
            return true
        }
        #expect(summary.dialect.encoding == expected.encoding)
        #expect(summary.dialect.delimiterCharacter == expected.delimiter)
        #expect(summary.dialect.lineEnding == expected.lineEnding)
        #expect(summary.dialect.preambleLines == expected.preamble)
        #expect(summary.recordCount == expected.rows)
        #expect(summary.columnCount == expected.columns)
        #expect(summary.header.count == expected.columns)
        #expect(summary.raggedRowCount == expected.ragged)
        #expect(summary.issueCount == expected.ragged)
        #expect(columnsPerRecord.filter { $0 != expected.columns }.count == expected.ragged)
        #expect(summary.isBinary == false)
    }

    @Test func raggedRowsCarryTheirLines() throws {
        guard SharedFolder.isAvailable else { return }
        let path = SharedFolder.path("corpus/real-csv/lanester-programme-investissements-evolution.csv").path
        let (_, _, summary) = try CSVReader.readAll(path: path)
        #expect(summary.issues == [
            CSVIssue(line: 2, kind: .raggedRow(expected: 14, found: 16)),
            CSVIssue(line: 12, kind: .raggedRow(expected: 14, found: 15)),
        ])
    }

    @Test func theLyingBOMIsSkippedAndTheBodyReadAsWindows1252() throws {
        guard SharedFolder.isAvailable else { return }
        let path = SharedFolder.path("corpus/real-csv/subventions-dep-somme-20180302.csv").path
        let (header, records, _) = try CSVReader.readAll(path: path)
        #expect(header.first?.hasPrefix("\u{FEFF}") == false)
        #expect(header.first?.hasPrefix("ï»¿") == false)
        let text = records.flatMap(\.fields).joined(separator: " ")
        #expect(text.contains("€") || text.contains("\u{2019}"))
        #expect(!text.contains("\u{FFFD}"))
    }

    @Test func thePreambleIsSkippedAndTheHeaderDecoded() throws {
        guard SharedFolder.isAvailable else { return }
        let path = SharedFolder.path("corpus/real-csv/rne-conseillers-departementaux-2019-latin1-tab.txt").path
        var reader = try CSVReader(path: path)
        #expect(reader.dialect.preambleLines == 1)
        #expect(reader.dialect.encoding == .iso88591)  // from the first 64 KiB only
        var firstLine = 0
        var sawLigature = false
        let summary = try reader.read { record in
            if firstLine == 0 { firstLine = record.line }
            sawLigature = sawLigature || record.fields.contains { $0.contains("œ") }
            return true
        }
        #expect(summary.header.first == "Code du département")
        #expect(firstLine == 3)
        #expect(sawLigature)
        #expect(summary.dialect.encoding == .windows1252)
    }

    /// The same records whatever the chunk size: chunk boundaries fall inside quotes, CRLF pairs and
    /// multi-byte characters.
    @Test(arguments: [
        "real-csv/subventions-ville-poitiers-2017.csv", "real-csv/subventions-dep-lot-2017.csv",
        "table-schemas/dispositif-aide/exemple-valide.csv", "real-csv/bal-strasbourg-sample-utf8-bom.csv",
        "real-csv/lanester-programme-investissements-evolution.csv",
    ])
    func chunkSizeDoesNotChangeTheResult(_ relative: String) throws {
        guard SharedFolder.isAvailable else { return }
        let path = SharedFolder.path("corpus/\(relative)").path
        let reference = try CSVReader.readAll(path: path)
        for chunkSize in [1, 2, 3, 5, 64, 4096] {
            let chunked = try CSVReader.readAll(path: path, limits: CSVLimits(chunkSize: chunkSize))
            #expect(chunked.header == reference.header, "chunk \(chunkSize)")
            #expect(chunked.records == reference.records, "chunk \(chunkSize)")
            #expect(chunked.summary == reference.summary, "chunk \(chunkSize)")
        }
    }

    /// The byte-slice API sees the same fields as the String API.
    @Test(arguments: ["real-csv/datagouv-catalog-datasets-univers-culture.csv",
                      "real-csv/subventions-dep-somme-20180302.csv", "real-csv/irve-consolidation-2019-bornes.csv"])
    func rawRecordsMatchStringRecords(_ relative: String) throws {
        guard SharedFolder.isAvailable else { return }
        let path = SharedFolder.path("corpus/\(relative)").path
        let reference = try CSVReader.readAll(path: path)
        var reader = try CSVReader(path: path)
        let encoding = reader.dialect.encoding
        var records: [CSVRecord] = []
        let summary = try reader.readRaw { raw in
            records.append(CSVRecord(fields: raw.map { encoding.decode($0) }, line: raw.line))
            return true
        }
        #expect(records == reference.records)
        #expect(summary == reference.summary)
    }
}
