import Foundation
import KiosqueBuild
import KiosqueModel
import KiosqueTestSupport
import Testing

/// `../shared/conformance/check-portal` on built portals: the DCAT-AP 3.0.1 shapes, udata's and ckanext-dcat's
/// harvesting code, the data.json schema, schema.org extraction and Frictionless must all pass.
/// About half a minute per portal; skipped without `../shared`, failing under `CI=true`.
@Suite(.serialized, .enabled(if: SharedFolder.isAvailable, "../shared is missing: the conformance checkers cannot run"))
struct ConformanceTests {
    @Test func examplePortalPassesEveryChecker() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = await Site.build(BuildOptions(root: SharedFolder.packageRoot.path, output: output.path,
                                                   now: DateStamp.parse("2026-11-22")))
        #expect(!report.hasErrors, "\(report.diagnostics.map { $0.formatted(in: .en) })")
        try checkPortal(output)
    }

    /// Disabled for now: on this portal udata's `dataset_from_rdf` sleeps in retries (seconds per dataset, with
    /// or without the null cache), so the check takes far longer than CI allows. Run it by hand with
    /// `KIOSQUE_LARGE_CONFORMANCE=1 swift test --filter generatedLargePortal`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KIOSQUE_LARGE_CONFORMANCE"] == "1",
                   "udata's harvester is too slow on the generated portal for CI"))
    func generatedLargePortalPassesEveryChecker() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-large-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let count = try LargePortal.write(to: root)
        let output = root.appendingPathComponent("public")
        let report = await Site.build(BuildOptions(root: root.path, output: output.path, now: DateStamp.parse("2026-11-22"), useGit: false))
        #expect(!report.hasErrors, "\(report.diagnostics.filter { $0.severity == .error }.map { $0.formatted(in: .en) })")
        let pages = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("datasets").path)
        #expect(pages.count >= count)
        try checkPortal(output, maxPages: 60)
    }

    /// Runs `check-portal` and expects its last line to read `N checks, 0 failed`.
    ///
    /// udata caches in Redis by default; without a Redis server each cache lookup (one per spatial coverage and per
    /// schema) waits about 7 s for its retries. `UDATA_SETTINGS` points udata at its null cache instead: the
    /// harvesting code that runs is the same.
    func checkPortal(_ output: URL, maxPages: Int? = nil) throws {
        let settings = output.deletingLastPathComponent().appendingPathComponent("udata-\(UUID().uuidString).cfg")
        try Data("CACHE_TYPE = \"flask_caching.backends.NullCache\"\n".utf8).write(to: settings)
        defer { try? FileManager.default.removeItem(at: settings) }
        let process = Process()
        process.executableURL = SharedFolder.path("conformance/check-portal")
        process.arguments = [output.path] + (maxPages.map { ["--max-pages", String($0)] } ?? [])
        var environment = ProcessInfo.processInfo.environment
        environment["UDATA_SETTINGS"] = settings.path
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let last = text.split(separator: "\n").last.map(String.init) ?? ""
        let failures = text.split(separator: "\n").filter { $0.hasPrefix("FAIL") || $0.hasPrefix("      ") }.prefix(80)
        #expect(process.terminationStatus == 0 && last.hasSuffix(" 0 failed"),
                "check-portal: \(last)\n\(failures.joined(separator: "\n"))")
        print("check-portal \(output.lastPathComponent): \(last)")
    }
}
