import Foundation
import KiosqueCSV
import KiosqueTable
import KiosqueTestSupport
import Testing

/// Every CSV, TSV and GeoJSON of `../shared/corpus` profiles without a crash, with one profile per header column.
@Suite struct CorpusProfileTests {
    static let files: [String] = {
        guard SharedFolder.url != nil else { return [] }
        let root = SharedFolder.path("corpus")
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { path in
            let lower = path.lowercased()
            return lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") || lower.hasSuffix(".geojson")
        }.sorted()
    }()

    @Test func theCorpusIsThere() {
        guard SharedFolder.isAvailable else { return }
        #expect(Self.files.count > 80)
    }

    @Test(arguments: files) func profilesWithoutACrash(_ path: String) throws {
        let result = try TableScan.read(path: SharedFolder.path("corpus/\(path)").path)
        let preview = result.preview
        #expect(preview.fields.count == preview.header.count)
        for field in preview.fields {
            #expect(field.nulls + (field.type == "any" ? 0 : 1) <= preview.rowCount + 1)
            #expect(field.distinct <= preview.rowCount)
        }
    }

    @Test func theSubventionsExampleHasItsSIRETAndDates() throws {
        guard SharedFolder.isAvailable else { return }
        let result = try TableScan.read(path: SharedFolder.path("corpus/scdl/subventions/exemple-valide.csv").path)
        let byName = Dictionary(result.preview.fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byName["idAttribuant"]?.semantic == "siret")
        #expect(byName["idBeneficiaire"]?.semantic == "siret")
        #expect(byName["dateConvention"]?.type == "date")
        #expect(byName["montant"]?.type == "number" || byName["montant"]?.type == "integer")
    }
}

/// A build profiles the columns of a large file on two threads: what it finds is what one thread finds, in every file of
/// the corpus and in a generated table long enough for the columns to be dealt between the threads many times.
@Suite struct TwoThreadProfileTests {
    static func bothWays(_ read: (TableScan.Options) throws -> TableScan.Result) throws {
        let one = try read(TableScan.Options(previewRows: 5))
        let two = try read(TableScan.Options(previewRows: 5, twoThreadsFrom: 0))
        #expect(one.preview == two.preview)
        #expect(one.invalidUTF8Rows == two.invalidUTF8Rows)
        #expect(one.firstInvalidUTF8Line == two.firstInvalidUTF8Line)
    }

    @Test(arguments: CorpusProfileTests.files) func theCorpusProfilesTheSame(_ path: String) throws {
        try Self.bothWays { try TableScan.read(path: SharedFolder.path("corpus/\(path)").path, options: $0) }
    }

    /// A read that fails half-way drops the profiler with a batch still on the second thread: it waits for it.
    @Test func aReadThatFailsHalfwayEndsTheSecondThread() throws {
        struct Stop: Error {}
        var text = "id;montant;nom\n"
        for row in 1...20_000 { text += "\(row);\(row % 977),\(row % 10);nom \(row % 313)\n" }
        var reader = CSVReader(bytes: Array(text.utf8))
        let encoding = reader.dialect.encoding
        var profiler: TableProfiler?
        var seen = 0
        #expect(throws: Stop.self) {
            _ = try reader.readRaw(header: { profiler = TableProfiler(header: $0, encoding: encoding, threads: 2) }, record: { record in
                profiler?.add(record)
                seen += 1
                if seen == 15_000 { throw Stop() }
                return true
            }, release: { profiler?.release() })
        }
        profiler = nil
        #expect(seen == 15_000)
    }

    @Test func aLongTableProfilesTheSame() throws {
        // 120,000 rows (6.6 MB, several chunks of the reader, so that the columns are dealt again between chunks):
        // numbers, codes, dates, coordinates, categories, unique text, and bytes that are not UTF-8.
        var bytes = Array("id;code;date;latitude;longitude;categorie;texte;montant\n".utf8)
        for row in 1...120_000 {
            let code = String(format: "%05d", (row * 7_919) % 97_000 + 1_000)
            let date = String(format: "%02d/%02d/%04d", row % 28 + 1, row % 12 + 1, 2000 + row % 25)
            let latitude = String(format: "%.5f", 43 + Double(row % 5_000) / 1_000)
            let longitude = String(format: "%.5f", -1 + Double(row % 7_000) / 1_000)
            let category = ["culture", "sport", "social", "-"][row % 4]
            bytes += Array("\(row);\(code);\(date);\(latitude);\(longitude);\(category);valeur \(row * 31 % 9_973);".utf8)
            if row % 14_999 == 0 { bytes += [0xE9, 0x74, 0xE9] }
            bytes += Array("\(row % 1_000),\(row % 100)\n".utf8)
        }
        try Self.bothWays { try TableScan.read(bytes: bytes, options: $0) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-two-threads-\(getpid()).csv")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.bothWays { try TableScan.read(path: file.path, options: $0) }
    }
}
