import Foundation
import KiosqueCSV
import KiosqueSchema
import KiosqueTable

enum Bench {
    struct Measurement {
        var cpuSeconds: Double
        var wallSeconds: Double
        var peakKilobytes: Int
        var rows: Int

        /// The run with less CPU time, with the larger peak of the two.
        func better(_ other: Measurement) -> Measurement {
            var kept = other.cpuSeconds < cpuSeconds ? other : self
            kept.peakKilobytes = max(peakKilobytes, other.peakKilobytes)
            return kept
        }
    }

    /// Generates what is missing, measures each file (`runs` times but for validation), prints the table.
    static func run(sizes: [Int], folder: String, runs: Int) -> Int32 {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        print("kiosque-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores; files in \(folder)")
        var lines: [String] = []
        for size in sizes {
            let path = folder + "/communes-\(size)MB.csv"
            let expected = size * 1_000_000
            let existing = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            // The generator stops after the row that reaches the size: a few hundred bytes more.
            if abs(existing - expected) > 1_000 {
                print("generating \(path)…")
                fflush(nil)
                do {
                    _ = try BenchData.generate(path: path, megabytes: size)
                } catch {
                    print("kiosque-bench: cannot write \(path): \(error)")
                    return 1
                }
            }
            let bytes = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            print("measuring \(path)…")
            fflush(nil)
            // Read, read + profile and Python take turns, `runs` times, and each keeps its best run: a run that another
            // process slowed down says nothing about the code, and the turns give each side the same chances.
            var best: [String: Measurement] = [:]
            // The fastest wall time of each mode, kept apart: the run with the least CPU time is not always it.
            var bestWall: [String: Double] = [:]
            for _ in 0..<runs {
                for mode in ["read", "profile", "profile2", "python"] {
                    guard let measured = mode == "python" ? python(path: path) : child(mode: mode, path: path) else {
                        print("kiosque-bench: a measurement failed")
                        return 1
                    }
                    best[mode] = best[mode].map { $0.better(measured) } ?? measured
                    bestWall[mode] = min(bestWall[mode] ?? .infinity, measured.wallSeconds)
                }
            }
            guard let read = best["read"], let profile = best["profile"], let profile2 = best["profile2"], let python = best["python"],
                  let profileWall = bestWall["profile2"], let pythonWall = bestWall["python"],
                  let validate = child(mode: "validate", path: path) else {
                print("kiosque-bench: a measurement failed")
                return 1
            }
            let megabytes = bytes / 1e6
            let readSpeed = megabytes / read.cpuSeconds, profileSpeed = megabytes / profile.cpuSeconds
            let validateSpeed = megabytes / validate.cpuSeconds
            let pythonSpeed = megabytes / python.cpuSeconds
            lines.append(row([
                "\(size) MB", "\(profile.rows)", format(readSpeed), format(profileSpeed), format(profileSpeed / pythonSpeed, digits: 1) + "×",
                format(megabytes / profile2.cpuSeconds), format(megabytes / profileWall), format(pythonWall / profileWall, digits: 1) + "×",
                "\(max(profile.peakKilobytes, profile2.peakKilobytes) / 1024) MB", format(validateSpeed), format(validate.wallSeconds, digits: 2),
                "\(validate.peakKilobytes / 1024) MB", format(pythonSpeed),
            ]))
        }
        print("")
        print(row(["file", "rows", "read MB/s", "read+profile MB/s", "ratio", "2 threads: MB/s per core", "MB/s", "ratio",
                   "peak RSS", "+validate MB/s", "wall s", "peak RSS", "Python csv MB/s"]))
        print(row(Array(repeating: "---", count: 13)))
        lines.forEach { print($0) }
        print("")
        print("MB/s per core: 10^6 bytes per second of CPU time (user + system). read, read+profile, Python: one thread.")
        print("read: CSVReader.readRaw alone. read+profile: TableScan on one thread (profiles, preview, points; no derived files).")
        print("2 threads: the same TableScan as a build runs it on a file of 8 MB or more: the columns of each batch of rows")
        print("are profiled on two threads. MB/s per core is per second of CPU time of both threads, MB/s per second of wall time.")
        print("ratio: read+profile against Python's csv.reader merely reading the same file (one thread: CPU time against CPU time;")
        print("2 threads: wall time against wall time, Python using one core).")
        print("+validate: read+profile (as a build runs it) and, in the same pass, TableValidator against a Table Schema of the")
        print("generated columns (primary key, patterns, dd/mm/yyyy dates, decimal comma, enum, bounds, booleans, e-mail).")
        print("read, read+profile (both) and Python: the best of \(runs) runs each, taking turns; +validate: one run.")
        print("Other work on the cores slows every figure: compare figures taken with a load (uptime) below 1.")
        return 0
    }

