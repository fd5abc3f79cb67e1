import Foundation
import KiosqueDigest
import KiosqueModel
import KiosqueSearch

/// Lookups built once over the frozen catalog, so that no page scans every dataset.
struct CatalogIndex: Sendable {
    let organizations: [String: Organization]
    let themes: [String: Theme]
    let datasetsByOrganization: [String: [Dataset]]
    let datasetsByTheme: [String: [Dataset]]
    let reusesByDataset: [String: [Reuse]]
    /// The fingerprint of each reuse a dataset's page lists (in `reusesByDataset`'s order), for the page's input key:
    /// the reuse printed with `String(reflecting:)` once per build, not once per page.
    let reuseFingerprints: [String: [ContentHash]]
    /// The same fingerprint by reuse id, for the reuse's own page.
    let reuseFingerprint: [String: ContentHash]
    let datasets: [String: Dataset]
    /// Most recently modified first, then by id.
    let latest: [Dataset]
    /// Git commits per dataset folder (`data/budget`), newest first, each with that folder's files only.
    let commitsByFolder: [String: [RepositoryHistory.Commit]]
    /// Every value of each facet, most used first.
    let facets: [SearchFacet: [SearchFacet.Value]]
    /// By title, then by id: the order of the lists without JavaScript.
    let byTitle: [Dataset]
    /// The datasets of each facet value (by facet, then key), by title then id, as positions in `byTitle`: sorted
    /// once, not once per page (`facetDatasets(_:_:)` gives the datasets).
    let facetPositions: [SearchFacet: [String: [Int]]]

    /// `facets`, when given, are the facet values already computed for this catalog (`SearchFacet.allValues`).
    init(_ catalog: Catalog, facets given: [(facet: SearchFacet, values: [SearchFacet.Value])]? = nil) {
        let datasetList = catalog.datasets
        // The facets (the costliest part) on one thread, the rest on another: the pages wait for this.
        nonisolated(unsafe) var facetValues: [SearchFacet: [SearchFacet.Value]] = [:]
        nonisolated(unsafe) var facetLists: [SearchFacet: [String: [Int]]] = [:]
        nonisolated(unsafe) var fingerprints: [String: [ContentHash]] = [:]
        nonisolated(unsafe) var fingerprintByReuse: [String: ContentHash] = [:]
        nonisolated(unsafe) var commits: [String: [RepositoryHistory.Commit]] = [:]
        nonisolated(unsafe) var titleOrder: [Dataset] = []
        nonisolated(unsafe) var recent: [Dataset] = []
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let facets = Dictionary(uniqueKeysWithValues: (given ?? SearchFacet.allValues(in: catalog)).map { ($0.facet, $0.values) })
                // By title, then by id; the lists of each facet value in that order.
                let folded = datasetList.map { TextAnalyzer.fold($0.title) }
                let order = datasetList.indices.sorted { (folded[$0], datasetList[$0].id) < (folded[$1], datasetList[$1].id) }
                var rank: [String: Int] = [:]
                rank.reserveCapacity(order.count)
                for (position, index) in order.enumerated() { rank[datasetList[index].id] = position }
                facetLists = facets.mapValues { values in
                    Dictionary(values.map { value in
                        (value.key, value.datasetIDs.compactMap { rank[$0] }.sorted())
                    }, uniquingKeysWith: { first, _ in first })
                }
                facetValues = facets
                titleOrder = order.map { datasetList[$0] }
            } else {
                recent = datasetList.indices.sorted { a, b in
                    let (x, y) = (datasetList[a].modified?.epochSeconds ?? Int64.min, datasetList[b].modified?.epochSeconds ?? Int64.min)
                    return x != y ? x > y : datasetList[a].id < datasetList[b].id
                }.map { datasetList[$0] }
                for reuse in catalog.reuses {
                    let fingerprint = Self.fingerprint(reuse)
                    fingerprintByReuse[reuse.id] = fingerprint
                    for id in reuse.datasetIDs { fingerprints[id, default: []].append(fingerprint) }
                }
                commits = catalog.history.commitsByDatasetFolder()
            }
        }
        organizations = Dictionary(catalog.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        themes = Dictionary(catalog.themes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        datasets = Dictionary(datasetList.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byOrganization: [String: [Dataset]] = [:]
        var byTheme: [String: [Dataset]] = [:]
        for dataset in datasetList {
            byOrganization[dataset.organizationID, default: []].append(dataset)
            for theme in dataset.themeIDs { byTheme[theme, default: []].append(dataset) }
        }
        datasetsByOrganization = byOrganization
        datasetsByTheme = byTheme
        var byDataset: [String: [Reuse]] = [:]
        for reuse in catalog.reuses {
            for id in reuse.datasetIDs { byDataset[id, default: []].append(reuse) }
        }
        reusesByDataset = byDataset
        reuseFingerprints = fingerprints
        reuseFingerprint = fingerprintByReuse
        commitsByFolder = commits
        facets = facetValues
        facetPositions = facetLists
        byTitle = titleOrder
        latest = recent
    }

    /// Every field of a reuse, hashed (`String(reflecting:)` cost 0.1 ms per reuse): a field added to `Reuse` must be
    /// added here (`CatalogIndexTests` counts them).
    static func fingerprint(_ reuse: Reuse) -> ContentHash {
        var hasher = ContentHasher()
        func optional(_ text: String?) {
            hasher.update(text == nil ? 0 : 1)
            hasher.update(text ?? "")
        }
        hasher.update(reuse.id)
        hasher.update(reuse.title)
        optional(reuse.description)
        hasher.update(reuse.url)
        hasher.update(reuse.kind.rawValue)
        optional(reuse.image)
        hasher.update(reuse.author == nil ? 0 : 1)
        hasher.update(reuse.author?.name ?? "")
        optional(reuse.author?.url)
        hasher.update(reuse.datasetIDs.count)
        reuse.datasetIDs.forEach { hasher.update($0) }
        switch reuse.date {
        case nil: hasher.update(0)
        case let .day(year, month, day)?:
            hasher.update(1)
            [year, month, day].forEach { hasher.update($0) }
        case let .instant(seconds, offset)?:
            hasher.update(2)
            hasher.update(Int(seconds))
            hasher.update(offset)
        }
        hasher.update(reuse.featured ? 1 : 0)
        return hasher.finish()
    }

    /// How many datasets have a facet value.
    func facetCount(_ facet: SearchFacet, _ key: String) -> Int { facetPositions[facet]?[key]?.count ?? 0 }

    /// The datasets of one page of a facet value's list, by title then id.
    func facetDatasets(_ facet: SearchFacet, _ key: String, page: Int) -> [Dataset] {
        DatasetListing.slice(facetPositions[facet]?[key] ?? [], page: page).map { byTitle[$0] }
    }
}
