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
        // The one Windows-1252 export is reported, with the UTF-8 copy published beside it; nothing else.
        let encoding = report.diagnostics.filter { $0.code == "table.encoding" }
        #expect(encoding.map(\.location.file) == ["data/consommations-energetiques-batiments/consommations-energie-2021-2025.csv"])
        #expect(report.diagnostics.filter { $0.code != "table.encoding" }.isEmpty, "\(report.diagnostics.map { $0.formatted(in: .fr) })")
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
}
