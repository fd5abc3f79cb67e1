import KiosqueDerive
import KiosqueMarkdown
import KiosqueModel

extension PageContext {
    func home(path: String) -> [String: Any] {
        var values = common(path: path, title: nil, description: catalog.portal.description, section: "home")
        let root = values["root"] as? String ?? ""
        let featured = catalog.datasets.filter(\.featured)
        let latestModified = index.latest.first?.modified
        values["featured"] = featured.map { card($0, root: root) }
        values["has_featured"] = !featured.isEmpty
        values["latest"] = index.latest.prefix(6).map { card($0, root: root) }
        values["reuses"] = (catalog.reuses.filter(\.featured) + catalog.reuses.filter { !$0.featured }).prefix(3).map { reuseCard($0, root: root) }
        values["has_reuses"] = !catalog.reuses.isEmpty
        values["news"] = catalog.news.prefix(3).map { newsCard($0, root: root) }
        values["has_news"] = !catalog.news.isEmpty
        values["figures"] = [
            ["value": format.integer(catalog.datasets.count), "label": t("figures.datasets"), "url": root + "datasets/"],
            ["value": format.integer(catalog.datasets.reduce(0) { $0 + $1.distributions.filter { $0.fileName != nil }.count }), "label": t("figures.files"), "url": root + "datasets/"],
            ["value": format.integer(catalog.organizations.count), "label": t("figures.organizations"), "url": root + "organizations/"],
            ["value": format.integer(index.datasetsByTheme.count), "label": t("figures.themes"), "url": root + "themes/"],
            ["value": format.integer(catalog.reuses.count), "label": t("figures.reuses"), "url": root + "reuses/"],
        ]
        values["last_update"] = latestModified.map(format.date) ?? ""
        values["structured_data_html"] = SchemaOrg.scriptElement(SchemaOrg.dataCatalog(catalog))
        return values
    }

    func organizationList(path: String) -> [String: Any] {
        var values = common(path: path, title: t("organizations.title"), description: nil, section: "organizations")
        let root = values["root"] as? String ?? ""
        values["organizations"] = catalog.organizations.map { organization -> [String: Any] in
            [
                "title": organization.name,
                "url": root + SiteLinks.organization(organization.id),
                "summary": Markdown.plainText(organization.description ?? "", limit: 200),
                "count": format.integer(index.datasetsByOrganization[organization.id]?.count ?? 0),
                "logo": organization.logo.map { root + assetURL($0, owner: SiteLinks.organization(organization.id)) } ?? "",
            ]
        }
        return values
    }

    func organizationPage(_ organization: Organization, path: String) -> [String: Any] {
        var values = common(path: path, title: organization.name, description: organization.description, section: "organizations")
        let root = values["root"] as? String ?? ""
        let datasets = index.datasetsByOrganization[organization.id] ?? []
        values["organization"] = [
            "title": organization.name,
            "description_html": markdown(organization.description, root: root),
            "type": organization.kind.map { t("organization.type.\($0.rawValue)") } ?? "",
            "siren": organization.siren ?? "",
            "url": organization.url.flatMap { isSafeExternal($0) ? $0 : nil } ?? "",
            "email": organization.email ?? "",
            "logo": organization.logo.map { root + assetURL($0, owner: SiteLinks.organization(organization.id)) } ?? "",
        ] as [String: Any]
        values["datasets"] = datasets.map { card($0, root: root) }
        values["count"] = format.integer(datasets.count)
        return values
    }

    func themeList(path: String) -> [String: Any] {
        var values = common(path: path, title: t("themes.title"), description: nil, section: "themes")
        let root = values["root"] as? String ?? ""
        values["themes"] = catalog.themes.filter { index.datasetsByTheme[$0.id] != nil }.map { theme -> [String: Any] in
            ["title": theme.label, "url": root + SiteLinks.theme(theme.id), "count": format.integer(index.datasetsByTheme[theme.id]?.count ?? 0)]
        }
        return values
    }

