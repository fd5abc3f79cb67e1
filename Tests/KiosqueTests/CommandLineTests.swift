import Foundation
import KiosqueTestSupport
import Testing

/// The `kiosque` executable as people run it: exit codes, diagnostics on standard error, the output folder.
@Suite struct CommandLineTests {
    /// The executable built beside the test bundle.
    static let executable: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kiosque"),
            SharedFolder.packageRoot.appendingPathComponent(".build/debug/kiosque"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }()

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func buildSucceedsWithExitZero() throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let result = try run(["build", fixture.root.path, "--now", "2026-11-22"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("index.html").path))
        // Not a terminal: no progress line, only the summary.
        #expect(!result.stderr.contains("\r"))
    }

    @Test func errorsExitOneAndAreAllPrinted() throws {
        let fixture = try PortalFixture("minimal", overlays: ["invalid/unknown-references"])
        defer { fixture.remove() }
        let result = try run(["check", fixture.root.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("data/budget/dataset.yaml:3:15: erreur: l'organisation « mairei » n'existe pas"))
        #expect(result.stderr.contains("data/budget/dataset.yaml:6:12: erreur: la fréquence « yearly » n'est pas connue"))
        #expect(result.stderr.contains("4 erreur(s)"))
    }

    @Test(arguments: [["build", "--now", "hier"], ["frobnicate"], ["build", "--unknown-flag"]])
    func misuseExitsTwo(_ arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
    }

    @Test func checkWritesNothing() throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let result = try run(["check", fixture.root.path])
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
    }

    @Test func githubFormatAnnotatesTheBrokenLine() throws {
        let fixture = try PortalFixture("minimal", overlays: ["invalid/unknown-references"])
        defer { fixture.remove() }
        let result = try run(["check", fixture.root.path, "--format", "github"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.first?.hasPrefix("::error file=data/budget/dataset.yaml,line=3,col=15::l'organisation « mairei » n'existe pas%0Aconseil : vouliez-vous dire « mairie » ?") == true)
    }

    @Test func jsonFormatIsMachineReadable() throws {
        let fixture = try PortalFixture("minimal", overlays: ["invalid/wrong-type"])
        defer { fixture.remove() }
        let result = try run(["check", fixture.root.path, "--format", "json"])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["errors"] as? Int == 1)
        let first = (object?["diagnostics"] as? [[String: Any]])?.first
        #expect(first?["file"] as? String == "data/budget/dataset.yaml")
        #expect(first?["line"] as? Int == 5)
        #expect(first?["column"] as? Int == 3)
        #expect(first?["code"] as? String == "descriptor.wrong-type")
    }

    @Test func gitlabFormatIsACodeQualityReportOnTheBrokenLine() throws {
        let fixture = try PortalFixture("minimal", overlays: ["invalid/unknown-references"])
        defer { fixture.remove() }
        let result = try run(["check", fixture.root.path, "--format", "gitlab"])
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(report.count == 4)
        let first = try #require(report.first)
        #expect(first["severity"] as? String == "major")
        #expect((first["description"] as? String)?.hasPrefix("l'organisation « mairei » n'existe pas — conseil : vouliez-vous dire « mairie » ?") == true)
        let location = first["location"] as? [String: Any]
        #expect(location?["path"] as? String == "data/budget/dataset.yaml")
        #expect((location?["lines"] as? [String: Any])?["begin"] as? Int == 3)
        let fingerprints = Set(report.compactMap { $0["fingerprint"] as? String })
        #expect(fingerprints.count == report.count && fingerprints.allSatisfy { $0.count == 64 })
        // The people reading the job's log see the usual text as well.
        #expect(result.stderr.contains("data/budget/dataset.yaml:3:15: erreur: l'organisation « mairei » n'existe pas"))
    }
}
