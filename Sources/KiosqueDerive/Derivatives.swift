import Foundation
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
        let span = DCATBuilder.Span(catalog)
        let dates = (span.issued?.iso8601 ?? "") + " " + (span.modified?.iso8601 ?? "")
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
                // The page in its three syntaxes, unless the output holds it made from the same datasets; the file of
                // each dataset that changed.
                let pagePaths = CatalogFeed.Syntax.allCases.map { CatalogFeed.path(page: page, $0) }
                let keepPage = reuse.map { reuse in pagePaths.allSatisfy { reuse.holds($0, key: key) } } ?? false
                var made = KeyedArtifacts()
                var wanted: Set<String> = []
                var fileKeys: [String: ContentHash] = [:]
                for dataset in datasets {
                    let path = "datasets/\(dataset.id)/dataset.jsonld"
                    let own = datasetKey("dataset.jsonld", dataset)
                    if let reuse, reuse.holds(path, key: own) {
                        made.add(reuse.kept(path), key: own)
                    } else {
                        wanted.insert(dataset.id)
                        if let own { fileKeys[path] = own }
                    }
                }
                if keepPage, let reuse { for path in pagePaths { made.add(reuse.kept(path), key: key) } }
                // Each dataset's subjects, printed, are kept between builds: a page remade for one changed dataset
                // prints only that one's.
                let stored = reuse?.fragments.map { store in
                    CatalogPage.SubjectStore(key: { datasetKey("catalog-subjects", $0) }, store: store)
                }
                for artifact in CatalogFeed.artifacts(catalog, page: page, pageSize: catalogPageSize, pageFiles: !keepPage,
                                                      datasetFiles: { wanted.contains($0.id) }, span: span, subjects: stored) {
                    made.add(artifact, key: artifact.path.hasSuffix("/dataset.jsonld") ? fileKeys[artifact.path] : key)
                }
                return made
            })
        }
        jobs.append(Job(name: "data.json") {
            guard let frame = DataJSON.frame(catalog) else {
                return DataJSON.document(catalog).map { [Artifact(path: "data.json", body: .bytes($0.serializedBytes()))] } ?? []
            }
            // Entries made a thousand at a time on every core (or kept from an earlier build), each group appended to
            // the file's bytes before the next: the entries of a large catalogue are never all held at once.
            var bytes = Array(frame.before.utf8)
            let datasets = catalog.datasets
            for start in stride(from: 0, to: datasets.count, by: 1000) {
                let end = min(start + 1000, datasets.count)
                let entries = [[UInt8]](unsafeUninitializedCapacity: end - start) { buffer, count in
                    let base = SendablePointer(pointer: buffer.baseAddress)
                    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, (end - start) / 64))
                    DispatchQueue.concurrentPerform(iterations: workers) { worker in
                        for index in stride(from: start + worker, to: end, by: workers) {
                            let dataset = datasets[index]
                            let key = datasetKey("data.json", dataset)
                            var entry: [UInt8]
                            if let key, let kept = reuse?.fragments?.fragment(key) {
                                entry = kept
                            } else {
                                entry = Array(DataJSON.entryText(dataset, in: catalog).utf8)
                                if let key { reuse?.fragments?.store(fragment: entry, key: key) }
                            }
                            (base.pointer! + (index - start)).initialize(to: entry)
                        }
                    }
                    count = end - start
                }
                for (offset, entry) in entries.enumerated() {
                    if start + offset > 0 { bytes += Array(",\n".utf8) }
                    bytes += Array("    ".utf8)
                    bytes += entry
                }
            }
            bytes += Array(frame.after.utf8)
            return [Artifact(path: "data.json", body: .bytes(bytes))]
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
                        made.add(Artifact(path: path, body: .bytes(package.serializedBytes())), key: key)
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

/// A pointer handed to the workers that fill distinct elements of one buffer.
struct SendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>?
}
