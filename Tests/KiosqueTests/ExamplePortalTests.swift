import Foundation
import KiosqueBuild
import KiosqueModel
import KiosqueTestSupport
import Testing

/// The example portal at the repository root (site/, data/, themes/default/) builds without a problem
/// and has every page of the SPEC.
@Suite struct ExamplePortalTests {
    @Test func examplePortalBuildsCompletely() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = await Site.build(BuildOptions(root: SharedFolder.packageRoot.path, output: output.path, now: DateStamp.parse("2026-11-22")))
        // The one Windows-1252 export is reported, with the UTF-8 copy published beside it.
        let encoding = report.diagnostics.filter { $0.code == "table.encoding" }
        #expect(encoding.map(\.location.file) == ["data/consommations-energetiques-batiments/consommations-energie-2021-2025.csv"])
        // Schemas: uncached ones until `make site` fills the cache; then the file with deliberate errors, and the schema
        // of urban trees, whose name frictionless refuses (see examplePortalShowsRealValidationResults).
        let schemaCodes: Set<String> = ["schema.not-cached", "schema.invalid-file", "schema.schema-error"]
        let others = report.diagnostics.filter { $0.code != "table.encoding" && !schemaCodes.contains($0.code) }
        #expect(others.isEmpty, "\(others.map { $0.formatted(in: .fr) })")
        let files = snapshot(of: output)
        let datasets = Set(files.keys.filter { $0.hasPrefix("datasets/") && $0.hasSuffix("/index.html") && $0 != "datasets/index.html" })
        let organizations = files.keys.filter { $0.hasPrefix("organizations/") && $0.hasSuffix("/index.html") && $0 != "organizations/index.html" }
        let reuses = files.keys.filter { $0.hasPrefix("reuses/") && $0.hasSuffix("/index.html") && $0 != "reuses/index.html" }
        let news = files.keys.filter { $0.hasPrefix("news/") && $0.hasSuffix("/index.html") && $0 != "news/index.html" }
        #expect(datasets.count >= 10)
        #expect(organizations.count >= 2)
        #expect(reuses.count >= 2)
        #expect(news.count >= 2)
        for page in ["index.html", "datasets/index.html", "reuses/index.html", "news/index.html", "404.html", "a-propos/index.html",
                     "mentions-legales/index.html", "accessibilite/index.html", "demander-une-donnee/index.html", "catalog.jsonld"] {
            #expect(files[page] != nil, "missing \(page)")
        }
        // The Windows-1252 export is previewed decoded, and published untouched.
        let energy = String(decoding: files["datasets/consommations-energetiques-batiments/index.html"] ?? Data(), as: UTF8.self)
        #expect(energy.contains("windows-1252"))
        #expect(energy.contains("<table>"))
    }

    /// The datasets that declare a national schema are checked against it; the subsidies file carries four deliberate
    /// errors, listed on its report page; every other checked file conforms.
    @Test(.enabled(if: ExamplePortal.isSeeded, "../shared is missing: the national schemas cannot be cached"))
    func examplePortalShowsRealValidationResults() async throws {
        let portal = try ExamplePortal.seededCopy()
        defer { portal.remove() }
        let report = await portal.build()
        #expect(!report.hasErrors)
        let invalid = report.diagnostics.filter { $0.code == "schema.invalid-file" }
        #expect(invalid.map(\.location.description) == ["data/subventions-associations/subventions-associations-2024-2026.csv:45:1"])
        let files = snapshot(of: portal.output)
        let subventions = String(decoding: files["datasets/subventions-associations/index.html"] ?? Data(), as: UTF8.self)
        #expect(subventions.contains("4 erreurs au regard du schéma Subventions"))
        let page = String(decoding: files["datasets/subventions-associations/validation/subventions-associations-2024-2026-csv/index.html"]
                          ?? Data(), as: UTF8.self)
        #expect(page.contains("<tr><th scope=\"row\">45</th><td>dateConvention (3)</td><td><code>27/03/2025</code></td>"))
        #expect(page.contains("<tr><th scope=\"row\">90</th><td>nature (10)</td><td><code>subvention</code></td>"))
        let conforming = files.keys.filter { $0.hasSuffix("/index.html") && $0.contains("/validation/") }.filter { path in
            String(decoding: files[path] ?? Data(), as: UTF8.self).contains(": aucune erreur.")
        }
        // Budget (2 files), deliberations (3), equipment, opening hours, menus, first names, charging stations.
        #expect(conforming.count == 10, "\(conforming.sorted())")
        let trees = String(decoding: files["datasets/arbres-alignement/index.html"] ?? Data(), as: UTF8.self)
        #expect(trees.contains("schéma non vérifié"))
        let profiles = String(decoding: files["datasets/subventions-associations/profiles.json"] ?? Data(), as: UTF8.self)
        #expect(profiles.contains("\"errors\": 4"))
        let quality = String(decoding: files["quality/index.html"] ?? Data(), as: UTF8.self)
        #expect(quality.contains("<tr><th scope=\"row\">Fichiers conformes à leur schéma</th><td>7 / 8</td>"))
    }
}