    private static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

    private static func format(_ value: Double, digits: Int = 0) -> String { String(format: "%.\(digits)f", value) }

    /// Runs this executable with `--measure` and reads its one-line answer.
    private static func child(mode: String, path: String) -> Measurement? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        if !FileManager.default.isExecutableFile(atPath: process.executableURL?.path ?? "") {
            process.executableURL = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0])
        }
        process.arguments = ["--measure", mode, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let parts = output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard process.terminationStatus == 0, parts.count == 4 else { return nil }
        return Measurement(cpuSeconds: parts[0], wallSeconds: parts[1], peakKilobytes: Int(parts[2]), rows: Int(parts[3]))
    }

    /// Python's csv module reading every record of the file, nothing else; CPU time from RUSAGE_CHILDREN.
    private static func python(path: String) -> Measurement? {
        let script = """
            import csv, sys
            n = 0
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                for row in csv.reader(f, delimiter=';'):
                    n += 1
            print(n - 1)
            """
        let before = childUsage()
        let start = Date()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let after = childUsage()
        guard process.terminationStatus == 0, let rows = Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return Measurement(cpuSeconds: after.cpu - before.cpu, wallSeconds: Date().timeIntervalSince(start), peakKilobytes: after.peak,
                           rows: rows)
    }

    private static func childUsage() -> (cpu: Double, peak: Int) {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return (seconds(usage.ru_utime) + seconds(usage.ru_stime), usage.ru_maxrss)
    }

    private static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }

    /// One measurement in this process: prints `cpu-seconds wall-seconds peak-kilobytes rows`.
    static func measure(mode: String, path: String) -> Int32 {
        let start = Date()
        var rows = 0
        do {
            switch mode {
            case "read":
                var reader = try CSVReader(path: path)
                var cells = 0
                let summary = try reader.readRaw { record in
                    cells &+= record.count
                    return true
                }
                rows = summary.recordCount
            case "profile", "profile2":
                let twoThreads = mode == "profile2" ? TableScan.Options.buildTwoThreadsFrom : nil
                let result = try TableScan.read(path: path, options: TableScan.Options(previewRows: 20, twoThreadsFrom: twoThreads))
                rows = result.summary.recordCount
            case "validate":
                var check = BenchValidation(schema: BenchSchema.schema)
                let options = TableScan.Options(previewRows: 20, twoThreadsFrom: TableScan.Options.buildTwoThreadsFrom)
                let result = try TableScan.read(path: path, options: options, consumer: &check)
                rows = result.summary.recordCount
                let verdict = check.finish(header: result.summary.header)
                if !verdict.valid {
                    FileHandle.standardError.write(Data("kiosque-bench: \(verdict.errorCount) schema errors in the generated file: \(verdict.countsByType)\n".utf8))
                }
            default:
                FileHandle.standardError.write(Data("kiosque-bench: unknown mode \(mode)\n".utf8))
                return 2
            }
        } catch {
            FileHandle.standardError.write(Data("kiosque-bench: \(error)\n".utf8))
            return 1
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime)
        print(cpu, Date().timeIntervalSince(start), usage.ru_maxrss, rows)
        return 0
    }
}
