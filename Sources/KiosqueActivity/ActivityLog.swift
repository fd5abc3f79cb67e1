import KiosqueModel

/// The portal's events, made from the catalog and its Git history, newest first.
///
/// - A dataset is **published** at its `issued` date (the descriptor's, else its folder's first commit).
/// - Each later commit touching its folder **updates** it, with the files it changed and, for CSV and TSV, the rows
///   added and removed. Without Git, a `modified` date later than `issued` makes one update without detail.
/// - A reuse is **added** by the commit that created its file, else at its `date`.
/// - Every news post is an event at its date.
public enum ActivityLog {
    public static func events(_ catalog: Catalog) -> [ActivityEvent] {
        var events: [ActivityEvent] = catalog.news.map {
            ActivityEvent(kind: .news, date: $0.date, subject: $0.slug, title: $0.title)
        }
        let byFolder = catalog.history.commitsByDatasetFolder()
        for dataset in catalog.datasets {
            let folder = "data/" + dataset.id
            let commits = byFolder[folder] ?? []
            if let issued = dataset.issued ?? commits.last?.date {
                events.append(ActivityEvent(kind: .datasetPublished, date: issued, subject: dataset.id, title: dataset.title,
                                            commit: commits.last?.hash, message: commits.last?.subject))
            }
            for commit in commits.dropLast() {
                events.append(ActivityEvent(kind: .datasetUpdated, date: commit.date, subject: dataset.id, title: dataset.title,
                                            commit: commit.hash, message: commit.subject,
                                            files: FileDelta.deltas(of: commit, under: folder)))
            }
            if commits.count <= 1, let issued = dataset.issued, let modified = dataset.modified, modified.isoDate > issued.isoDate {
                events.append(ActivityEvent(kind: .datasetUpdated, date: modified, subject: dataset.id, title: dataset.title))
            }
        }
        var added: [String: RepositoryHistory.Commit] = [:]
        for commit in catalog.history.commits {
            for change in commit.changes where change.status == .added && change.path.hasPrefix("site/reuses/") {
                // Commits are newest first: the last one seen is the oldest.
                added[change.path] = commit
            }
        }
        for reuse in catalog.reuses {
            let commit = ["yaml", "yml"].lazy.compactMap { added["site/reuses/\(reuse.id).\($0)"] }.first
            guard let date = commit?.date ?? reuse.date else { continue }
            events.append(ActivityEvent(kind: .reuseAdded, date: date, subject: reuse.id, title: reuse.title,
                                        commit: commit?.hash, message: commit?.subject))
        }
        // Sorted as positions, each event's key made once: the same order as sorting the events themselves.
        let keys = events.map(\.key)
        let ranks = events.map { Self.rank($0.kind) }
        return events.indices.sorted { a, b in
            if events[a].date != events[b].date { return events[a].date > events[b].date }
            if ranks[a] != ranks[b] { return ranks[a] < ranks[b] }
            return keys[a] < keys[b]
        }.map { events[$0] }
    }

    /// The latest `limit` events, newest first, where Git activity never pushes the news out: the latest
    /// `newsFloor` news posts are always kept (a busy week of commits would otherwise hide the article that
    /// announced them), and the other kinds fill the rest.
    public static func latest(_ events: [ActivityEvent], limit: Int, newsFloor: Int) -> [ActivityEvent] {
        guard events.count > limit else { return events }
        let keptNews = Set(events.lazy.filter { $0.kind == .news }.prefix(min(newsFloor, limit)).map(\.key))
        var others = limit - keptNews.count
        return events.filter { event in
            if keptNews.contains(event.key) { return true }
            guard others > 0 else { return false }
            others -= 1
            return true
        }
    }

    /// At equal dates: news first, then new datasets, updates, reuses.
    private static func rank(_ kind: ActivityEvent.Kind) -> Int {
        ActivityEvent.Kind.allCases.firstIndex(of: kind) ?? 0
    }
}
