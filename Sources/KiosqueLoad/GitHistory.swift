import Foundation
import KiosqueModel

/// The dates of each folder's commits, read with one `git log` for the whole build.
public struct GitHistory: Sendable {
    /// Commit dates per repository-relative folder (`data/budget`), oldest first.
    let datesByFolder: [String: [DateStamp]]

    public static let empty = GitHistory(datesByFolder: [:])

    /// First and every later commit date touching files of `folder`, oldest first; nil when Git knows none.
    public func dates(forFolder folder: String) -> [DateStamp]? {
        datesByFolder[folder].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Runs `git log` once over `data/` of the repository; empty when Git or the repository is absent.
    public static func read(repository root: String) -> GitHistory {
        guard let output = run(["git", "-C", root, "log", "--relative", "--no-renames", "--format=%x1e%cI", "--name-only", "--", "data"]) else {
            return .empty
        }
        return parse(output)
    }

    /// Parses `git log --format=%x1e%cI --name-only` output.
    static func parse(_ output: String) -> GitHistory {
        var result: [String: [DateStamp]] = [:]
        for chunk in output.split(separator: "\u{1E}") {
            let lines = chunk.split(whereSeparator: \.isNewline)
            guard let first = lines.first, let date = DateStamp.parse(String(first)) else { continue }
            var folders: Set<String> = []
            for line in lines.dropFirst() {
                let parts = line.split(separator: "/")
                if parts.count >= 3, parts[0] == "data" { folders.insert("data/" + parts[1]) }
            }
            for folder in folders { result[folder, default: []].append(date) }
        }
        return GitHistory(datesByFolder: result.mapValues { $0.sorted() })
    }

    private static func run(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
