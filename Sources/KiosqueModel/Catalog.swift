/// The whole validated portal: plain values, sorted by id, frozen before anything is derived or rendered.
public struct Catalog: Sendable, Equatable {
    public let portal: Portal
    public let organizations: [Organization]
    public let themes: [Theme]
    public let datasets: [Dataset]
    public let reuses: [Reuse]
    public let pages: [Page]
    /// Newest first.
    public let news: [NewsPost]
    /// Files under `site/assets/`, repository-relative, copied as they are.
    public let assets: [String]
    /// The Git history of `data/` and `site/reuses/`; empty without Git.
    public let history: RepositoryHistory

    public init(portal: Portal, organizations: [Organization], themes: [Theme], datasets: [Dataset],
                reuses: [Reuse], pages: [Page], news: [NewsPost], assets: [String], history: RepositoryHistory = .empty) {
        self.portal = portal
        self.organizations = organizations.sorted { $0.id < $1.id }
        self.themes = themes
        self.datasets = datasets.sorted { $0.id < $1.id }
        self.reuses = reuses.sorted { $0.id < $1.id }
        self.pages = pages.sorted { $0.slug < $1.slug }
        self.news = news.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }
        self.assets = assets.sorted()
        self.history = history
    }

    /// By binary search: organizations are sorted by id, and a national catalogue has hundreds.
    public func organization(_ id: String) -> Organization? {
        var low = 0, high = organizations.count
        while low < high {
            let middle = (low + high) / 2
            if organizations[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < organizations.count && organizations[low].id == id ? organizations[low] : nil
    }
    public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }
}
