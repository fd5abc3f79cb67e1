import Foundation
import KiosqueBuild
import KiosqueModel
import KiosqueServe
import Testing

/// `kiosque serve` and `kiosque new` as people run them.
@Suite struct ServeCommandLineTests {
    /// Collects a pipe's output as it arrives.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func append(_ more: Data) { lock.withLock { data.append(more) } }
        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
    }

    /// Runs `kiosque`, terminated after `seconds` if it has not exited by then.
    func runBounded(_ arguments: [String], seconds: Int) throws -> CommandLineTests.Run {
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(seconds), execute: watchdog)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return CommandLineTests.Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                    stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts `kiosque serve` on a free port and waits (at most 60 s) for the URL it prints.
    @Test func servePrintsTheFreePortItPickedAndAnswersThere() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = ["serve", fixture.root.path, "--port", "0"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdout = Output(), stderr = Output()
        out.fileHandleForReading.readabilityHandler = { stdout.append($0.availableData) }
        err.fileHandleForReading.readabilityHandler = { stderr.append($0.availableData) }
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            out.fileHandleForReading.readabilityHandler = nil
            err.fileHandleForReading.readabilityHandler = nil
        }
        let deadline = ContinuousClock.now + .seconds(60)
        var port: Int?
        while port == nil, process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
            if let match = stdout.text.firstMatch(of: /Aperçu du portail : http:\/\/127\.0\.0\.1:(\d+)\//) { port = Int(match.1) }
        }
        let found = try #require(port, "stdout: \(stdout.text)\nstderr: \(stderr.text)")
        #expect(found != 0 && found != 8000)
        let home = try await LoopbackHTTP.get(port: found, "/")
        #expect(home.status == 200 && home.text.contains("Données ouvertes de Fixtureville"))
        #expect(stderr.text.contains("Portail construit en mémoire : "))
    }

    @Test func serveOnATakenPortFailsWithAHint() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let running = try await ServeTests.Running.start(fixture)
        defer { Task { await running.stop() } }
        let result = try runBounded(["serve", fixture.root.path, "--port", "\(running.port)"], seconds: 120)
        #expect(result.status == 1)
        #expect(result.stderr.contains("impossible d'écouter sur 127.0.0.1:\(running.port)"))
        #expect(result.stderr.contains("--port 0"))
        await running.stop()
    }

    @Test func newRefusesAnInvalidIdWithExitOne() throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let bad = try CommandLineTests().run(["new", "Budget 2024", fixture.root.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("erreur: « Budget 2024 » n'est pas un identifiant valide"))
        #expect(bad.stderr.contains("« budget-2024 »"))
        let good = try CommandLineTests().run(["new", "budget-2025", fixture.root.path])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("data/budget-2025/dataset.yaml").path))
    }
}
