import KiosqueDigest
import KiosqueModel

/// Machine-readable files derived from the catalog, with no disk access: the DCAT-AP catalogue, data.json,
/// Data Packages, `SHA256SUMS`, `sitemap.xml` and `robots.txt`.
public enum Derivatives {
    /// One part of the derived files, independent of the others: the build runs them in parallel.
    public struct Job: Sendable {
        public let name: String
        public let make: @Sendable () -> KeyedArtifacts

        public init(name: String, make: @escaping @Sendable () -> KeyedArtifacts) {
            self.name = name
            self.make = make
        }

        public init(name: String, artifacts: @escaping @Sendable () -> [Artifact]) {
            self.init(name: name) { KeyedArtifacts(artifacts: artifacts()) }
        }
    }

    /// Datasets per Data Package job.
    static let packagesPerJob = 250

    /// Every derived file, as independent jobs: each catalogue page (with its datasets' `dataset.jsonld`), data.json,
    /// the Data Packages by groups of datasets, and `SHA256SUMS` with the sitemap and `robots.txt`.
    ///
    /// With `reuse`, the files that are a function of a few datasets (catalogue pages, `dataset.jsonld`,
    /// `datapackage.json`) get an input key, and those whose key the current output already holds are kept as they
    /// are. A key covers what the file reads: the portal, organizations and themes, the build date, the datasets of
    /// the page and those whose published schema they name, and for the catalogue pages the catalogue's dates. A
    /// file that comes to read more must add it to its key.
    public static func jobs(from catalog: Catalog, now: DateStamp, htmlPages: [String] = [],
                            catalogPageSize: Int = CatalogFeed.defaultPageSize, reuse: OutputReuse? = nil) -> [Job] {
        let global = reuse.map { globalKey(catalog, now: now, pageSize: catalogPageSize, salt: $0.salt) }
        @Sendable func datasetKey(_ kind: String, _ dataset: Dataset) -> ContentHash? {
            guard let reuse, let global, let own = reuse.datasetKeys[dataset.id] else { return nil }
            var hasher = ContentHasher()
            hasher.update(global)
            hasher.update(kind)
            hasher.update(dataset.id)
            hasher.update(own)
            for other in catalog.schemaOwners(of: dataset) {
                hasher.update(other)
                if let key = reuse.datasetKeys[other] { hasher.update(key) } else { hasher.update("-") }
            }
            return hasher.finish()
        }
        var jobs: [Job] = []
        let pageCount = CatalogFeed.pageCount(catalog, pageSize: catalogPageSize)
        // The catalogue node states the first issue and the last change of the whole catalogue, on every page.
        let dates = (catalog.datasets.compactMap(\.issued).min()?.iso8601 ?? "") + " " + (catalog.datasets.compactMap(\.modified).max()?.iso8601 ?? "")
        for page in 0..<pageCount {
            let start = page * catalogPageSize
            let datasets = catalog.datasets[min(start, catalog.datasets.count)..<min(start + catalogPageSize, catalog.datasets.count)]
            var pageKey: ContentHash?
            if let global {
                var hasher = ContentHasher()
                hasher.update(global)
                hasher.update("catalog-page")
                hasher.update(page)
                hasher.update(pageCount)
                hasher.update(catalog.datasets.count)
                hasher.update(dates)
                var complete = true
                for dataset in datasets {
                    // A dataset's own file is the page's graph seen from it: it depends on the page, not only on it.
                    guard let own = datasetKey("catalog", dataset) else {
                        complete = false
                        break
                    }
                    hasher.update(own)
                }
                pageKey = complete ? hasher.finish() : nil
            }
            let key = pageKey
            jobs.append(Job(name: "catalog-\(page)") {
                let pagePaths = CatalogFeed.Syntax.allCases.map { CatalogFeed.path(page: page, $0) }
                if let reuse, let key, pagePaths.allSatisfy({ reuse.holds($0, key: key) }),
                   datasets.allSatisfy({ reuse.holds("datasets/\($0.id)/dataset.jsonld", key: key) }) {
                    var kept = KeyedArtifacts()
                    for path in pagePaths + datasets.map({ "datasets/\($0.id)/dataset.jsonld" }) { kept.add(reuse.kept(path), key: key) }
                    return kept
                }
                var made = KeyedArtifacts()
                for artifact in CatalogFeed.artifacts(catalog, page: page, pageSize: catalogPageSize) { made.add(artifact, key: key) }
                return made
            })
        }
        jobs.append(Job(name: "data.json") {
            DataJSON.document(catalog).map { [Artifact(path: "data.json", text: $0.serialized())] } ?? []
        })
        for start in stride(from: 0, to: catalog.datasets.count, by: packagesPerJob) {
            jobs.append(Job(name: "datapackages-\(start)") {
                var made = KeyedArtifacts()
                for dataset in catalog.datasets[start..<min(start + packagesPerJob, catalog.datasets.count)] {
                    let path = "datasets/\(dataset.id)/datapackage.json"
                    let key = datasetKey("datapackage", dataset)
                    if let reuse, reuse.holds(path, key: key) {
                        made.add(reuse.kept(path), key: key)
                    } else if let package = DataPackage.document(dataset, in: catalog) {
                        made.add(Artifact(path: path, text: package.serialized()), key: key)
                    }
                }
                return made
            })
        }
        jobs.append(Job(name: "lists") {
            var artifacts = [Artifact(path: "SHA256SUMS", text: Checksums.file(catalog))]
            if let sitemap = Sitemap.document(catalog, pages: htmlPages) { artifacts.append(Artifact(path: "sitemap.xml", text: sitemap)) }
            artifacts.append(Artifact(path: "robots.txt", text: Sitemap.robots(catalog)))
            return artifacts
        })
        return jobs
    }

    /// What every derived file reads besides datasets: the portal, organizations, themes, the build date, the page size.
    static func globalKey(_ catalog: Catalog, now: DateStamp, pageSize: Int, salt: ContentHash) -> ContentHash {
        var hasher = ContentHasher()
        hasher.update(salt)
        hasher.update("derive")
        hasher.update(String(reflecting: catalog.portal))
        for organization in catalog.organizations { hasher.update(String(reflecting: organization)) }
        for theme in catalog.themes { hasher.update(String(reflecting: theme)) }
        hasher.update(String(reflecting: now))
        hasher.update(pageSize)
        return hasher.finish()
    }

    /// `htmlPages` are the output paths of the rendered pages, for the sitemap.
    public static func build(from catalog: Catalog, now: DateStamp, htmlPages: [String] = [],
                             catalogPageSize: Int = CatalogFeed.defaultPageSize) -> [Artifact] {
        jobs(from: catalog, now: now, htmlPages: htmlPages, catalogPageSize: catalogPageSize).flatMap { $0.make().artifacts }
            .sorted { $0.path < $1.path }
    }
}
