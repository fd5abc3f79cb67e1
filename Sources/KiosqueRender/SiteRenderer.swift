import Foundation
import KiosqueDerive
import KiosqueDigest
import KiosqueModel
import KiosqueSearch
import KiosqueTemplate

/// Renders the frozen catalog into artifacts: HTML pages through the theme's templates, in parallel,
/// plus the files published as they are (data files, assets, images).
public struct SiteRenderer: Sendable {
    /// A template of the theme that cannot be used: which, where, and why (in the portal's language).
    public struct TemplateError: Sendable, CustomStringConvertible {
        public let template: String
        public let line: Int
        public let column: Int
        public let message: String
        public let hint: String
        public var description: String { "\(template):\(line):\(column): \(message)" }
    }

    /// Every template of the theme that cannot be used, all found in one pass.
    public struct TemplateErrors: Error, Sendable {
        public let errors: [TemplateError]
    }

    let catalog: Catalog
    let theme: ThemeBundle
    let options: RenderOptions
    let library: TemplateLibrary
    let root: String
    /// The lookups every page uses, built once.
    let index: CatalogIndex
    /// Every HTML page, listed once per build.
    let pages: [PageKind]
    /// The output path of every HTML page (in `pages`' order), for the sitemap.
    public let pagePaths: [String]

    /// Compiles the templates once; `repositoryRoot` is where copied files are read from.
    public init(catalog: Catalog, theme: ThemeBundle, options: RenderOptions, repositoryRoot: String) throws(TemplateErrors) {
        let language = catalog.portal.language
        var templates: [String: Template] = [:]
        var errors: [TemplateError] = []
        for (name, source) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                templates[name] = try Template(source)
            } catch {
                errors.append(TemplateError(name, error, language))
            }
        }
        let library = TemplateLibrary(templates)
        if errors.isEmpty { errors = library.unknownPartials().map { TemplateError($0.template, $0.error, language) } }
        guard errors.isEmpty else { throw TemplateErrors(errors: errors) }
        self.catalog = catalog
        self.theme = theme
        self.options = options
        self.library = library
        self.root = repositoryRoot
        index = CatalogIndex(catalog)
        pages = PageKind.all(catalog, index)
        pagePaths = pages.map(\.path)
    }

    /// The values of every facet (`SearchFacet.allValues`), computed once for the pages and the search index.
    public var facetValues: [(facet: SearchFacet, values: [SearchFacet.Value])] {
        SearchFacet.allCases.map { ($0, index.facets[$0] ?? []) }
    }

    /// Every page and published file, handed to `emit` as they are made (a few pages at a time, from several threads),
    /// with the input key of each that has one (`PageKind.inputKey`). With `reuse`, a page whose key is the one the
    /// current output's page was rendered from is not rendered again: its artifact copies the current output's file.
    public func render(workers: Int, reuse: PageReuse?, emit: @escaping @Sendable ([Artifact], [String: ContentHash]) -> Void) async {
        let (pages, paths) = (pages, pagePaths)
        let context = PageContext(catalog: catalog, theme: theme, options: options, links: SiteLinks(baseURL: catalog.portal.baseURL),
                                  format: Formatter(language: catalog.portal.language), index: index, fragments: reuse?.fragments,
                                  salt: reuse?.salt ?? .zero)
        let global = reuse.map { globalKey(salt: $0.salt) }
        let trace = ProcessInfo.processInfo.environment["KIOSQUE_TRACE"] != nil
        // Pages and datasets are taken a few at a time by whichever worker is free, and each worker yields between
        // them: the derive jobs queued beside the render (the search index, the catalogue pages) start early instead of
        // running alone once every page is made.
        let pageCursor = WorkCursor(), datasetCursor = WorkCursor()
        await withTaskGroup(of: Void.self) { group in
            let count = max(1, workers)
            for worker in 0..<count {
                group.addTask { [library] in
                    var batch: [Artifact] = []
                    var keys: [String: ContentHash] = [:]
                    var (made, kept) = (0, 0)
                    while let positions = pageCursor.take(Self.chunk, of: pages.count) {
                        for position in positions {
                            let page = pages[position], path = paths[position]
                            made += 1
                            if let reuse, let global, let key = page.inputKey(context, path: path, global: global, datasetKeys: reuse.datasetKeys) {
                                keys[path] = key
                                if reuse.previousKeys[path] == key {
                                    batch.append(reuse.kept(path))
                                    kept += 1
                                    continue
                                }
                            }
                            let html = library.render(page.template, TemplateValue(any: page.values(context))) ?? []
                            batch.append(Artifact(path: path, body: .bytes(html)))
                        }
                        emit(batch, keys)
                        batch.removeAll(keepingCapacity: true)
                        keys.removeAll(keepingCapacity: true)
                        await Task.yield()
                    }
                    // Each dataset's files (copies, derived copies, profiles.json) on every core too.
                    while let positions = datasetCursor.take(Self.chunk, of: catalog.datasets.count) {
                        var files = KeyedArtifacts()
                        for position in positions {
                            let made = datasetFiles(catalog.datasets[position], reuse: reuse, global: global)
                            files.artifacts += made.artifacts
                            files.keys.merge(made.keys) { first, _ in first }
                        }
                        emit(files.artifacts, files.keys)
                        await Task.yield()
                    }
                    if trace { print("trace: render worker \(worker): \(made) pages, \(kept) kept") }
                }
            }
        }
        emit(siteFiles(), [:])
        emit(versionFiles() + [feed(context)], [:])
    }

    /// How many pages or datasets a worker takes at a time.
    static let chunk = 32

    /// A dataset's files: its data files as they are, the derived copies of its tables and `profiles.json`.
    func datasetFiles(_ dataset: Dataset, reuse: OutputReuse?, global: ContentHash?) -> KeyedArtifacts {
        var files: [Artifact] = []
        for distribution in dataset.distributions {
            if case let .file(name, repositoryPath, _) = distribution.source {
                files.append(Artifact(path: SiteLinks.dataset(dataset.id) + name, body: .copy(sourcePath: root + "/" + repositoryPath)))
            }
        }
        var keyed = tableFiles(of: dataset, reuse: reuse, global: global)
        keyed.artifacts = files + keyed.artifacts
        return keyed
    }

    /// The site's assets, the images of organizations, reuses and news, the theme's static files.
    func siteFiles() -> [Artifact] {
        var files: [Artifact] = []
        for asset in catalog.assets {
            files.append(Artifact(path: "assets/" + asset.dropFirst("site/assets/".count), body: .copy(sourcePath: root + "/" + asset)))
        }
        func image(_ path: String?, owner: String) {
            guard let path, !path.hasPrefix("site/assets/") else { return }
            files.append(Artifact(path: owner + PageContext.fileName(path), body: .copy(sourcePath: root + "/" + path)))
        }
        for organization in catalog.organizations { image(organization.logo, owner: SiteLinks.organization(organization.id)) }
        for reuse in catalog.reuses { image(reuse.image, owner: SiteLinks.reuse(reuse.id)) }
        for post in catalog.news { image(post.image, owner: SiteLinks.news(post.slug)) }
        for (path, bytes) in theme.assets { files.append(Artifact(path: "theme/" + path, body: .bytes(bytes))) }
        return files
    }
}
