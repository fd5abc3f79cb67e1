import KiosqueModel
import KiosqueTable
import KiosqueYAML

/// What the load and validate stages produce: the frozen catalog (when nothing blocks it) and every diagnostic.
public struct LoadResult: Sendable {
    public let catalog: Catalog?
    /// Sorted by location; errors and warnings together.
    public let diagnostics: [Diagnostic]
    public let language: Language

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads a portal repository (SPEC §1) and validates it into a `Catalog`, reporting every problem in one run.
public struct RepositoryLoader: Sendable {
    public struct Options: Sendable {
        /// Overrides `base_url` of `site/portal.yaml` (`--base-url`).
        public var baseURL: String?
        /// Rows kept for the HTML preview of tabular files.
        public var previewRows: Int
        /// Read `issued`/`modified` from Git when the descriptor does not give them.
        public var useGit: Bool
        /// Copy the previous versions of published files out of Git into the cache (a build does; a check need not).
        public var keepVersions: Bool
        /// Write the files derived from each table (UTF-8 copy, JSON records, JSON pages) into `.kiosque/derived/`
        /// while it is read (a build does; a check writes nothing).
        public var derivedFiles: Bool
        /// Datasets whose inputs did not change since an earlier build come from here instead of being read again.
        public var cache: (any LoadCache)?

        public init(baseURL: String? = nil, previewRows: Int = 20, useGit: Bool = true, keepVersions: Bool = true,
                    derivedFiles: Bool = false, cache: (any LoadCache)? = nil) {
            self.baseURL = baseURL
            self.previewRows = previewRows
            self.useGit = useGit
            self.keepVersions = keepVersions
            self.derivedFiles = derivedFiles
            self.cache = cache
        }
    }

    public let root: String
    public let fileSystem: any RepositoryFileSystem
    public let options: Options

    public init(root: String, fileSystem: any RepositoryFileSystem = LocalFileSystem(), options: Options = Options()) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        self.fileSystem = fileSystem
        self.options = options
    }

    /// The absolute path of a repository-relative path.
    func absolute(_ relative: String) -> String { root + "/" + relative }

    /// Loads and validates everything; never throws: problems are diagnostics.
    public func load() async -> LoadResult {
        var diagnostics: [Diagnostic] = []
        // Git's history is read while the portal is parsed and the dataset folders are stamped (their keys wait for it).
        let (root, options) = (self.root, self.options)
        let reading = Task { options.useGit ? GitHistory.read(repository: root, cache: options.cache) : GitHistory.empty }
        if options.derivedFiles { DerivedRequest.prepareCacheRoot(Self.derivedRoot(root)) }
        let (portal, portalThemes, messages) = loadPortal(&diagnostics)
        let organizations = loadOrganizations(messages, &diagnostics)
        let themes = Theme.euThemes(messages.language) + portalThemes
        let context = DatasetContext(
            organizationIDs: organizations.map(\.id), themeIDs: themes.map(\.id),
            defaultOrganization: portal?.publisherID, messages: messages, previewRows: options.previewRows)
        var datasets = await loadDatasets(context, history: reading, &diagnostics)
        let history = await reading.value
        datasets.sort { $0.id < $1.id }
        let datasetIDs = datasets.map(\.id)
        let reuses = loadReuses(datasetIDs: datasetIDs, messages, &diagnostics)
        let pages = loadPages(messages, &diagnostics)
        let news = loadNews(messages, &diagnostics)
        let assets = listAssets(messages, &diagnostics)
        checkPublishedPaths(pages: pages, news: news, messages, &diagnostics)

        // A schema shared by several datasets reports its own problems once.
        diagnostics = Array(Set(diagnostics)).sorted()
        guard let portal, !diagnostics.contains(where: { $0.severity == .error }) else {
            return LoadResult(catalog: nil, diagnostics: diagnostics, language: messages.language)
        }
        let kept = await keepingVersions(history.history, of: datasets, keep: options.keepVersions ? portal.historyVersions : 0)
        let catalog = Catalog(portal: portal, organizations: organizations, themes: themes, datasets: datasets,
                              reuses: reuses, pages: pages, news: news, assets: assets, history: kept)
        return LoadResult(catalog: catalog, diagnostics: diagnostics, language: messages.language)
    }

    /// Parses one YAML file of the repository; nil root (with diagnostics) when unreadable.
    func parseYAML(_ relative: String, _ messages: Messages, _ diagnostics: inout [Diagnostic]) -> YAMLNode? {
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(absolute(relative), limit: 4 << 20 + 1)
        } catch {
            diagnostics.append(.error(SourceLocation(file: relative), "file.unreadable", messages.unreadable(relative)))
            return nil
        }
        let (root, found) = YAMLDocument.parse(bytes, file: relative, language: messages.language)
        diagnostics += found
        return root
    }

    /// YAML files of a folder (`.yaml` and `.yml`), repository-relative, sorted.
    func yamlFiles(in folder: String) -> [String] {
        (fileSystem.list(absolute(folder)) ?? [])
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }
            .map { folder + "/" + $0 }
    }

    /// YAML files of a folder whose name (without extension) is an id, sorted; a file that repeats the id of an earlier
    /// one (`mairie.yml` after `mairie.yaml`) is reported and left out: both would take one address.
    func idFiles(in folder: String, _ messages: Messages, _ diagnostics: inout [Diagnostic]) -> [String] {
        var seen: [String: String] = [:]
        return yamlFiles(in: folder).filter { file in
            // An id that is not a slug is reported on its own (checkID) and takes no address.
            guard WebAddress.isSlug(Self.stem(file)) else { return true }
            let key = Self.stem(file)
            if let other = seen[key] {
                diagnostics.append(.error(SourceLocation(file: file), "id.duplicate", messages.duplicateID(Self.stem(file), other),
                                          hint: messages.duplicateIDHint))
                return false
            }
            seen[key] = file
            return true
        }
    }

    /// The file name without its extension.
    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    /// Reports a file id that is not a slug.
    func checkID(_ id: String, file: String, _ messages: Messages, _ diagnostics: inout [Diagnostic]) -> Bool {
        guard WebAddress.isSlug(id) else {
            let suggestion = WebAddress.slug(from: id)
            diagnostics.append(.error(SourceLocation(file: file), "id.invalid", messages.badID(id, suggestion: suggestion),
                                      hint: messages.badIDHint(suggestion)))
            return false
        }
        return true
    }
}
