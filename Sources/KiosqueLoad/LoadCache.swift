import KiosqueDigest
import KiosqueModel
import KiosqueYAML

/// What the build cache (`.kiosque/cache/`, kept by KiosqueBuild) offers the loader, so that a rebuild reads again
/// only the datasets whose inputs changed. A dataset is a pure function of its key: the content of its folder
/// (`folderHash`), the `DatasetContext` and its Git dates; the cache gives back the dataset and the diagnostics of the
/// load that produced it.
///
/// Whatever the load of a dataset comes to read outside its folder must be added to its key: the Table Schemas it
/// declares are (`RepositoryLoader.keyWithSchemas`).
public protocol LoadCache: Sendable {
    /// A hash of everything under an absolute folder path, recursively: names, kinds and file contents (remembered per
    /// file while its size, modification time and inode stay the same); nil when the folder cannot be read.
    func folderHash(_ folder: String) -> ContentHash?
    /// The content hash of a regular file at an absolute path (remembered like `folderHash`); nil when there is none.
    func fileHash(_ path: String) -> ContentHash?
    /// The dataset (nil when its load failed) and diagnostics stored under this key by an earlier build.
    func dataset(for key: ContentHash) -> (dataset: Dataset?, diagnostics: [Diagnostic])?
    func store(_ dataset: Dataset?, diagnostics: [Diagnostic], for key: ContentHash)
    /// The SHA-256 (hexadecimal) of a file that `folderHash` read in this build, when it did: the load then need not
    /// read the file again for it.
    func sha256(_ path: String) -> String?
    /// The entries of a folder that `folderHash` walked in this build, as `lstat` saw them: the load lists and stamps it
    /// no second time.
    func walkedEntries(_ folder: String) -> [WalkedEntry]?
    /// The Git blob name of a file's current content, remembered per file like `folderHash`; `compute` reads it.
    func gitBlobID(_ path: String, compute: () -> String?) -> String?
    /// A text stored under a key by an earlier build (the output of `git log` for a commit).
    func text(_ key: ContentHash) -> String?
    func store(text: String, key: ContentHash)
}

extension LoadCache {
    public func sha256(_ path: String) -> String? { nil }
    public func walkedEntries(_ folder: String) -> [WalkedEntry]? { nil }
}

/// An entry of a folder as `lstat` saw it.
public struct WalkedEntry: Sendable, Equatable {
    public var name: String
    public var isDirectory: Bool
    public var isSymbolicLink: Bool
    public var size: Int

    public init(name: String, isDirectory: Bool, isSymbolicLink: Bool, size: Int) {
        self.name = name
        self.isDirectory = isDirectory
        self.isSymbolicLink = isSymbolicLink
        self.size = size
    }
}

extension RepositoryLoader {
    /// Raised whenever the loading of a dataset changes what it produces from the same files.
    static let datasetKeyVersion = 3

    /// The cache key of `data/<id>/`: its content, the context it is checked against and its Git dates.
    /// `folder` is the folder's content hash (`LoadCache.folderHash`): the folders are stamped while Git's history is
    /// read.
    func datasetKey(_ id: String, _ context: DatasetContext, folder: ContentHash, history: GitHistory) -> ContentHash {
        var hasher = ContentHasher()
        hasher.update("dataset")
        hasher.update(Self.datasetKeyVersion)
        hasher.update(id)
        hasher.update(folder)
        hasher.update(context.organizationIDs.count)
        context.organizationIDs.forEach { hasher.update($0) }
        hasher.update(context.themeIDs.count)
        context.themeIDs.forEach { hasher.update($0) }
        hasher.update(context.defaultOrganization ?? "\u{0}")
        hasher.update(context.messages.language.rawValue)
        hasher.update(context.previewRows)
        hasher.update(options.derivedFiles ? 1 : 0)
        let dates = history.dates(forFolder: "data/" + id) ?? []
        hasher.update(dates.count)
        for date in dates {
            hasher.update(Int(date.epochSeconds))
            // The seconds, the kind and the offset name the date as its text does (no text made per date and dataset).
            switch date {
            case .day: hasher.update(0)
            case let .instant(_, offset): hasher.update(1 + (offset + 24 * 60) * 2)
            }
        }
        return hasher.finish()
    }

    /// The key under which the schema references of the dataset whose base key is `key` are kept.
    static func schemaReferencesKey(_ key: ContentHash) -> ContentHash {
        var hasher = ContentHasher()
        hasher.update("schema-references")
        hasher.update(key)
        return hasher.finish()
    }

    /// A dataset's base key with the files its declared schemas are read from (`schema:` anywhere in its descriptor):
    /// each candidate file's content, or its absence, so that adding, editing or fetching a schema outside the folder
    /// (a repository path, `.kiosque/schemas/`) loads the dataset again.
    func keyWithSchemas(_ key: ContentHash, id: String, references: [String], cache: any LoadCache) -> ContentHash {
        var hasher = ContentHasher()
        hasher.update(key)
        hasher.update(references.count)
        for reference in references {
            hasher.update(reference)
            for file in schemaCandidates(reference, folder: "data/" + id) {
                hasher.update(file)
                if let hash = cache.fileHash(absolute(file)) { hasher.update(hash) } else { hasher.update("\u{0}absent") }
            }
        }
        return hasher.finish()
    }

    /// Every `schema:` value of a dataset's descriptor, at any depth (the dataset's and its resources'), in order.
    /// Taken from the descriptor's tree as the load parsed it (no second read), rather than from the loaded dataset:
    /// a load that failed (a schema path naming no file is an error) must still be keyed by the file it looked for.
    static func schemaReferences(in root: YAMLNode?) -> [String] {
        var references: [String] = []
        func visit(_ node: YAMLNode) {
            for pair in node.pairs ?? [] {
                if pair.key == "schema", let text = pair.value.string, !references.contains(text) { references.append(text) }
                visit(pair.value)
            }
            for item in node.items ?? [] { visit(item) }
        }
        if let root { visit(root) }
        return references
    }
}
