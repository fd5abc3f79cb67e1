import KiosqueDigest
import KiosqueModel

/// What an incremental build knows of the previous one, for the stages that make files: the key of each dataset's
/// inputs and the key of the inputs each file of the current output was made from. A file whose key is unchanged is
/// not made again: its artifact copies the current output's file (which the writer hard-links), or, for a site held
/// in memory (`kiosque serve`), is the previous build's artifact itself.
public struct OutputReuse: Sendable {
    /// The load key of each dataset (its folder's content, its context, its Git dates), by id.
    public let datasetKeys: [String: ContentHash]
    /// The input key each file of the current output was made from, by path.
    public let previousKeys: [String: ContentHash]
    /// The current output folder.
    public let outputFolder: String
    /// Mixed into every key: what the stages cannot see (the executable, the cache format).
    public let salt: ContentHash
    /// Parts of files kept between builds (each dataset's entry of data.json), by key.
    public let fragments: (any FragmentStore)?
    /// The previous build's files by path when it is held in memory rather than in `outputFolder`.
    public let previousArtifacts: [String: Artifact]?

    public init(datasetKeys: [String: ContentHash], previousKeys: [String: ContentHash], outputFolder: String, salt: ContentHash,
                fragments: (any FragmentStore)? = nil, previousArtifacts: [String: Artifact]? = nil) {
        self.datasetKeys = datasetKeys
        self.previousKeys = previousKeys
        self.outputFolder = outputFolder
        self.salt = salt
        self.fragments = fragments
        self.previousArtifacts = previousArtifacts
    }

    /// True when the current output holds `path` made from the same inputs.
    public func holds(_ path: String, key: ContentHash?) -> Bool {
        guard let key, previousKeys[path] == key else { return false }
        return previousArtifacts.map { $0[path] != nil } ?? true
    }

    /// The artifact that leaves the current output's file as it is.
    public func kept(_ path: String) -> Artifact {
        if let artifact = previousArtifacts?[path] { return artifact }
        return Artifact(path: path, body: .copy(sourcePath: outputFolder + "/" + path))
    }
}

/// Files made by a job, with the input key of those that have one.
public struct KeyedArtifacts: Sendable {
    public var artifacts: [Artifact] = []
    public var keys: [String: ContentHash] = [:]

    public init(artifacts: [Artifact] = [], keys: [String: ContentHash] = [:]) {
        self.artifacts = artifacts
        self.keys = keys
    }

    mutating func add(_ artifact: Artifact, key: ContentHash?) {
        artifacts.append(artifact)
        if let key { keys[artifact.path] = key }
    }
}

/// Where the parts of whole-catalogue files are kept from one build to the next.
public protocol FragmentStore: Sendable {
    func fragment(_ key: ContentHash) -> [UInt8]?
    func store(fragment: [UInt8], key: ContentHash)
}
