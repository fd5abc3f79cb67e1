import Foundation
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
