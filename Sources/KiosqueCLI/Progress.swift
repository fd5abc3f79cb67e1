import Foundation

/// A spinner line on a terminal for long builds; silent when standard error is not a terminal.
struct Progress {
    private let task: Task<Bool, Never>?

    static func start(label: String) -> Progress {
        guard isatty(STDERR_FILENO) == 1 else { return Progress(task: nil) }
        let task = Task.detached(priority: .utility) { () -> Bool in
            let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
            let start = ContinuousClock.now
            var tick = 0
            try? await Task.sleep(for: .milliseconds(500))
            while !Task.isCancelled {
                let elapsed = ContinuousClock.now - start
                let seconds = String(format: "%.1f", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
                FileHandle.standardError.write(Data("\r\(frames[tick % frames.count]) \(label) … \(seconds) s".utf8))
                tick += 1
                try? await Task.sleep(for: .milliseconds(100))
            }
            return tick > 0
        }
        return Progress(task: task)
    }

    func stop() async {
        guard let task else { return }
        task.cancel()
        if await task.value { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}
