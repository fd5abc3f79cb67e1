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
            for _ in 0..<runs {
                for mode in ["read", "profile", "python"] {
                    guard let measured = mode == "python" ? python(path: path) : child(mode: mode, path: path) else {
                        print("kiosque-bench: a measurement failed")
                        return 1
                    }
                    best[mode] = best[mode].map { $0.better(measured) } ?? measured
                }
            }
            guard let read = best["read"], let profile = best["profile"], let python = best["python"],
                  let validate = child(mode: "validate", path: path) else {
                print("kiosque-bench: a measurement failed")
                return 1
            }
            let megabytes = bytes / 1e6
            let readSpeed = megabytes / read.cpuSeconds, profileSpeed = megabytes / profile.cpuSeconds
            let validateSpeed = megabytes / validate.cpuSeconds
            let pythonSpeed = megabytes / python.cpuSeconds
            lines.append(row([
                "\(size) MB", "\(profile.rows)", format(readSpeed), format(profileSpeed), format(profile.wallSeconds, digits: 2),
                "\(profile.peakKilobytes / 1024) MB", format(validateSpeed), format(validate.wallSeconds, digits: 2),
                "\(validate.peakKilobytes / 1024) MB", format(pythonSpeed), format(profileSpeed / pythonSpeed, digits: 1) + "×",
            ]))
        }
        print("")
        print(row(["file", "rows", "read MB/s", "read+profile MB/s", "wall s", "peak RSS", "+validate MB/s", "wall s", "peak RSS",
                   "Python csv MB/s", "ratio"]))
        print(row(Array(repeating: "---", count: 11)))
        lines.forEach { print($0) }
        print("")
        print("MB/s are 10^6 bytes per second of CPU time (user + system) of one core: every pass is single-threaded.")
        print("read, read+profile and Python: the best of \(runs) runs each, taking turns; +validate: one run.")
        print("CPU time grows when other work shares the cores: compare figures taken with a load (uptime) below 2.")
        print("read: CSVReader.readRaw alone. read+profile: TableScan (profiles, preview, points; no derived files).")
        print("+validate: read+profile and, in the same pass, TableValidator against a Table Schema of the generated columns")
        print("(primary key, patterns, dd/mm/yyyy dates, decimal comma, enum, bounds, booleans, e-mail), as a build checks a file.")
        print("ratio: read+profile against Python's csv.reader merely reading the same file.")
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
            case "profile":
                let result = try TableScan.read(path: path, options: TableScan.Options(previewRows: 20))
                rows = result.summary.recordCount
            case "validate":
                var check = BenchValidation(schema: BenchSchema.schema)
                let result = try TableScan.read(path: path, options: TableScan.Options(previewRows: 20), consumer: &check)
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
