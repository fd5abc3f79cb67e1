import KiosqueDerive
import KiosqueDigest
import KiosqueModel
import KiosqueQuality

/// What an incremental build knows of the previous one, for the renderer (`OutputReuse`).
public typealias PageReuse = OutputReuse

extension PageKind {
    /// The key of everything this page's values are made of, or nil for the pages that read the whole catalog (the
    /// home page, the first page of the list, the portal's quality page…): those are rendered at every build. The
    /// Socle commun page reads a few fields of every dataset: its key holds them.
    ///
    /// Every key starts from `global` (portal, organizations, themes, editorial pages, the theme's files, the build
    /// date) and adds the page's own inputs: the load keys of the datasets it shows, the reuses and Git commits it
    /// lists. A page that comes to read more (another dataset, the news…) must add it here, or return nil.
    /// `path` is the page's `path`, made once by the caller.
    func inputKey(_ context: PageContext, path: String, global: ContentHash, datasetKeys: [String: ContentHash]) -> ContentHash? {
        var hasher = ContentHasher()
        hasher.update(global)
        hasher.update(path)
        hasher.update(template)
        var complete = true
        func add(_ dataset: Dataset) {
            guard let key = datasetKeys[dataset.id] else {
                complete = false
                return
            }
            hasher.update(dataset.id)
            hasher.update(key)
        }
        func add(_ datasets: some Collection<Dataset>) {
            hasher.update(datasets.count)
            datasets.forEach(add)
        }
        let index = context.index
        switch self {
        case .notFound:
            break
        case let .dataset(dataset):
            add(dataset)
            for fingerprint in index.reuseFingerprints[dataset.id] ?? [] { hasher.update(fingerprint) }
            // A commit's hash names its date, subject and changes.
            for commit in index.commitsByFolder["data/" + dataset.id] ?? [] { hasher.update(commit.hash) }
            for distribution in dataset.distributions {
                guard case let .file(_, repositoryPath, _) = distribution.source else { continue }
                for version in context.catalog.history.versions[repositoryPath] ?? [] { hasher.update(String(reflecting: version)) }
            }
        case let .datasetPage(number):
            hasher.update(context.catalog.datasets.count)
            add(DatasetListing.slice(index.byTitle, page: number))
        case let .facetValue(facet, value, page):
            hasher.update(facet.rawValue)
            hasher.update(value.key)
            hasher.update(value.label)
            hasher.update(value.datasetIDs.count)
            add(index.facetDatasets(facet, value.key, page: page))
        case let .organization(organization), let .organizationQuality(organization):
            add(index.datasetsByOrganization[organization.id] ?? [])
        case let .theme(theme):
            add(index.datasetsByTheme[theme.id] ?? [])
        case let .reuse(reuse):
            // The reuse as printed once per build (`CatalogIndex.reuseFingerprint`).
            hasher.update(index.reuseFingerprint[reuse.id] ?? CatalogIndex.fingerprint(reuse))
            for id in reuse.datasetIDs {
                if let dataset = index.datasets[id] { add(dataset) } else { hasher.update("-" + id) }
            }
        case .socleCommun:
            // What `SocleCommun.status` and the page read of each dataset: its id, title, keywords and declared schemas.
            // A one-dataset edit that leaves them (a description, a table) leaves the page as it is.
            let datasets = context.catalog.datasets
            hasher.update(datasets.count)
            for dataset in datasets {
                hasher.update(dataset.id)
                hasher.update(dataset.title)
                hasher.update(dataset.keywords.count)
                dataset.keywords.forEach { hasher.update($0) }
                hasher.update(dataset.schema ?? "\u{0}")
                hasher.update(dataset.distributions.count)
                for distribution in dataset.distributions { hasher.update(distribution.schema ?? "\u{0}") }
            }
        case .quality:
            // What the portal's quality page reads of each dataset: its id, title and organization, and its report
            // (criteria met or not, score, late or not) at the build's date. An edit that leaves the reports leaves it.
            let datasets = context.catalog.datasets
            hasher.update(datasets.count)
            for dataset in datasets {
                let report = context.quality(dataset)
                hasher.update(dataset.id)
                hasher.update(dataset.title)
                hasher.update(dataset.organizationID)
                hasher.update(report.checks.count)
                for check in report.checks {
                    hasher.update(check.criterion.rawValue)
                    hasher.update(check.passed ? 1 : 0)
                }
                hasher.update(report.score)
                hasher.update(report.isOverdue ? 1 : 0)
            }
        default:
            return nil
        }
        return complete ? hasher.finish() : nil
    }
}

extension SiteRenderer {
    /// What every page reads: the portal, organizations, themes, editorial pages, the theme's templates, translations
    /// and assets, the render options. Values print the same in every run (no dictionary among them); the theme's
    /// dictionaries are hashed in key order.
    func globalKey(salt: ContentHash) -> ContentHash {
        var hasher = ContentHasher()
        hasher.update(salt)
        hasher.update(String(reflecting: catalog.portal))
        for organization in catalog.organizations { hasher.update(String(reflecting: organization)) }
        for theme in catalog.themes { hasher.update(String(reflecting: theme)) }
        for page in catalog.pages { hasher.update(String(reflecting: page)) }
        hasher.update(catalog.assets.count)
        catalog.assets.forEach { hasher.update($0) }
        hasher.update(String(reflecting: options))
        for (name, source) in theme.templates.sorted(by: { $0.key < $1.key }) {
            hasher.update(name)
            hasher.update(source)
        }
        for (key, text) in theme.translations.sorted(by: { $0.key < $1.key }) {
            hasher.update(key)
            hasher.update(text)
        }
        for (path, bytes) in theme.assets.sorted(by: { $0.key < $1.key }) {
            hasher.update(path)
            hasher.update(ContentHash.of(bytes))
        }
        return hasher.finish()
    }
}
