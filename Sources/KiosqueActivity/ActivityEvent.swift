import KiosqueModel

/// One thing that happened on the portal: a news post, a dataset published or updated, a reuse added.
/// The home page shows the latest ones and `feed.atom` lists them.
public struct ActivityEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case news
        case datasetPublished = "dataset-published"
        case datasetUpdated = "dataset-updated"
        case reuseAdded = "reuse-added"
    }

    public let kind: Kind
    public let date: DateStamp
    /// The dataset id, reuse id or news slug.
    public let subject: String
    /// Its title.
    public let title: String
    /// The commit the event comes from, when Git told it.
    public let commit: String?
    /// The commit message's first line.
    public let message: String?
    /// For an update: the files that changed, relative to the dataset folder.
    public let files: [FileDelta]

    public init(kind: Kind, date: DateStamp, subject: String, title: String, commit: String? = nil, message: String? = nil,
                files: [FileDelta] = []) {
        self.kind = kind
        self.date = date
        self.subject = subject
        self.title = title
        self.commit = commit
        self.message = message
        self.files = files
    }

    /// A stable name for the event, unique in the portal (`dataset-updated/budget/1a2b3c4d`).
    public var key: String {
        [kind.rawValue, subject, commit.map { String($0.prefix(8)) } ?? date.isoDate].joined(separator: "/")
    }
}

/// How one file of a dataset changed in one commit.
public struct FileDelta: Sendable, Equatable {
    /// Relative to the dataset folder (`budget-2025.csv`, `dataset.yaml`).
    public let name: String
    public let status: RepositoryHistory.FileChange.Status
    /// Records added and removed, for CSV and TSV files (from Git's line counts; see `FileChange.rowDelta`).
    public let rowsAdded: Int?
    public let rowsRemoved: Int?

    public init(name: String, status: RepositoryHistory.FileChange.Status, rowsAdded: Int?, rowsRemoved: Int?) {
        self.name = name
        self.status = status
        self.rowsAdded = rowsAdded
        self.rowsRemoved = rowsRemoved
    }

    /// The changes of a commit under `folder` (`data/budget`), as deltas named inside it.
    public static func deltas(of commit: RepositoryHistory.Commit, under folder: String) -> [FileDelta] {
        let prefix = folder + "/"
        return commit.changes.compactMap { change in
            guard change.path.hasPrefix(prefix) else { return nil }
            let rows = change.rowDelta
            return FileDelta(name: String(change.path.dropFirst(prefix.count)), status: change.status,
                             rowsAdded: rows?.added, rowsRemoved: rows?.removed)
        }
    }

    /// True for the descriptor rather than a data file.
    public var isDescriptor: Bool { name == "dataset.yaml" || name == "dataset.yml" }
}
