import Foundation

/// `make bench-portal`: for each size, a generated portal built cold (no `.kiosque/` cache, no output folder) and
/// again after a one-dataset edit (the cache of the cold build kept), and the same datasets built as plain Hugo pages,
/// each build a child process measured alone. Prints the best run of each size, then the targets of issue 8.
struct PortalBench {
    struct Settings {
        var sizes: [Int] = [100, 1000, 5000, 10000, 50000]
        var runs = 1
        var folder = ".kiosque/bench-portal"
        var kiosque = ""
        var hugo = true
        var git = true
        var now = "2026-01-15"
    }

    struct Row {
        let size: Int
        let cold: Measurement
        let incremental: Measurement
        let hugo: Measurement?
        let files: Int
        let bytes: Int
        let load: String
    }

    let settings: Settings

    func run() -> Int32 {
        let folder = settings.folder
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let hugoAvailable = settings.hugo && ChildProcess.run(["hugo", "version"], log: "/dev/null").status == 0
        print("kiosque-bench-portal: \(ProcessInfo.processInfo.activeProcessorCount) cores, load \(loadAverage()); "
              + "\(settings.runs) run(s) per size, best kept; files in \(folder)")
        if settings.hugo, !hugoAvailable { print("hugo not found: the Hugo column stays empty (apt-get install hugo)") }
        // The trash (previous outputs and caches) is emptied at the end only: removing many files just before a
        // measurement would slow it down.
        defer { emptyTrash() }
        var rows: [Row] = []
        for size in settings.sizes {
            guard let row = measure(size: size, hugo: hugoAvailable) else { return 1 }
            rows.append(row)
            print(Self.line(row))
            fflush(nil)
        }
        print("")
        print(Self.cells(["datasets", "cold wall s", "cold CPU s", "peak RSS MB", "files", "output MB", "µs/dataset",
                          "edit wall s", "edit/cold", "hugo wall s", "hugo CPU s", "hugo RSS MB", "ratio", "load"]))
        print(Self.cells(Array(repeating: "---", count: 14)))
        for row in rows { print(Self.line(row)) }
        print("")
        print("cold: no .kiosque/ cache and no output folder; edit: one dataset's description and CSV changed, then rebuilt")
        print("with the cache of the cold build. ratio: Kiosque's cold wall time over Hugo's for the same datasets as plain pages.")
        print("Wall and CPU in seconds, peak RSS of the build process (wait4 ru_maxrss). Best of \(settings.runs) run(s) by wall time.")
        return targets(rows) ? 0 : 3
    }

    static func line(_ row: Row) -> String {
        let perDataset = row.cold.wallSeconds * 1e6 / Double(row.size)
        return cells([
            "\(row.size)", fixed(row.cold.wallSeconds, 2), fixed(row.cold.cpuSeconds, 2), "\(row.cold.peakKilobytes / 1024)",
            "\(row.files)", fixed(Double(row.bytes) / 1e6, 1), fixed(perDataset, 0), fixed(row.incremental.wallSeconds, 2),
            fixed(100 * row.incremental.wallSeconds / row.cold.wallSeconds, 1) + " %",
            row.hugo.map { fixed($0.wallSeconds, 2) } ?? "—", row.hugo.map { fixed($0.cpuSeconds, 2) } ?? "—",
            row.hugo.map { "\($0.peakKilobytes / 1024)" } ?? "—",
            row.hugo.map { fixed(row.cold.wallSeconds / $0.wallSeconds, 2) } ?? "—", row.load,
        ])
    }

    /// Generates (or reuses) the portal of one size and measures it `runs` times.
    func measure(size: Int, hugo: Bool) -> Row? {
        let generator = PortalGenerator(count: size)
        let portal = settings.folder + "/portal-\(size)"
        let hugoSite = settings.folder + "/hugo-\(size)"
        let output = settings.folder + "/out-\(size)"
        let log = settings.folder + "/bench-\(size).log"
        try? FileManager.default.removeItem(atPath: log)
        guard prepare(portal, stamp: "kiosque \(PortalGenerator.version) git \(settings.git)", what: "portal of \(size) datasets", {
            try generator.writePortal(to: portal)
            if settings.git { try commit(portal, log: log) }
        }) else { return nil }
        if hugo {
            guard prepare(hugoSite, stamp: "hugo \(PortalGenerator.version)", what: "Hugo site of \(size) pages", {
                try generator.writeHugo(to: hugoSite)
            }) else { return nil }
        }
        let edited = size / 2
        var colds: [Measurement] = []
        var edits: [Measurement] = []
        var hugos: [Measurement] = []
        var size_ = (files: 0, bytes: 0)
        var loads: [String] = []
        for run in 1...max(1, settings.runs) {
            print("  \(size) datasets, run \(run): cold…", terminator: "")
            fflush(nil)
            loads.append(loadAverage().split(separator: " ").first.map(String.init) ?? "?")
            // Cold as on a fresh clone: the previous cache and output are moved aside (removed at the end), not
            // deleted now: deleting many files just before makes ext4's next allocations slower for minutes.
            discard(portal + "/.kiosque")
            discard(output + "/kiosque")
            let build = [settings.kiosque, "build", portal, "--output", output + "/kiosque", "--now", settings.now]
            let cold = ChildProcess.run(build, log: log)
            guard cold.status == 0 else { return failed("cold build", log) }
            colds.append(cold)
            size_ = folderSize(output + "/kiosque")
            print(" \(Self.fixed(cold.wallSeconds, 2)) s; edit…", terminator: "")
            fflush(nil)
            do { try generator.writeDataset(edited, edit: run, to: portal) } catch { return failed("edit: \(error)", log) }
            let edit = ChildProcess.run(build, log: log)
            try? generator.writeDataset(edited, to: portal)
            guard edit.status == 0 else { return failed("incremental build", log) }
            edits.append(edit)
            print(" \(Self.fixed(edit.wallSeconds, 2)) s", terminator: "")
            if hugo {
                discard(output + "/hugo")
                let measured = ChildProcess.run(["hugo", "--source", hugoSite, "--destination",
                                                 (output.hasPrefix("/") ? "" : FileManager.default.currentDirectoryPath + "/") + output + "/hugo",
                                                 "--quiet"],
                                                log: log)
                guard measured.status == 0 else { return failed("hugo", log) }
                hugos.append(measured)
                print("; hugo \(Self.fixed(measured.wallSeconds, 2)) s", terminator: "")
            }
            print("")
        }
        guard let cold = Measurement.best(colds), let edit = Measurement.best(edits) else { return nil }
        return Row(size: size, cold: cold, incremental: edit, hugo: Measurement.best(hugos), files: size_.files, bytes: size_.bytes,
                   load: loads.joined(separator: "/"))
    }

