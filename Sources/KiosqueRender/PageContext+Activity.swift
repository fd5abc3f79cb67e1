import KiosqueActivity
import KiosqueMarkdown
import KiosqueModel

extension PageContext {
    /// Events shown on the home page.
    static let homeEventCount = 6

    /// What changed, newest first: made once per build for the home page and the feed.
    var activityEvents: [ActivityEvent] { memo.value("activity") { ActivityLog.events(catalog) } }

    /// What `ActivityLog.latest` can pick from for the home page and the feed (at most `SiteRenderer.feedEntryCount`
    /// events): the first that many events and every news post, in order. It picks the same events from these as from
    /// all of them, without making the key of each of the catalogue's events.
    var recentActivity: [ActivityEvent] {
        memo.value("recent activity") {
            activityEvents.enumerated().compactMap { $0.offset < SiteRenderer.feedEntryCount || $0.element.kind == .news ? $0.element : nil }
        }
    }

    /// The home page's "what changed" list and the links to the feed, the quality and the Socle commun pages.
    func homeActivity(path: String) -> [String: Any] {
        let root = SiteLinks.root(from: path)
        let events = ActivityLog.latest(recentActivity, limit: Self.homeEventCount, newsFloor: 2)
        return [
            "events": events.map { eventValues($0, root: root) },
            "has_events": !events.isEmpty,
            "feed_url": root + SiteLinks.feed,
            "quality_url": root + SiteLinks.quality,
            "socle_url": root + SiteLinks.socleCommun,
        ]
    }

    func eventValues(_ event: ActivityEvent, root: String) -> [String: Any] {
        [
            "kind": event.kind.rawValue,
            "kind_label": t("activity.kind.\(event.kind.rawValue)"),
            "title": eventTitle(event),
            "name": event.title,
            "url": root + eventPath(event),
            "date": format.date(event.date),
            "date_iso": event.date.isoDate,
            "details": event.files.map(fileSummary),
            "has_details": !event.files.isEmpty,
            "message": event.message ?? "",
        ]
    }

    /// "Nouveau jeu de données : Budget" — from the `activity.<kind>` pattern.
    func eventTitle(_ event: ActivityEvent) -> String {
        fill(t("activity.\(event.kind.rawValue)"), ["title": event.title])
    }

    /// The page an event is about, from the site root.
    func eventPath(_ event: ActivityEvent) -> String {
        switch event.kind {
        case .news: SiteLinks.news(event.subject)
        case .datasetPublished: SiteLinks.dataset(event.subject)
        case .datasetUpdated: SiteLinks.dataset(event.subject) + "#historique"
        case .reuseAdded: SiteLinks.reuse(event.subject)
        }
    }

    /// "budget-2026.csv : modifié, 12 ligne(s) ajoutée(s), 3 ligne(s) supprimée(s)".
    func fileSummary(_ delta: FileDelta) -> String {
        var parts = [t("history.status.\(delta.status.rawValue)")]
        if let added = delta.rowsAdded, added > 0 { parts.append(fill(t("history.rows_added"), ["count": format.integer(added)])) }
        if let removed = delta.rowsRemoved, removed > 0 { parts.append(fill(t("history.rows_removed"), ["count": format.integer(removed)])) }
        let name = delta.isDescriptor ? t("history.descriptor") : delta.name
        return fill(t("history.file"), ["name": name, "change": parts.joined(separator: ", ")])
    }

    /// The dataset page's upkeep: the badge when late, the quality score with what to improve, the history of its
    /// changes, the previous versions of its files, the invitation to propose a reuse.
    func datasetUpkeep(_ dataset: Dataset, path: String) -> [String: Any] {
        let root = SiteLinks.root(from: path)
        let folder = "data/" + dataset.id
        let commits = index.commitsByFolder[folder] ?? []
        let history: [[String: Any]] = commits.map { commit in
            [
                "date": format.date(commit.date),
                "date_iso": commit.date.isoDate,
                "message": commit.subject,
                "commit": commit.shortHash,
                "commit_url": catalog.portal.repository.map { "\($0.url)/commit/\(commit.hash)" } ?? "",
                "files": FileDelta.deltas(of: commit, under: folder).map(fileSummary),
                "is_first": commit.hash == commits.last?.hash,
            ]
        }
        var versions: [[String: Any]] = []
        for distribution in dataset.distributions {
            guard case let .file(name, repositoryPath, _) = distribution.source,
                  let kept = catalog.history.versions[repositoryPath], !kept.isEmpty else { continue }
            versions.append([
                "file": name,
                "title": distribution.title,
                "items": kept.map { version -> [String: Any] in
                    [
                        "date": format.date(version.date),
                        "date_iso": version.date.isoDate,
                        "url": SiteLinks.encodePath(version.folder + name),
                        "size": format.byteSize(version.byteSize),
                        "commit": String(version.commit.prefix(8)),
                        "message": version.subject,
                    ]
                },
            ])
        }
        var values = qualityValues(dataset, root: root)
        values["history"] = history
        values["has_history"] = !history.isEmpty
        values["versions"] = versions
        values["has_versions"] = !versions.isEmpty
        values["versions_intro"] = fill(t("history.versions_intro"), ["count": format.integer(catalog.portal.historyVersions)])
        values["propose_reuse_url"] = proposeReuseURL
        return values
    }

    /// `reuses/`: the gallery, one section per type, with a menu of the types (works without JavaScript).
    func reuseGallery(path: String) -> [String: Any] {
        let root = SiteLinks.root(from: path)
        let sections: [[String: Any]] = Reuse.Kind.allCases.compactMap { kind in
            let reuses = catalog.reuses.filter { $0.kind == kind }
                .sorted { ($0.featured ? 0 : 1, $1.date ?? .day(year: 1, month: 1, day: 1), $0.id)
                    < ($1.featured ? 0 : 1, $0.date ?? .day(year: 1, month: 1, day: 1), $1.id) }
            guard !reuses.isEmpty else { return nil }
            return [
                "anchor": "type-\(kind.rawValue)",
                "label": t("reuses.types.\(kind.rawValue)"),
                "count": format.integer(reuses.count),
                "reuses": reuses.map { reuseCard($0, root: root) },
            ]
        }
        return ["reuse_sections": sections, "has_several_types": sections.count > 1, "reuse_count": format.integer(catalog.reuses.count)]
    }
}
