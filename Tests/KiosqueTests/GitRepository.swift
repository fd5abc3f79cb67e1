import Foundation

/// A Git repository made by a test, with fixed author and committer dates so that histories are reproducible.
struct GitRepository {
    let root: URL

    @discardableResult
    func git(_ arguments: [String], date: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_AUTHOR_NAME"] = "Test"
        environment["GIT_AUTHOR_EMAIL"] = "test@example.org"
        environment["GIT_COMMITTER_NAME"] = "Test"
        environment["GIT_COMMITTER_EMAIL"] = "test@example.org"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(arguments: arguments) }
        return String(decoding: data, as: UTF8.self)
    }

    func commitAll(_ message: String, date: String) throws {
        try git(["add", "-A"])
        try git(["commit", "-q", "-m", message], date: date)
    }

    struct Failure: Error { let arguments: [String] }
}
