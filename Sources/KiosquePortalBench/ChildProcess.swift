import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One command run as a child process, measured on its own: `wait4` gives its CPU time and peak resident memory
/// (not those of the benchmark or of other children).
struct Measurement {
    var wallSeconds: Double
    var cpuSeconds: Double
    var peakKilobytes: Int
    var status: Int32

    static func best(_ runs: [Measurement]) -> Measurement? { runs.min { $0.wallSeconds < $1.wallSeconds } }
}

enum ChildProcess {
    /// Runs `arguments` (the first is the executable, looked up in PATH), its output appended to `log`.
    static func run(_ arguments: [String], log: String, directory: String? = nil) -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var command = arguments
        if let directory { command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + arguments }
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawnp(&pid, argv[0]!, &actions, nil, argv, environ)
        guard spawned == 0 else { return Measurement(wallSeconds: 0, cpuSeconds: 0, peakKilobytes: 0, status: 127) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime)
        let exited = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Measurement(wallSeconds: wall, cpuSeconds: cpu, peakKilobytes: usage.ru_maxrss, status: exited)
    }

    /// Runs a command quietly and says whether it succeeded (generation steps: git).
    static func succeeds(_ arguments: [String], directory: String, log: String) -> Bool {
        run(arguments, log: log, directory: directory).status == 0
    }

    private static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
}

/// Files and bytes under a folder (regular files, not following links).
func folderSize(_ path: String) -> (files: Int, bytes: Int) {
    var files = 0
    var bytes = 0
    guard let enumerator = FileManager.default.enumerator(atPath: path) else { return (0, 0) }
    while let name = enumerator.nextObject() as? String {
        var info = stat()
        guard lstat(path + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
        files += 1
        bytes += Int(info.st_size)
    }
    return (files, bytes)
}

/// The 1-minute load average, as `uptime` prints it.
func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "?" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}
