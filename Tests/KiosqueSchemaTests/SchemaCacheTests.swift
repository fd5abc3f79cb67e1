import Foundation
import KiosqueModel
import KiosqueSchema
import Testing

/// The offline cache of https schemas: never the network in tests (there is none here).
struct SchemaCacheTests {
    static let url = "https://schema.data.gouv.fr/schemas/scdl/subventions/2.1.1/schema.json"
    let declared = SourceLocation(file: "data/subventions/dataset.yaml", line: 7, column: 11)

    private func temporaryPortal() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    @Test func namesFilesAfterTheURL() {
        let name = SchemaCache.fileName(for: Self.url)
        #expect(name.hasPrefix("schema-data-gouv-fr-schemas-scdl-subventions-2-1-1-schema-json-"))
        #expect(name.hasSuffix(".json"))
        #expect(name == SchemaCache.fileName(for: Self.url))
        #expect(name != SchemaCache.fileName(for: Self.url + "?v=2"))
    }

    @Test func readsACachedSchema() throws {
        let root = try temporaryPortal()
        defer { try? FileManager.default.removeItem(at: root) }
        let cache = SchemaCache(portalRoot: root)
        try FileManager.default.createDirectory(at: cache.folder, withIntermediateDirectories: true)
        try Data(#"{"fields": [{"name": "montant", "type": "number"}]}"#.utf8).write(to: cache.cachedFile(for: Self.url))
        let (schema, diagnostics) = cache.schema(for: Self.url, from: declared, language: .fr)
        #expect(diagnostics.isEmpty)
        #expect(schema?.fields.map(\.name) == ["montant"])
        #expect(schema?.file == ".kiosque/schemas/" + SchemaCache.fileName(for: Self.url))
    }

    @Test func saysWhatToDoWhenTheSchemaIsNotCached() throws {
        let root = try temporaryPortal()
        defer { try? FileManager.default.removeItem(at: root) }
        let (schema, diagnostics) = SchemaCache(portalRoot: root).schema(for: Self.url, from: declared, language: .fr)
        #expect(schema == nil)
        #expect(diagnostics.map { $0.formatted(in: .fr) } == ["""
            data/subventions/dataset.yaml:7:11: erreur: schéma \(Self.url) absent du cache local : lancez `kiosque schemas --fetch` ou copiez-le dans .kiosque/schemas/
              conseil : nom attendu du fichier : .kiosque/schemas/\(SchemaCache.fileName(for: Self.url))
            """])
        #expect(diagnostics.first?.code == "schema.not-cached")
    }

    @Test func refusesPlainHTTP() async throws {
        let root = try temporaryPortal()
        defer { try? FileManager.default.removeItem(at: root) }
        let cache = SchemaCache(portalRoot: root)
        guard case let .missing(diagnostic) = cache.lookup("http://example.org/schema.json", from: declared, language: .en) else {
            Issue.record("an http URL was accepted")
            return
        }
        #expect(diagnostic.code == "schema.not-https")
        await #expect(throws: SchemaCache.FetchError.notHTTPS("http://example.org/schema.json")) {
            try await cache.fetch("http://example.org/schema.json") { _ throws(SchemaCache.FetchError) in [] }
        }
    }

    @Test func storesWhatTheDownloaderReturnsAndRefusesWhatIsNotJSON() async throws {
        let root = try temporaryPortal()
        defer { try? FileManager.default.removeItem(at: root) }
        let cache = SchemaCache(portalRoot: root)
        let file = try await cache.fetch(Self.url) { _ throws(SchemaCache.FetchError) in Array(#"{"fields": []}"#.utf8) }
        #expect(file == cache.cachedFile(for: Self.url))
        #expect(try String(contentsOf: file, encoding: .utf8) == #"{"fields": []}"#)
        #expect(throws: SchemaCache.FetchError.self) { try cache.store(Array("<html>".utf8), for: Self.url) }
        // The copy already cached stays.
        #expect(try String(contentsOf: file, encoding: .utf8) == #"{"fields": []}"#)
    }
}
