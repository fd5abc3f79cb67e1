import Foundation
import KiosqueMarkdown
import KiosqueModel
import KiosqueTestSupport
import Testing
import KiosqueYAML

/// Real YAML from ../shared/corpus: schema.data.gouv.fr registries and three JKAN portals.
@Suite("YAML corpus", .enabled(if: SharedFolder.isAvailable, "../shared is missing: set KIOSQUE_SHARED"))
struct YAMLCorpusTests {
    static let folders = ["corpus/yaml-descriptors", "corpus/jkan", "corpus/table-schemas"]

    /// Repository-relative paths of the files under the corpus folders with one of these extensions.
    static func files(_ extensions: Set<String>) -> [String] {
        guard let shared = SharedFolder.url else { return [] }
        return folders.flatMap { folder -> [String] in
            let root = shared.appendingPathComponent(folder).standardizedFileURL
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            return (walker?.allObjects as? [URL] ?? [])
                .filter { extensions.contains($0.pathExtension.lowercased()) }
                .map { folder + "/" + $0.standardizedFileURL.path.dropFirst(root.path.count + 1) }
        }.sorted()
    }

    static func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: SharedFolder.path(relative)))
    }

    @Test("every .yml and .yaml file of the corpus parses without a diagnostic")
    func yamlFiles() throws {
        let files = Self.files(["yml", "yaml"])
        #expect(files.count >= 19)
        for file in files {
            let (root, diagnostics) = YAMLDocument.parse(try Self.bytes(file), file: file, language: .fr)
            #expect(diagnostics.isEmpty, "\(file): \(diagnostics.map { $0.formatted(in: .fr) })")
            #expect(root?.pairs != nil || root?.items != nil, "\(file) has no mapping or list at its root")
        }
    }

    @Test("the schema.data.gouv.fr registry reads as expected")
    func registryContent() throws {
        let file = "corpus/yaml-descriptors/schema-zfe-schemas.yml"
        let root = try #require(YAMLDocument.parse(try Self.bytes(file), file: file, language: .fr).root)
        #expect(root["title"]?.string == "Zone à Faibles Emissions")
        #expect(position(root.pair("description")?.keyLocation) == "2:1")
        let schema = try #require(root["schemas"]?.items?.first)
        #expect(position(schema.location) == "7:5")
        #expect(schema["path"]?.string == "schema.json")
    }

    /// Two OpenDataPhilly pages really do repeat `category:` (a list, then `[]`); Jekyll keeps the
    /// last value silently, Kiosque reports it and keeps the first.
    static let knownDuplicates = [
        "corpus/jkan/opendataphilly-jkan/_datasets/free-food-sites.md":
            "5:1: erreur: la clé « category » est en double (première occurrence ligne 3)",
        "corpus/jkan/opendataphilly-jkan/_datasets/recycling-donations-resources.md":
            "6:1: erreur: la clé « category » est en double (première occurrence ligne 3)",
    ]

    @Test("every JKAN page's front matter parses, located in its Markdown file; only real duplicates are reported")
    func jkanFrontMatter() throws {
        let pages = Self.files(["md"])
        #expect(pages.count > 2_000)
        var parsed = 0
        var reported: [String: String] = [:]
        for page in pages {
            let text = String(decoding: try Self.bytes(page), as: UTF8.self)
            let split = FrontMatter.split(text)
            guard let yaml = split.yaml else { continue }
            let (root, diagnostics) = YAMLDocument.parse(Array(yaml.utf8), file: page, language: .fr, firstLine: split.yamlFirstLine)
            #expect(root?.pairs != nil, "\(page) has no front matter mapping")
            #expect(root.map { $0.location.line == 2 } ?? false, "\(page) front matter should start on line 2")
            for diagnostic in diagnostics {
                reported[page] = diagnostic.formatted(in: .fr).split(separator: "\n")[0].dropFirst(page.count + 1).description
            }
            parsed += 1
        }
        #expect(parsed > 2_000)
        #expect(reported == Self.knownDuplicates)
    }
}
