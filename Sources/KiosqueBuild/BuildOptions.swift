import KiosqueModel

/// What `kiosque build` and `kiosque check` are asked to do.
public struct BuildOptions: Sendable {
    /// The portal repository.
    public var root: String
    /// Output folder; default `<root>/public`.
    public var output: String?
    public var baseURL: String?
    /// The build date; default: the current time.
    public var now: DateStamp?
    /// Validate only: derive and render nothing, write nothing.
    public var checkOnly: Bool
    /// Parallel rendering workers; default: the number of cores.
    public var workers: Int?
    public var useGit: Bool
    /// Use and keep the build cache in `.kiosque/cache/` (`Site.build`); false builds cold and leaves the cache alone.
    public var incremental: Bool
    /// The process ends after this build (`kiosque build`): the catalog, the manifests and the cache's indexes are left
    /// for the exit to reclaim instead of being freed one object at a time (tens of milliseconds on a large catalogue).
    public var endsProcess: Bool

    public init(root: String, output: String? = nil, baseURL: String? = nil, now: DateStamp? = nil, checkOnly: Bool = false,
                workers: Int? = nil, useGit: Bool = true, incremental: Bool = true, endsProcess: Bool = false) {
        self.root = root
        self.output = output
        self.baseURL = baseURL
        self.now = now
        self.checkOnly = checkOnly
        self.workers = workers
        self.useGit = useGit
        self.incremental = incremental
        self.endsProcess = endsProcess
    }
}
