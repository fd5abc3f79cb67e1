import Foundation
import KiosqueModel
import Testing

/// One broken portal per error class: the exact diagnostics, located, all in one run, and nothing written.
@Suite struct InvalidPortalTests {
    static let cases: [String] = {
        let folder = PortalFixture.fixtures.appendingPathComponent("invalid")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test(arguments: cases) func reportsEveryProblemWithItsLocation(_ name: String) async throws {
        let fixture = try PortalFixture("minimal", overlays: ["invalid/\(name)"])
        defer { fixture.remove() }
        if name == "symlink-out" {
            try FileManager.default.createSymbolicLink(atPath: fixture.root.appendingPathComponent("data/budget/secret.csv").path,
                                                       withDestinationPath: "/etc/passwd")
        }
        let expected = text(PortalFixture.fixtures.appendingPathComponent("invalid/\(name)/expected.txt"))
            .split(separator: "\n").map(String.init)
        #expect(!expected.isEmpty)
        let report = await fixture.check()
        let lines = report.diagnostics.filter { $0.severity == .error }.map { $0.formatted(in: report.language).split(separator: "\n")[0] }
        #expect(lines.map(String.init) == expected)
        #expect(report.hasErrors)
    }

    @Test func aFailedBuildLeavesThePreviousSiteIntact() async throws {
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        let first = await fixture.build()
        #expect(first.wrote && !first.hasErrors)
        let before = snapshot(of: fixture.output)
        #expect(before["datasets/budget/index.html"] != nil)
        try fixture.write("data/budget/dataset.yaml", "title: Budget\nlicense: inconnue\n")
        let second = await fixture.build(now: "2027-01-01")
        #expect(second.hasErrors && !second.wrote)
        #expect(snapshot(of: fixture.output) == before)
    }

    @Test func everyDiagnosticHasAHintOrIsSelfExplaining() async throws {
        let fixture = try PortalFixture("minimal", overlays: ["invalid/unknown-references"])
        defer { fixture.remove() }
        let report = await fixture.check()
        #expect(report.diagnostics.allSatisfy { $0.hint != nil })
        #expect(report.diagnostics.first?.formatted(in: .fr).contains("\n  conseil : vouliez-vous dire « mairie » ?") == true)
    }
}
