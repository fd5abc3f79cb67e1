import Foundation
import KiosqueBuild
import KiosqueModel
import KiosqueTestSupport
import Testing

/// `../shared/conformance/check-portal` on built portals: the DCAT-AP 3.0.1 shapes, udata's and ckanext-dcat's
/// harvesting code, the data.json schema, schema.org extraction and Frictionless must all pass.
/// About 45 s for the example portal and 90 s for the generated one; skipped without `../shared`, failing under `CI=true`.
@Suite(.serialized, .enabled(if: SharedFolder.isAvailable, "../shared is missing: the conformance checkers cannot run"))
struct ConformanceTests {
    @Test func examplePortalPassesEveryChecker() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = await Site.build(BuildOptions(root: SharedFolder.packageRoot.path, output: output.path,
                                                   now: DateStamp.parse("2026-11-22")))
        #expect(!report.hasErrors, "\(report.diagnostics.map { $0.formatted(in: .en) })")
        try await checkPortal(output)
    }

    @Test func generatedLargePortalPassesEveryChecker() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-large-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let count = try LargePortal.write(to: root)
        let output = root.appendingPathComponent("public")
        let report = await Site.build(BuildOptions(root: root.path, output: output.path, now: DateStamp.parse("2026-11-22"), useGit: false))
        #expect(!report.hasErrors, "\(report.diagnostics.filter { $0.severity == .error }.map { $0.formatted(in: .en) })")
        let pages = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("datasets").path)
        #expect(pages.count >= count)
        // Pages jeu-000 to jeu-011 hold every kind of CSV file and schema; the catalogue checks read all 260 datasets.
        try await checkPortal(output, maxPages: 12)
    }

    /// Runs `check-portal` and expects its last line to read `N checks, 0 failed`.
    ///
    /// Offline, two udata defaults make its check take minutes instead of seconds: each cache lookup (one per spatial
    /// coverage and per schema) waits about 7 s for a Redis server, and each URL waits for a DNS answer before the
    /// private-address check. `UDATA_SETTINGS` gives udata the null cache and no hostname resolution, as udata's own
    /// test settings do; the URL checks (scheme, top-level domain) and the harvesting code are the same.
    func checkPortal(_ output: URL, maxPages: Int? = nil) async throws {
        let settings = output.deletingLastPathComponent().appendingPathComponent("udata-\(UUID().uuidString).cfg")
        try Data("CACHE_TYPE = \"flask_caching.backends.NullCache\"\nURLS_RESOLVE_HOSTNAME = False\n".utf8).write(to: settings)
        defer { try? FileManager.default.removeItem(at: settings) }
        let arguments = [output.path] + (maxPages.map { ["--max-pages", String($0)] } ?? [])
        let settingsPath = settings.path
        let (status, data) = try await offThePool { () throws -> (Int32, Data) in
            let process = Process()
            process.executableURL = SharedFolder.path("conformance/check-portal")
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            environment["UDATA_SETTINGS"] = settingsPath
            process.environment = environment
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, data)
        }
        let text = String(decoding: data, as: UTF8.self)
        let last = text.split(separator: "\n").last.map(String.init) ?? ""
        let failures = text.split(separator: "\n").filter { $0.hasPrefix("FAIL") || $0.hasPrefix("      ") }.prefix(80)
        #expect(status == 0 && last.hasSuffix(" 0 failed"),
                "check-portal: \(last)\n\(failures.joined(separator: "\n"))")
        print("check-portal \(output.lastPathComponent): \(last)")
    }
}
