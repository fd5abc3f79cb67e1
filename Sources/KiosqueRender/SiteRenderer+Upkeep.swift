import KiosqueActivity
import KiosqueMarkdown
import KiosqueModel

extension SiteRenderer {
    /// Entries in `feed.atom`.
    static let feedEntryCount = 50

    /// `feed.atom`: news posts and what changed in the data, worded in the portal's language by the theme.
    func feed(_ context: PageContext) -> Artifact {
        let portal = catalog.portal
        let base = portal.baseURL
        let events = ActivityLog.latest(context.recentActivity, limit: Self.feedEntryCount, newsFloor: 20)
        let entries = events.map { event -> AtomFeed.Entry in
            let path = context.eventPath(event)
            let link = (base ?? "") + path
            var html = ""
            var summary = ""
            switch event.kind {
            case .news:
                if let post = catalog.news.first(where: { $0.slug == event.subject }) {
                    summary = post.summary ?? Markdown.plainText(post.body, limit: 300)
                    html = Markdown.html(post.body, headingOffset: 1, siteRoot: base ?? "")
                }
            case .datasetPublished, .datasetUpdated:
                if let dataset = context.index.datasets[event.subject] {
                    summary = Markdown.plainText(dataset.description, limit: 300)
                }
                if event.kind == .datasetUpdated {
                    let items = event.files.map { "<li>" + AtomFeed.escape(context.fileSummary($0)) + "</li>" }.joined()
                    if let message = event.message, !message.isEmpty { html += "<p>" + AtomFeed.escape(message) + "</p>" }
                    if !items.isEmpty { html += "<ul>" + items + "</ul>" }
                    if !event.files.isEmpty {
                        summary = event.files.map(context.fileSummary).joined(separator: " ; ")
                    }
                }
            case .reuseAdded:
                if let reuse = catalog.reuses.first(where: { $0.id == event.subject }) {
                    summary = Markdown.plainText(reuse.description ?? reuse.title, limit: 300)
                }
            }
            let id = base.map { $0 + SiteLinks.anchored(path, event) } ?? "urn:kiosque:" + event.key
            return AtomFeed.Entry(id: id, title: context.eventTitle(event), updated: event.date, link: link,
                                  summary: summary, contentHTML: html.isEmpty ? nil : html, category: event.kind.rawValue)
        }
        let feed = AtomFeed(id: base.map { $0 + SiteLinks.feed } ?? "urn:kiosque:feed:" + SiteLinks.encodePath(portal.title),
                            title: context.fill(context.t("feed.title"), ["portal": portal.title]),
                            subtitle: context.t("feed.subtitle"), language: portal.language,
                            updated: events.first?.date ?? options.now, selfLink: base.map { $0 + SiteLinks.feed },
                            homeLink: base ?? "./", author: portal.title, generator: options.generator, entries: Array(entries))
        return Artifact(path: SiteLinks.feed, text: feed.document)
    }

    /// The previous versions of the data files, copied from the cache beside their dataset.
    func versionFiles() -> [Artifact] {
        var files: [Artifact] = []
        for dataset in catalog.datasets {
            for distribution in dataset.distributions {
                guard case let .file(name, repositoryPath, _) = distribution.source else { continue }
                for version in catalog.history.versions[repositoryPath] ?? [] {
                    files.append(Artifact(path: SiteLinks.dataset(dataset.id) + version.folder + name, body: .copy(sourcePath: version.sourcePath)))
                }
            }
        }
        return files
    }
}

extension SiteLinks {
    /// The entry id of an event: its page, with a fragment for the events that share a page.
    static func anchored(_ path: String, _ event: ActivityEvent) -> String {
        let page = path.split(separator: "#").first.map(String.init) ?? path
        switch event.kind {
        case .news, .reuseAdded: return page
        case .datasetPublished: return page + "#published"
        case .datasetUpdated: return page + "#" + (event.commit.map { String($0.prefix(8)) } ?? event.date.isoDate)
        }
    }
}
