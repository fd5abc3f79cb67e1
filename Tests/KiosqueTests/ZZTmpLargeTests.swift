import Foundation
import KiosqueBuild
import KiosqueModel
import Testing

@Suite struct ZZTmpLargeTests {
    @Test func writeLarge() async throws {
        let root = URL(fileURLWithPath: "/tmp/large")
        try? FileManager.default.removeItem(at: root)
        try LargePortal.write(to: root)
        let report = await Site.build(BuildOptions(root: root.path, output: "/tmp/large-out", now: DateStamp.parse("2026-11-22"), useGit: false))
        print(report.diagnostics.map { $0.formatted(in: .en) }.joined(separator: "\n"))
        print(report.stages)
    }
}
import KiosqueDerive
import KiosqueLoad
@Suite struct ZZTmpTiming {
    @Test func timing() async throws {
        let loaded = await RepositoryLoader(root: "/tmp/large", options: .init(useGit: false)).load()
        let catalog = try #require(loaded.catalog)
        let clock = ContinuousClock()
        var t = clock.now
        _ = CatalogFeed.artifacts(catalog); print("feed", clock.now - t); t = clock.now
        _ = DataJSON.document(catalog)?.serialized(); print("datajson", clock.now - t); t = clock.now
        for d in catalog.datasets { _ = DataPackage.document(d, in: catalog)?.serialized() }; print("dp", clock.now - t); t = clock.now
        _ = Derivatives.build(from: catalog, now: .day(year: 2026, month: 1, day: 1)); print("all", clock.now - t)
    }
}