    /// Moves a folder into the trash (removed by `emptyTrash` when the measurements are over).
    private func discard(_ path: String) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let trash = settings.folder + "/trash"
        try? FileManager.default.createDirectory(atPath: trash, withIntermediateDirectories: true)
        _ = rename(path, trash + "/\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    }

    func emptyTrash() { try? FileManager.default.removeItem(atPath: settings.folder + "/trash") }

    /// Writes a generated tree unless the kept one carries the same stamp.
    private func prepare(_ folder: String, stamp: String, what: String, _ write: () throws -> Void) -> Bool {
        let stampFile = folder + "/.bench-generated"
        if (try? String(contentsOfFile: stampFile, encoding: .utf8)) == stamp { return true }
        print("generating the \(what) in \(folder)…")
        fflush(nil)
        try? FileManager.default.removeItem(atPath: folder)
        do {
            try write()
            try Data(stamp.utf8).write(to: URL(fileURLWithPath: stampFile))
        } catch {
            print("kiosque-bench-portal: cannot write \(folder): \(error)")
            return false
        }
        return true
    }

    /// One commit of the whole portal, as a real repository has (the build reads the history with one `git log`).
    private func commit(_ portal: String, log: String) throws {
        let git = ["git", "-c", "user.name=Bench", "-c", "user.email=bench@example.org", "-c", "commit.gpgsign=false"]
        try Data(".kiosque/\n.bench-generated\n".utf8).write(to: URL(fileURLWithPath: portal + "/.gitignore"))
        for step in [["git", "init", "-q"], ["git", "add", "-A"], git + ["commit", "-q", "-m", "Catalogue généré"]] {
            guard ChildProcess.succeeds(step, directory: portal, log: log) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(step.joined(separator: " ")) failed, see \(log)"])
            }
        }
    }

    private func failed(_ what: String, _ log: String) -> Row? {
        print("")
        print("kiosque-bench-portal: \(what) failed; the end of \(log):")
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        print(text.split(separator: "\n", omittingEmptySubsequences: false).suffix(20).joined(separator: "\n"))
        return nil
    }

    /// The targets of issue 8, for the sizes that were measured.
    func targets(_ rows: [Row]) -> Bool {
        var met = true
        func check(_ ok: Bool, _ text: String) {
            print((ok ? "  ok    " : "  MISSED ") + text)
            met = met && ok
        }
        print("")
        print("targets:")
        if let row = rows.first(where: { $0.size == 5000 }) {
            if let hugo = row.hugo {
                let ratio = row.cold.wallSeconds / hugo.wallSeconds
                check(ratio <= 1.0, "5,000 datasets cold no slower than Hugo's 5,000 pages: ratio \(Self.fixed(ratio, 2)) ≤ 1.0")
            }
            let share = row.incremental.wallSeconds / row.cold.wallSeconds
            check(share < 0.1, "one-dataset edit on 5,000 datasets: \(Self.fixed(100 * share, 1)) % of the cold time < 10 %")
        }
        if let row = rows.first(where: { $0.size == 50000 }) {
            check(row.cold.wallSeconds < 30, "50,000 datasets cold: \(Self.fixed(row.cold.wallSeconds, 1)) s < 30 s")
            check(row.cold.peakKilobytes < 2 << 20, "50,000 datasets peak memory: \(row.cold.peakKilobytes / 1024) MB < 2,048 MB")
        }
        // Linear: the time per dataset of the largest size stays within 25 % of that of the smallest size of at least
        // 1,000 (below, the fixed costs of a build dominate).
        let large = rows.filter { $0.size >= 1000 }.sorted { $0.size < $1.size }
        if let small = large.first, let big = large.last, big.size >= 5 * small.size {
            let a = small.cold.wallSeconds / Double(small.size), b = big.cold.wallSeconds / Double(big.size)
            check(b <= 1.25 * a, "linear: \(Self.fixed(b * 1e6, 0)) µs per dataset at \(big.size) against \(Self.fixed(a * 1e6, 0)) at \(small.size) (≤ 1.25×)")
        }
        return met
    }

    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
    static func cells(_ values: [String]) -> String { "| " + values.joined(separator: " | ") + " |" }
}
