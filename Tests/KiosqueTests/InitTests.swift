import Foundation
import KiosqueBuild
import KiosqueModel
import KiosqueYAML
import Testing

/// `kiosque init` gives a repository that builds at once, with CI files that run the commands we test.
@Suite struct InitTests {
    @Test func aNewPortalBuildsWithoutAnyProblem() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try PortalScaffold.write(.init(title: "Données « ouvertes » de Testville", baseURL: "https://testville.github.io/donnees",
                                       organization: "Commune de Testville", email: "donnees@testville.fr"), into: folder.path)
        let report = await Site.build(BuildOptions(root: folder.path, now: DateStamp.parse("2026-11-22"), useGit: false))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { $0.formatted(in: .fr) })")
        #expect(report.wrote)
        let home = text(folder.appendingPathComponent("public/index.html"))
        #expect(home.contains("Données « ouvertes » de Testville"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("public/datasets/exemple-equipements/equipements.csv").path))
        // Never overwrites: a second init into the same folder is refused.
        #expect(throws: PortalScaffold.ScaffoldError.self) {
            try PortalScaffold.write(.init(title: "x", baseURL: "https://x.example/", organization: "x", email: "x@x.fr"), into: folder.path)
        }
    }

    @Test func workflowsParseAndRunTheTestedCommands() throws {
        let files = Dictionary(PortalScaffold.files(.init(title: "T", baseURL: "https://t.example/", organization: "Commune", email: "a@b.fr"))
            .map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
        for path in [".github/workflows/portail.yml", ".gitlab-ci.yml", "site/portal.yaml"] {
            let (root, diagnostics) = YAMLDocument.parse(Array((files[path] ?? "").utf8), file: path, language: .fr)
            #expect(root != nil && diagnostics.isEmpty, "\(path): \(diagnostics)")
        }
        let github = files[".github/workflows/portail.yml"] ?? ""
        #expect(github.contains("./kiosque check . --format github"))
        #expect(github.contains("./kiosque build . --base-url \"${{ steps.pages.outputs.base_url }}/\""))
        #expect(github.contains("fetch-depth: 0"))
        // The https schemas are cached before the check and the build, which read them offline.
        let fetch = github.range(of: "./kiosque schemas . --fetch")
        #expect(fetch != nil && fetch!.lowerBound < github.range(of: "./kiosque check")!.lowerBound)
        let gitlab = files[".gitlab-ci.yml"] ?? ""
        #expect(gitlab.contains("- ./kiosque schemas . --fetch ||"))
        #expect(gitlab.contains("./kiosque build . --base-url \"$CI_PAGES_URL/\""))
        #expect(gitlab.contains("- public"))
        #expect(gitlab.contains("./kiosque check . --format gitlab > gl-code-quality-report.json"))
        #expect(gitlab.contains("codequality: gl-code-quality-report.json"))
    }
}
