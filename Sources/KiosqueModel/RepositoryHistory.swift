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

    public init(commits: [Commit], versions: [String: [FileVersion]] = [:]) {
        self.commits = commits
        self.versions = versions
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
    public func commitsByDatasetFolder() -> [String: [Commit]] {
        var result: [String: [Commit]] = [:]
        for commit in commits {
            var byFolder: [String: [FileChange]] = [:]
            for change in commit.changes {
                let parts = change.path.split(separator: "/", maxSplits: 2)
                guard parts.count == 3, parts[0] == "data" else { continue }
                byFolder["data/" + parts[1], default: []].append(change)
            }
            for (folder, changes) in byFolder {
                result[folder, default: []].append(Commit(hash: commit.hash, date: commit.date, subject: commit.subject, changes: changes))
            }
        }
        return result
    }
}
