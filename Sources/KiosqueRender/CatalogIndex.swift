import KiosqueModel
import KiosqueSearch

/// Lookups built once over the frozen catalog, so that no page scans every dataset.
struct CatalogIndex: Sendable {
    let organizations: [String: Organization]
    let themes: [String: Theme]
    let datasetsByOrganization: [String: [Dataset]]
    let datasetsByTheme: [String: [Dataset]]
    let reusesByDataset: [String: [Reuse]]
    let datasets: [String: Dataset]
    /// Most recently modified first, then by id.
    let latest: [Dataset]
    /// Git commits per dataset folder (`data/budget`), newest first, each with that folder's files only.
    let commitsByFolder: [String: [RepositoryHistory.Commit]]
    /// Every value of each facet, most used first.
    let facets: [SearchFacet: [SearchFacet.Value]]
    /// By title, then by id: the order of the lists without JavaScript.
    let byTitle: [Dataset]
    /// The datasets of each facet value (by facet, then key), by title then id: sorted once, not once per page.
    let facetDatasets: [SearchFacet: [String: [Dataset]]]

    init(_ catalog: Catalog) {
        organizations = Dictionary(catalog.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        themes = Dictionary(catalog.themes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        datasets = Dictionary(catalog.datasets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byOrganization: [String: [Dataset]] = [:]
        var byTheme: [String: [Dataset]] = [:]
        for dataset in catalog.datasets {
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
        commitsByFolder = catalog.history.commitsByDatasetFolder()
        facets = Dictionary(uniqueKeysWithValues: SearchFacet.allCases.map { ($0, $0.values(in: catalog)) })
        byTitle = catalog.datasets.map { (TextAnalyzer.fold($0.title), $0) }.sorted { ($0.0, $0.1.id) < ($1.0, $1.1.id) }.map(\.1)
        var rank: [String: Int] = [:]
        rank.reserveCapacity(byTitle.count)
        for (position, dataset) in byTitle.enumerated() { rank[dataset.id] = position }
        let ordered = byTitle
        facetDatasets = facets.mapValues { values in
            Dictionary(values.map { value in
                (value.key, value.datasetIDs.compactMap { rank[$0] }.sorted().map { ordered[$0] })
            }, uniquingKeysWith: { first, _ in first })
        }
        latest = catalog.datasets.sorted { a, b in
            let (x, y) = (a.modified?.epochSeconds ?? Int64.min, b.modified?.epochSeconds ?? Int64.min)
            return x != y ? x > y : a.id < b.id
        }
    }
}
