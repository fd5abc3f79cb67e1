/// What Git knows about the repository's data and reuses, read once per build: the commits that touched `data/`
/// or `site/reuses/`, newest first, and the previous versions kept of each published file.
public struct RepositoryHistory: Sendable, Equatable {
    /// One commit, with the files it changed under `data/` and `site/reuses/`.
    public struct Commit: Sendable, Equatable {
        /// Full object name (40 hexadecimal digits).
        public let hash: String
        /// The committer's date.
        public let date: DateStamp
        /// The first line of the message.
        public let subject: String
        /// Repository-relative paths, sorted.
        public let changes: [FileChange]

        public init(hash: String, date: DateStamp, subject: String, changes: [FileChange]) {
            self.hash = hash
            self.date = date
            self.subject = subject
            self.changes = changes.sorted { $0.path < $1.path }
        }

        /// A commit whose changes are already sorted by path (a part of another commit's).
        init(hash: String, date: DateStamp, subject: String, sortedChanges: [FileChange]) {
            self.hash = hash
            self.date = date
            self.subject = subject
            changes = sortedChanges
        }

        /// The first eight digits of the hash, as shown to people.
        public var shortHash: String { String(hash.prefix(8)) }
    }

    /// How one commit changed one file.
    public struct FileChange: Sendable, Equatable {
        public enum Status: String, Sendable {
            case added, modified, deleted
        }

        /// Repository-relative (`data/budget/budget.csv`).
        public let path: String
        public let status: Status
        /// Lines added and removed, as `git log --numstat` counts them; nil for a binary file.
        public let addedLines: Int?
        public let removedLines: Int?
        /// The blob the file holds after the commit; nil when the commit deleted it.
        public let blob: String?

        public init(path: String, status: Status, addedLines: Int?, removedLines: Int?, blob: String?) {
            self.path = path
            self.status = status
            self.addedLines = addedLines
            self.removedLines = removedLines
            self.blob = blob
        }

        /// For a CSV or TSV file: records added and removed, from the line counts. A line that changed counts as one
        /// removed and one added; the header line of a created or deleted file is not a record; a quoted newline
        /// inside a value would count as one more line. Nil for other files.
        public var rowDelta: (added: Int, removed: Int)? {
            let lower = path.lowercased()
            guard lower.hasSuffix(".csv") || lower.hasSuffix(".tsv"), let added = addedLines, let removed = removedLines else { return nil }
            return (max(0, added - (status == .added ? 1 : 0)), max(0, removed - (status == .deleted ? 1 : 0)))
        }
    }

    /// Newest first.
    public let commits: [Commit]
    /// Repository path of a published file → its previous versions, newest first (the current one left out).
    public let versions: [String: [FileVersion]]

    /// `commitsByDatasetFolder()`, grouped once when the history is made: the history stage, the activity and the
    /// pages' index all read it.
    private let datasetFolders: [String: [Commit]]

    public init(commits: [Commit], versions: [String: [FileVersion]] = [:]) {
        self.commits = commits
        self.versions = versions
        datasetFolders = Self.groupByDatasetFolder(commits)
    }

    /// The same commits with these previous versions of the published files.
    public func with(versions: [String: [FileVersion]]) -> RepositoryHistory {
        RepositoryHistory(commits: commits, versions: versions, datasetFolders: datasetFolders)
    }

    private init(commits: [Commit], versions: [String: [FileVersion]], datasetFolders: [String: [Commit]]) {
        self.commits = commits
        self.versions = versions
        self.datasetFolders = datasetFolders
    }

    public static let empty = RepositoryHistory(commits: [])

    /// The commits that touched files under `folder` (`data/budget`), newest first, each with only those files.
    public func commits(under folder: String) -> [Commit] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return commits.compactMap { commit in
            let changes = commit.changes.filter { $0.path.hasPrefix(prefix) }
            return changes.isEmpty ? nil : Commit(hash: commit.hash, date: commit.date, subject: commit.subject, changes: changes)
        }
    }

    /// Commits grouped by the folder of `data/<id>/` they touched, each with only that folder's files: one pass.
    public func commitsByDatasetFolder() -> [String: [Commit]] { datasetFolders }

    private static func groupByDatasetFolder(_ commits: [Commit]) -> [String: [Commit]] {
        var result: [String: [Commit]] = [:]
        let slash = UInt8(ascii: "/")
        for commit in commits {
            // The changes are sorted by path: a folder's changes are consecutive.
            var folder: Substring?
            var changes: [FileChange] = []
            func flush() {
                guard let folder, !changes.isEmpty else { return }
                let key = String(folder)
                if let last = result[key]?.last, last.hash == commit.hash {
                    // Met again within this commit (an order where the folder's paths are not consecutive).
                    result[key]![result[key]!.count - 1] = Commit(hash: commit.hash, date: commit.date, subject: commit.subject,
                                                                  sortedChanges: last.changes + changes)
                    return
                }
                result[key, default: []].append(Commit(hash: commit.hash, date: commit.date, subject: commit.subject,
                                                       sortedChanges: changes))
            }
            for change in commit.changes {
                // `data/<id>/<file>`, cut on bytes: a slash is a byte of its own in UTF-8.
                let bytes = change.path.utf8
                guard bytes.starts(with: "data/".utf8), let second = bytes[bytes.index(bytes.startIndex, offsetBy: 5)...].firstIndex(of: slash),
                      second > bytes.index(bytes.startIndex, offsetBy: 5), bytes.index(after: second) < bytes.endIndex else { continue }
                let own = change.path[..<second]
                if own != folder {
                    flush()
                    folder = own
                    changes = []
                }
                changes.append(change)
            }
            flush()
        }
        return result
    }
}
