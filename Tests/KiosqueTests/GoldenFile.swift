import Foundation
import Testing

/// Golden files under `Fixtures/golden/`: compared byte for byte; rewritten only with `RECORD_SNAPSHOTS=1`,
/// and a test that rewrites one fails, so that a recording run is never mistaken for a passing one.
enum GoldenFile {
    static let folder = PortalFixture.fixtures.appendingPathComponent("golden")

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                Issue.record("re-recorded golden/\(name): run the tests again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write golden/\(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden/\(name) is missing: RECORD_SNAPSHOTS=1 swift test --filter Golden", sourceLocation: sourceLocation)
            return
        }
        guard text != expected else { return }
        let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(actualLines, expectedLines)).firstIndex { $0.0 != $0.1 } ?? min(actualLines.count, expectedLines.count)
        let got = line < actualLines.count ? String(actualLines[line]) : "<end>"
        let want = line < expectedLines.count ? String(expectedLines[line]) : "<end>"
        let message = "golden/\(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n"
            + "re-record with RECORD_SNAPSHOTS=1 swift test --filter Golden if the change is intended"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
