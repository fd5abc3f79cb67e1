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
