import Foundation

/// A child process started with posix_spawn and reaped with wait4, so a test can kill it at a chosen moment and read
/// its own peak memory (Foundation's Process reaps its children itself and gives neither).
struct ChildProcess {
    struct Exit {
        /// The exit code, or nil when a signal ended the process.
        let status: Int32?
        let signal: Int32?
        /// Peak resident memory of the program, in bytes: GNU time's figure when the child was started with
        /// `measured: true`, else ru_maxrss, which on Linux also counts the test process's own peak (a vfork child
        /// records its parent's high-water mark when it execs).
        let peakMemory: Int
        let stderr: String
    }

    let pid: pid_t
    private let stderrPath: String
    private let memoryPath: String?

    /// GNU time, which measures the peak memory of a grandchild exactly.
    static let time = "/usr/bin/time"

    /// Starts `executable` with `arguments`; standard output is discarded, standard error kept in a temporary file.
    /// `measured` runs it under GNU time (when installed) for its exact peak memory.
    init(_ executable: String, _ arguments: [String], measured: Bool = false) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-child-\(UUID().uuidString)").path
        stderrPath = base + ".err"
        var executable = executable, arguments = arguments
        if measured, FileManager.default.isExecutableFile(atPath: Self.time) {
            memoryPath = base + ".rss"
            arguments = ["-f", "%M", "-o", base + ".rss", executable] + arguments
            executable = Self.time
        } else {
            memoryPath = nil
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, nil, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        pid = child
    }

    func kill(_ signal: Int32 = SIGKILL) { _ = Foundation.kill(pid, signal) }

    /// True once the process has ended (it is then still to be reaped by ``wait()``).
    var hasEnded: Bool {
        var info = siginfo_t()
        return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info._sifields._sigchld.si_pid == pid
    }

    /// Waits for the end of the process and reaps it.
    func wait() -> Exit {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let stderr = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: stderrPath)
        var peak = Int(usage.ru_maxrss) * 1024
        if let memoryPath {
            let text = (try? String(contentsOfFile: memoryPath, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(atPath: memoryPath)
            // GNU time prints "Command exited with non-zero status N" before the figure when the program fails.
            if let kilobytes = text.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
                peak = kilobytes * 1024
            }
        }
        let signal = status & 0x7F
        return Exit(status: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal,
                    peakMemory: peak, stderr: stderr)
    }

    /// Waits on a thread of its own, so that the tests running meanwhile keep the shared pool of async threads.
    func exit() async -> Exit {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: wait()) }.start()
        }
    }

    /// Runs to the end.
    static func run(_ executable: String, _ arguments: [String], measured: Bool = false) async throws -> Exit {
        try await ChildProcess(executable, arguments, measured: measured).exit()
    }
}
