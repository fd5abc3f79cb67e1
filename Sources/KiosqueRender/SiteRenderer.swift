import KiosqueModel
import Mustache

/// Renders the frozen catalog into artifacts: HTML pages through the theme's templates, in parallel,
/// plus the files published as they are (data files, assets, images).
public struct SiteRenderer: Sendable {
    public struct TemplateError: Error, Sendable, CustomStringConvertible {
        public let template: String
        public let message: String
        public var description: String { "\(template): \(message)" }
    }

    let catalog: Catalog
    let theme: ThemeBundle
    let options: RenderOptions
    let library: MustacheLibrary
    let root: String

    /// Compiles the templates once; `repositoryRoot` is where copied files are read from.
    public init(catalog: Catalog, theme: ThemeBundle, options: RenderOptions, repositoryRoot: String) throws(TemplateError) {
        var library = MustacheLibrary()
        for (name, source) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(source, named: name)
            } catch {
                throw TemplateError(template: "templates/\(name).mustache", message: String(describing: error))
            }
        }
        self.catalog = catalog
        self.theme = theme
        self.options = options
        self.library = library
        self.root = repositoryRoot
    }

    /// The output path of every HTML page, for the sitemap.
    public var pagePaths: [String] { PageKind.all(catalog, CatalogIndex(catalog)).map(\.path) }

    /// Every page and published file, sorted by path.
    public func render(workers: Int = 4) async -> [Artifact] {
        let index = CatalogIndex(catalog)
        let pages = PageKind.all(catalog, index)
        let context = PageContext(catalog: catalog, theme: theme, options: options, links: SiteLinks(baseURL: catalog.portal.baseURL),
                                  format: Formatter(language: catalog.portal.language), index: index)
        let rendered = await withTaskGroup(of: [Artifact].self) { group in
            let count = max(1, workers)
            for worker in 0..<count {
                group.addTask { [library] in
                    stride(from: worker, to: pages.count, by: count).map { position in
                        let page = pages[position]
                        let values = TemplateValues.prepared(page.values(context))
                        let html = library.render(values, withTemplate: page.template) ?? ""
                        return Artifact(path: page.path, text: html)
                    }
                }
            }
            var all: [Artifact] = []
            for await part in group { all += part }
            return all
        }
        return (rendered + publishedFiles() + versionFiles() + [feed(context)]).sorted { $0.path < $1.path }
    }

    /// Files published byte for byte: data files, site assets, images, the theme's static files.
    func publishedFiles() -> [Artifact] {
        var files: [Artifact] = []
        for dataset in catalog.datasets {
            for distribution in dataset.distributions {
                if case let .file(name, repositoryPath, _) = distribution.source {
                    files.append(Artifact(path: SiteLinks.dataset(dataset.id) + name, body: .copy(sourcePath: root + "/" + repositoryPath)))
                }
            }
            files += tableFiles(of: dataset)
        }
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
