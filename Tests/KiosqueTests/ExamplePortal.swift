import Foundation
import KiosqueTestSupport

/// The example portal at the repository root (data/, site/, themes/) copied into a temporary folder, its schema cache
/// filled the way `make site` fills it: `scripts/seed-example-schemas`, which runs `kiosque schemas --import` with the
/// copies of the national schemas in `../shared/corpus` (without `../shared`, the cache stays empty).
enum ExamplePortal {
    static func seededCopy() throws -> PortalFixture {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-example-\(UUID().uuidString)")
        for folder in ["data", "site", "themes"] {
            let source = SharedFolder.packageRoot.appendingPathComponent(folder)
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            try PortalFixture.copyTree(source, to: root.appendingPathComponent(folder))
        }
        var environment = ["KIOSQUE": CommandLineTests.executable.path]
        if let shared = SharedFolder.url { environment["KIOSQUE_SHARED"] = shared.path }
        let process = Process()
        process.executableURL = SharedFolder.packageRoot.appendingPathComponent("scripts/seed-example-schemas")
        process.arguments = [root.path]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw SeedError(status: process.terminationStatus) }
        return PortalFixture(existing: root)
    }

    struct SeedError: Error {
        let status: Int32
    }

    /// True when the schema cache could be filled (../shared is there).
    static var isSeeded: Bool { SharedFolder.url != nil }
}
