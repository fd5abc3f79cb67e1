import KiosqueModel
import KiosqueSearch

/// Every kind of HTML page, with its output path and template: the site's output table.
enum PageKind: Sendable {
    case home, datasetList, organizationList, themeList, reuseList, newsList, notFound
    case dataset(Dataset)
    case organization(Organization)
    case theme(Theme)
    case reuse(Reuse)
    case news(NewsPost)
    case page(Page)
    /// `datasets/page/<n>/`: the list of all datasets without JavaScript, from the second page.
    case datasetPage(Int)
    /// `datasets/keywords/<key>/` (formats, licenses), paged like the list.
    case facetValue(SearchFacet, SearchFacet.Value, page: Int)
    /// `quality/` for the portal, `organizations/<id>/quality/` for one organization.
    case quality
    case organizationQuality(Organization)
    /// `socle-commun/`: the SCDL datasets a commune is expected to publish, and which this portal publishes.
    case socleCommun
    /// `datasets/<id>/validation/<slug>/`: a file checked against its Table Schema, and its errors.
    case validation(Dataset, Distribution, slug: String)

    var path: String {
        switch self {
        case .home: "index.html"
        case .datasetList: "datasets/index.html"
        case .organizationList: "organizations/index.html"
        case .themeList: "themes/index.html"
        case .reuseList: "reuses/index.html"
        case .newsList: "news/index.html"
        case .notFound: "404.html"
        case let .dataset(dataset): SiteLinks.dataset(dataset.id) + "index.html"
        case let .organization(organization): SiteLinks.organization(organization.id) + "index.html"
        case let .theme(theme): SiteLinks.theme(theme.id) + "index.html"
        case let .reuse(reuse): SiteLinks.reuse(reuse.id) + "index.html"
        case let .news(post): SiteLinks.news(post.slug) + "index.html"
        case let .page(page): SiteLinks.page(page.slug) + "index.html"
        case let .datasetPage(number): SiteLinks.datasetPage(number) + "index.html"
        case let .facetValue(facet, value, page): SiteLinks.facet(facet, value.key, page: page) + "index.html"
        case .quality: SiteLinks.quality + "index.html"
        case let .organizationQuality(organization): SiteLinks.organization(organization.id) + "quality/index.html"
        case .socleCommun: SiteLinks.socleCommun + "index.html"
        case let .validation(dataset, _, slug): SiteLinks.validation(dataset.id, slug) + "index.html"
        }
    }

    var template: String {
        switch self {
        case .home: "home"
        case .datasetList: "datasets"
        case .organizationList: "organizations"
        case .themeList: "themes"
        case .reuseList: "reuses"
        case .newsList: "news"
        case .notFound: "404"
        case .dataset: "dataset"
        case .organization: "organization"
        case .theme: "theme"
        case .reuse: "reuse"
        case .news: "post"
        case .page: "page"
        case .datasetPage: "datasets"
        case .facetValue: "listing"
        case .quality, .organizationQuality: "quality"
        case .socleCommun: "socle"
        case .validation: "validation"
        }
    }

    /// The template's values for this page.
    func values(_ context: PageContext) -> [String: Any] {
        switch self {
        case .home: context.home(path: path).merging(context.homeActivity(path: path)) { first, _ in first }
        case .datasetList: context.datasetListing(page: 1, path: path)
        case .organizationList: context.organizationList(path: path)
        case .themeList: context.themeList(path: path)
        case .reuseList: context.reuseList(path: path).merging(context.reuseGallery(path: path)) { first, _ in first }
        case .newsList: context.newsList(path: path)
        case .notFound: context.notFound(path: path)
        case let .dataset(dataset): context.datasetPage(dataset, path: path).merging(context.datasetUpkeep(dataset, path: path)) { first, _ in first }
        case let .organization(organization): context.organizationPage(organization, path: path)
        case let .theme(theme): context.themePage(theme, path: path)
        case let .reuse(reuse): context.reusePage(reuse, path: path)
        case let .news(post): context.newsPage(post, path: path)
        case let .page(page): context.editorialPage(page, path: path)
        case let .datasetPage(number): context.datasetListing(page: number, path: path)
        case let .facetValue(facet, value, page): context.facetListing(facet, value, page: page, path: path)
        case .quality: context.qualityPage(nil, path: path)
        case let .organizationQuality(organization): context.qualityPage(organization, path: path)
        case .socleCommun: context.socleCommunPage(path: path)
        case let .validation(dataset, distribution, _): context.validationPage(dataset, distribution, path: path)
        }
    }

    /// Every page of a catalog.
    static func all(_ catalog: Catalog, _ index: CatalogIndex) -> [PageKind] {
        var pages: [PageKind] = [.home, .datasetList, .organizationList, .themeList, .reuseList, .newsList, .notFound]
        pages += catalog.datasets.map(PageKind.dataset)
        for dataset in catalog.datasets {
            pages += ValidationPages.reports(of: dataset).map { PageKind.validation(dataset, $0.distribution, slug: $0.slug) }
        }
        pages += catalog.organizations.map(PageKind.organization)
        pages += catalog.themes.filter { index.datasetsByTheme[$0.id] != nil }.map(PageKind.theme)
        pages += catalog.reuses.map(PageKind.reuse)
        pages += catalog.news.map(PageKind.news)
        pages += catalog.pages.map(PageKind.page)
        pages += DatasetListing.pageNumbers(catalog.datasets.count).dropFirst().map(PageKind.datasetPage)
        for facet in DatasetListing.facetsWithPages {
            for value in index.facets[facet] ?? [] {
                pages += DatasetListing.pageNumbers(value.datasetIDs.count).map { PageKind.facetValue(facet, value, page: $0) }
            }
        }
        pages += [.quality, .socleCommun]
        pages += catalog.organizations.map(PageKind.organizationQuality)
        return pages
    }
}
