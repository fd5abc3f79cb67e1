import Foundation
import KiosqueTestSupport
import Testing

/// `kiosque build` killed with SIGKILL at random moments: the output folder is always, byte for byte, either the
/// complete previous site or the complete new one, and the next build removes what the killed ones left behind.
@Suite(.serialized) struct KilledBuildTests {
    /// A small deterministic generator (SplitMix64), so that a failing run can be replayed with KIOSQUE_KILL_SEED.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Writes a commune-style table of about `kilobytes` KB whose values depend on `version`.
    static func writeTable(_ url: URL, kilobytes: Int, version: Int) throws {
        var text = "code_insee,commune,annee,montant,latitude,longitude\n"
        var row = 0
        while text.utf8.count < kilobytes << 10 {
            text += "\(75_000 + row % 1000),Commune \(row % 977),\(2000 + row % 25),\(row * version % 100_003).\(row % 100),"
                + "48.\(row % 9000 + 1000),2.\(row % 9000 + 1000)\n"
            row += 1
        }
        try Data(text.utf8).write(to: url)
    }

    @Test(.timeLimit(.minutes(6))) func aKilledBuildLeavesTheOldSiteOrTheNewOneAndNothingElse() async throws {
        let executable = CommandLineTests.executable.path
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let manager = FileManager.default
        let work = fixture.root.appendingPathComponent("outputs")
        try manager.createDirectory(at: work, withIntermediateDirectories: true)
        func build(into output: URL) async throws -> (ChildProcess.Exit, Double) {
            let start = Date()
            let exit = try await ChildProcess.run(executable, ["build", fixture.root.path, "--output", output.path, "--now", "2026-11-22"])
            return (exit, Date().timeIntervalSince(start))
        }

        // The old site, then the new one: another title, another table.
        let table = fixture.root.appendingPathComponent("data/budget/lignes.csv")
        try Self.writeTable(table, kilobytes: 64, version: 1)
        let oldReference = work.appendingPathComponent("old")
        let (oldExit, _) = try await build(into: oldReference)
        #expect(oldExit.status == 0, "\(oldExit.stderr)")
        let descriptor = fixture.root.appendingPathComponent("data/budget/dataset.yaml")
        try Data((text(descriptor).replacingOccurrences(of: "title:", with: "title: Nouveau")).utf8).write(to: descriptor)
        try Self.writeTable(table, kilobytes: 64, version: 2)
        let newReference = work.appendingPathComponent("new")
        let (newExit, duration) = try await build(into: newReference)
        #expect(newExit.status == 0, "\(newExit.stderr)")
        let old = snapshot(of: oldReference), new = snapshot(of: newReference)
        #expect(old != new && old.count > 50 && new[".kiosque-output"] != nil)

        let seed = ProcessInfo.processInfo.environment["KIOSQUE_KILL_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 0...UInt64.max)
        var generator = SplitMix(state: seed)
        let output = work.appendingPathComponent("public")
        let cache = fixture.root.appendingPathComponent(".kiosque/cache")
        /// Every other round builds with the build cache of the previous rounds (the old site's output updated in
        /// the cache's copy and swapped), the others cold (a temporary folder beside the output, then swapped).
        func prepare(round: Int) throws {
            if manager.fileExists(atPath: output.path), snapshot(of: output) != old { try manager.removeItem(at: output) }
            if !manager.fileExists(atPath: output.path) { try manager.copyItem(at: oldReference, to: output) }
            if round % 2 == 0, manager.fileExists(atPath: cache.path) { try manager.removeItem(at: cache) }
        }
        // How long an incremental build takes here, so that its kills spread over it too.
        try prepare(round: 1)
        let (warm, _) = try await build(into: output)
        #expect(warm.status == 0, "\(warm.stderr)")
        try prepare(round: 1)
        let (_, incremental) = try await build(into: output)
        print("KilledBuildTests: seed \(seed) (KIOSQUE_KILL_SEED=\(seed) replays it), cold build \(String(format: "%.2f", duration)) s, "
              + "with the cache \(String(format: "%.2f", incremental)) s")
        var outcomes: [String: Int] = [:]
        let kills = 32
        for round in 0..<kills {
            // Start from the complete old site each time.
            try prepare(round: round)
            // Spread evenly on a log scale from 5 ms to 1.5 × the measured build: the suite's load makes a build
            // take anything from a tenth of a second to many, so the kills must land early as often as late.
            let longest = max(0.01, (round % 2 == 0 ? duration : incremental) * 1.5)
            let delay = exp(Double.random(in: log(0.005)...log(longest), using: &generator))
            let child = try ChildProcess(executable, ["build", fixture.root.path, "--output", output.path, "--now", "2026-11-22"])
            // Timed and killed from a thread of its own: the cooperative pool may be busy with other tests for seconds.
            let finishedFirst = try await offThePool { () -> Bool in
                usleep(UInt32(delay * 1_000_000))
                let ended = child.hasEnded
                child.kill()
                return ended
            }
            let exit = await child.exit()
            let now = snapshot(of: output)
            let outcome = now == old ? "old" : now == new ? "new" : "neither"
            outcomes[finishedFirst ? "finished" : outcome, default: 0] += 1
            #expect(outcome != "neither", "round \(round), seed \(seed), killed after \(delay) s: the output is neither site")
            #expect(exit.signal == SIGKILL || exit.status == 0, "round \(round): \(exit.stderr)")
        }
        print("KilledBuildTests: \(kills) kills: \(outcomes.sorted { $0.key < $1.key })")
        #expect((outcomes["old"] ?? 0) > 0, "no kill landed before the swap")

        // The next build removes the temporary folders the killed ones left, and writes the new site.
        let (last, _) = try await build(into: output)
        #expect(last.status == 0, "\(last.stderr)")
        #expect(snapshot(of: output) == new)
        let left = try manager.contentsOfDirectory(atPath: work.path).filter { $0.contains("kiosque-tmp") || $0.contains("kiosque-old") }
        #expect(left.isEmpty, "left behind: \(left)")
        let derived = fixture.root.appendingPathComponent(".kiosque/derived")
        let staging = (manager.enumerator(atPath: derived.path)?.allObjects as? [String] ?? []).filter { $0.contains(".partial-") }
        #expect(staging.isEmpty, "derived staging folders left behind: \(staging)")
    }
}
