import KiosqueSearch

extension SiteLinks {
    /// `datasets/page/<n>/`; the first page is `datasets/`.
    static func datasetPage(_ number: Int) -> String { number <= 1 ? "datasets/" : "datasets/page/\(number)/" }

    /// The page of a facet value: themes and organizations have their own sections, the other facets live under
    /// `datasets/` (`datasets/keywords/<key>/`, `datasets/formats/<key>/`, `datasets/licenses/<key>/`).
    static func facet(_ facet: SearchFacet, _ key: String, page: Int = 1) -> String {
        let base: String = switch facet {
        case .theme: theme(key)
        case .organization: organization(key)
        case .keyword: "datasets/keywords/\(key)/"
        case .format: "datasets/formats/\(key)/"
        case .license: "datasets/licenses/\(key)/"
        }
        return page <= 1 ? base : base + "page/\(page)/"
    }

    static let quality = "quality/"
    static let socleCommun = "socle-commun/"
    static let feed = "feed.atom"
    static let searchIndex = "search/"
}