    func themePage(_ theme: Theme, path: String) -> [String: Any] {
        var values = common(path: path, title: theme.label, description: nil, section: "themes")
        let root = values["root"] as? String ?? ""
        let datasets = index.datasetsByTheme[theme.id] ?? []
        values["theme"] = ["title": theme.label]
        values["datasets"] = datasets.map { card($0, root: root) }
        values["count"] = format.integer(datasets.count)
        return values
    }

    func reuseList(path: String) -> [String: Any] {
        var values = common(path: path, title: t("reuses.title"), description: nil, section: "reuses")
        let root = values["root"] as? String ?? ""
        values["reuses"] = catalog.reuses.map { reuseCard($0, root: root) }
        values["propose_url"] = proposeReuseURL
        return values
    }

    func reusePage(_ reuse: Reuse, path: String) -> [String: Any] {
        var values = common(path: path, title: reuse.title, description: reuse.description, section: "reuses")
        let root = values["root"] as? String ?? ""
        var reuseValues = reuseCard(reuse, root: root)
        reuseValues["description_html"] = markdown(reuse.description, root: root)
        reuseValues["external_url"] = isSafeExternal(reuse.url) ? reuse.url : ""
        reuseValues["author_url"] = reuse.author?.url.flatMap { isSafeExternal($0) ? $0 : nil } ?? ""
        reuseValues["date"] = reuse.date.map(format.date) ?? ""
        reuseValues["image"] = reuse.image.map { SiteLinks.encodePath(Self.fileName($0)) } ?? ""
        values["reuse"] = reuseValues
        values["datasets"] = reuse.datasetIDs.compactMap { index.datasets[$0] }.map { card($0, root: root) }
        return values
    }

    var proposeReuseURL: String {
        // A new issue titled "Proposer une réutilisation" on GitHub, Gitea or GitLab; else an email to the portal.
        let title = SiteLinks.encodePath(t("reuses.propose"))
        if let repository = catalog.portal.repository {
            return repository.url + (repository.url.lowercased().contains("gitlab") ? "/-/issues/new?issue%5Btitle%5D=" : "/issues/new?title=") + title
        }
        return catalog.portal.contact?.email.map { "mailto:" + $0 + "?subject=" + title } ?? ""
    }

    func newsCard(_ post: NewsPost, root: String) -> [String: Any] {
        [
            "title": post.title,
            "url": root + SiteLinks.news(post.slug),
            "date": format.date(post.date),
            "date_iso": post.date.isoDate,
            "summary": post.summary ?? Markdown.plainText(post.body, limit: 200),
        ]
    }

    func newsList(path: String) -> [String: Any] {
        var values = common(path: path, title: t("news.title"), description: nil, section: "news")
        let root = values["root"] as? String ?? ""
        values["posts"] = catalog.news.map { newsCard($0, root: root) }
        return values
    }

    func newsPage(_ post: NewsPost, path: String) -> [String: Any] {
        var values = common(path: path, title: post.title, description: post.summary ?? post.description, section: "news")
        let root = values["root"] as? String ?? ""
        var card = newsCard(post, root: root)
        card["body_html"] = markdown(post.body, root: root)
        card["image"] = post.image.map { root + assetURL($0, owner: SiteLinks.news(post.slug)) } ?? ""
        values["post"] = card
        return values
    }

    func editorialPage(_ page: Page, path: String) -> [String: Any] {
        var values = common(path: path, title: page.title, description: page.description, section: page.slug)
        let root = values["root"] as? String ?? ""
        values["page"] = ["title": page.title, "body_html": markdown(page.body, root: root)]
        return values
    }

    func notFound(path: String) -> [String: Any] {
        common(path: path, title: t("notfound.title"), description: nil, section: "404")
    }

    /// Where a repository image is published: under `assets/` for `site/assets/…`, else beside its owner's page.
    func assetURL(_ repositoryPath: String, owner: String) -> String {
        if repositoryPath.hasPrefix("site/assets/") { return "assets/" + SiteLinks.encodePath(String(repositoryPath.dropFirst(12))) }
        return owner + SiteLinks.encodePath(Self.fileName(repositoryPath))
    }
}
