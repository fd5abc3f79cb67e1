import Foundation
import KiosqueDigest
import KiosqueModel

/// The Git history of the repository's data and reuses, read with one `git log` for the whole build:
/// every commit that touched `data/` or `site/reuses/`, with each file's change, blob and line counts.
public struct GitHistory: Sendable {
    public let history: RepositoryHistory
    /// Commit dates per dataset folder (`data/budget`), oldest first.
    let datesByFolder: [String: [DateStamp]]

    public static let empty = GitHistory(history: .empty)

    init(history: RepositoryHistory) {
        self.history = history
        var dates: [String: [DateStamp]] = [:]
        for (folder, commits) in history.commitsByDatasetFolder() { dates[folder] = commits.map(\.date).sorted() }
        datesByFolder = dates
    }

    /// First and every later commit date touching files of `folder`, oldest first; nil when Git knows none.
    public func dates(forFolder folder: String) -> [DateStamp]? {
        datesByFolder[folder].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The `git log` arguments: commits newest first, raw changes (blobs, status) and line counts, paths relative to
    /// the portal root (which may be a sub-folder of the repository), renames as a deletion and an addition.
    static let logArguments = ["-c", "core.quotePath=false", "log", "--relative", "--no-renames", "--no-abbrev",
                               "--format=%x1e%H%x1f%cI%x1f%s", "--raw", "--numstat", "--", "data", "site/reuses"]

    /// Runs `git log` once over `data/` and `site/reuses/`; empty when Git or the repository is absent.
    public static func read(repository root: String) -> GitHistory {
        guard let output = GitProcess.output(["-C", root] + logArguments) else { return .empty }
        return GitHistory(history: parse(output))
    }

    /// The same, with the output of `git log` kept in the build cache by commit: while HEAD names the same commit, the
    /// history is the same (one `git rev-parse HEAD` instead of reading every commit, which takes seconds on a large
    /// catalogue).
    static func read(repository root: String, cache: (any LoadCache)?) -> GitHistory {
        guard let cache else { return read(repository: root) }
        guard let head = GitProcess.output(["-C", root, "rev-parse", "--verify", "-q", "HEAD"])?.split(separator: "\n").first,
              head.count == 40 else { return read(repository: root) }
        var hasher = ContentHasher()
        hasher.update("git-log")
        logArguments.forEach { hasher.update($0) }
        hasher.update(root)
        hasher.update(String(head))
        let key = hasher.finish()
        if let output = cache.text(key) { return GitHistory(history: parse(output)) }
        guard let output = GitProcess.output(["-C", root] + logArguments) else { return .empty }
        cache.store(text: output, key: key)
        return GitHistory(history: parse(output))
    }

    /// Parses the output of `logArguments`.
    static func parse(_ output: String) -> RepositoryHistory {
        var commits: [RepositoryHistory.Commit] = []
        // Records and lines are cut on their bytes (a large history is megabytes: no need to find characters).
        for record in output.utf8.split(separator: 0x1E) {
            var lines = record.split(separator: 0x0A, omittingEmptySubsequences: true).map { Substring($0) }[...]
            guard let head = lines.popFirst() else { continue }
            let fields = head.split(separator: "\u{1F}", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, fields[0].count == 40, let date = DateStamp.parse(String(fields[1])) else { continue }
            // `--raw` lines come first, then `--numstat` lines for the same paths in the same order: they are paired
            // by position when the paths agree (byte for byte, as Git printed them), else by path.
            var raw: [(path: Substring.UTF8View, status: RepositoryHistory.FileChange.Status, blob: String?)] = []
            var counts: [(path: Substring.UTF8View, added: Int?, removed: Int?)] = []
            for line in lines {
                // Bytes: a tab, a space and a newline are characters of their own in any UTF-8 text.
                let bytes = line.utf8
                guard let firstTab = bytes.firstIndex(of: 0x09) else { continue }
                let afterTab = bytes.index(after: firstTab)
                let secondTab = bytes[afterTab...].firstIndex(of: 0x09)
                if bytes.first == UInt8(ascii: ":"), secondTab == nil {
                    // :100644 100644 <old> <new> M	path
                    let meta = bytes[..<firstTab].split(separator: 0x20)
                    guard meta.count >= 5, let letter = meta[4].first else { continue }
                    let status: RepositoryHistory.FileChange.Status = letter == UInt8(ascii: "A") ? .added : letter == UInt8(ascii: "D") ? .deleted : .modified
                    let blob = status == .deleted || meta[3].allSatisfy({ $0 == UInt8(ascii: "0") }) ? nil : String(Substring(meta[3]))
                    raw.append((bytes[afterTab...], status, blob))
                } else if let secondTab {
                    // <added>	<removed>	path
                    counts.append((bytes[bytes.index(after: secondTab)...], Self.number(bytes[..<firstTab]), Self.number(bytes[afterTab..<secondTab])))
                }
            }
            let paired = counts.count == raw.count && zip(raw, counts).allSatisfy { $0.path.elementsEqual($1.path) }
            var byPath: [String: (Int?, Int?)] = [:]
            if !paired {
                for count in counts { byPath[unquote(Substring(count.path))] = (count.added, count.removed) }
            }
            var changes: [RepositoryHistory.FileChange] = []
            changes.reserveCapacity(raw.count)
            for (index, entry) in raw.enumerated() {
                let path = unquote(Substring(entry.path))
                let lines = paired ? (counts[index].added, counts[index].removed) : byPath[path]
                changes.append(RepositoryHistory.FileChange(path: path, status: entry.status, addedLines: lines?.0, removedLines: lines?.1,
                                                            blob: entry.blob))
            }
            guard !changes.isEmpty else { continue }
            commits.append(RepositoryHistory.Commit(hash: String(fields[0]), date: date,
                                                    subject: fields.count > 2 ? String(fields[2]) : "", changes: changes))
        }
        // Newest first by date, then by the order Git gave (stable).
        let ordered = commits.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date > b.element.date : a.offset < b.offset
        }
        return RepositoryHistory(commits: ordered.map(\.element))
    }

    /// A decimal count of `--numstat` (`-` for a binary file: nil).
    static func number(_ bytes: Substring.UTF8View.SubSequence) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return bytes.isEmpty ? nil : Int(Substring(bytes)) }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Git quotes a path that holds a double quote, a backslash or a control character (`"a\tb"`, octal escapes for
    /// bytes when `core.quotePath` is on).
    static func unquote<S: StringProtocol>(_ path: S) -> String {
        guard path.utf8.first == UInt8(ascii: "\""), path.hasSuffix("\""), path.count >= 2 else { return String(path) }
        var bytes: [UInt8] = []
        var iterator = Array(path.utf8.dropFirst().dropLast()).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "\\"), let next = iterator.next() else { bytes.append(byte); continue }
            switch next {
            case UInt8(ascii: "t"): bytes.append(9)
            case UInt8(ascii: "n"): bytes.append(10)
            case UInt8(ascii: "r"): bytes.append(13)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(next - 48)
                for _ in 0..<2 { if let digit = iterator.next() { value = value * 8 + Int(digit) - 48 } }
                bytes.append(UInt8(truncatingIfNeeded: value))
            default: bytes.append(next)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
