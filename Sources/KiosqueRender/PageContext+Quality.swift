import KiosqueModel
import KiosqueQuality

extension PageContext {
    /// The dataset's report at the build's date: every dataset's made once per build (the quality page's key, the
    /// cards' badge, the dataset page read them).
    func quality(_ dataset: Dataset) -> QualityReport {
        let reports = memo.value("quality reports") { () -> [String: QualityReport] in
            Dictionary(catalog.datasets.map { ($0.id, QualityReport($0, now: options.now)) }, uniquingKeysWith: { first, _ in first })
        }
        return reports[dataset.id] ?? QualityReport(dataset, now: options.now)
    }

    /// The score, the criteria, what to improve and the overdue badge of one dataset.
    func qualityValues(_ dataset: Dataset, root: String) -> [String: Any] {
        let report = quality(dataset)
        var values: [String: Any] = [
            "overdue": report.isOverdue,
            "quality": [
                "score": format.integer(report.score),
                "level": Self.level(report.score),
                "checks": report.checks.map { check -> [String: Any] in
                    ["label": t("quality.criterion.\(check.criterion.rawValue)"), "passed": check.passed]
                },
                "to_improve": report.toImprove.map { t("quality.improve.\($0.rawValue)") },
                "has_to_improve": !report.toImprove.isEmpty,
                "portal_url": root + SiteLinks.quality,
            ] as [String: Any],
        ]
        if report.isOverdue, let days = report.daysSinceUpdate, let allowed = report.allowedDays {
            values["overdue_text"] = fill(t("quality.overdue_detail"), [
                "days": format.integer(days), "allowed": format.integer(allowed),
                "frequency": dataset.frequency.map { t("frequency.\($0.rawValue)") } ?? "",
            ])
        }
        return values
    }

    /// `good`, `fair` or `poor`, for the colour of a score.
    static func level(_ score: Int) -> String { score >= 80 ? "good" : score >= 50 ? "fair" : "poor" }

    /// `quality/` (organization nil) and `organizations/<id>/quality/`.
    func qualityPage(_ organization: Organization?, path: String) -> [String: Any] {
        let title = organization.map { fill(t("quality.organization_title"), ["name": $0.name]) } ?? t("quality.title")
        var values = common(path: path, title: title, description: nil, section: organization == nil ? "quality" : "organizations")
        let root = values["root"] as? String ?? ""
        let datasets = organization.map { index.datasetsByOrganization[$0.id] ?? [] } ?? catalog.datasets
        let reports = datasets.map { ($0, quality($0)) }
        let reportsByID = organization == nil
            ? Dictionary(reports.map { ($0.0.id, $0.1) }, uniquingKeysWith: { first, _ in first }) : [:]
        let summary = QualitySummary(reports.map(\.1))
        values["quality_page"] = [
            "title": title,
            "is_portal": organization == nil,
            "organization_url": organization.map { root + SiteLinks.organization($0.id) } ?? "",
            "dataset_count": format.integer(summary.datasets),
            "average": format.integer(summary.averageScore),
            "level": Self.level(summary.averageScore),
            "overdue": format.integer(summary.overdue),
            "has_overdue": summary.overdue > 0,
            "criteria": summary.criteria.filter { $0.applicable > 0 }.map { row -> [String: Any] in
                [
                    "label": t("quality.criterion.\(row.criterion.rawValue)"),
                    "passed": format.integer(row.passed),
                    "applicable": format.integer(row.applicable),
                    "percent": format.integer(Int((Double(row.passed) * 100 / Double(row.applicable)).rounded())),
                ]
            },
            "datasets": reports.sorted { ($0.1.score, $0.0.title) < ($1.1.score, $1.0.title) }.map { dataset, report -> [String: Any] in
                [
                    "title": dataset.title,
                    "url": root + SiteLinks.dataset(dataset.id) + "#qualite",
                    "organization": index.organizations[dataset.organizationID]?.name ?? dataset.organizationID,
                    "score": format.integer(report.score),
                    "level": Self.level(report.score),
                    "overdue": report.isOverdue,
                    "to_improve": report.toImprove.map { t("quality.criterion.\($0.rawValue)") },
                ]
            },
            "has_organizations": organization == nil && !catalog.organizations.isEmpty,
            "organizations": organization == nil ? catalog.organizations.compactMap { org -> [String: Any]? in
                // The reports made above, for the portal's page: every dataset's is there.
                let own = (index.datasetsByOrganization[org.id] ?? []).map { reportsByID[$0.id] ?? quality($0) }
                guard !own.isEmpty else { return nil }
                let summary = QualitySummary(own)
                return ["name": org.name, "url": root + SiteLinks.organization(org.id) + "quality/",
                        "average": format.integer(summary.averageScore), "level": Self.level(summary.averageScore),
                        "count": format.integer(summary.datasets), "overdue_count": summary.overdue > 0 ? format.integer(summary.overdue) : ""]
            } : [],
        ] as [String: Any]
        return values
    }

    /// `socle-commun/`: each SCDL dataset, whether the portal publishes it, and the schema to follow.
    func socleCommunPage(path: String) -> [String: Any] {
        var values = common(path: path, title: t("socle.title"), description: t("socle.intro"), section: "socle-commun")
        let root = values["root"] as? String ?? ""
        let statuses = SocleCommun.status(catalog)
        func links(_ ids: [String]) -> [[String: Any]] {
            ids.compactMap { index.datasets[$0] }.map { ["title": $0.title, "url": root + SiteLinks.dataset($0.id)] }
        }
        values["socle"] = [
            "published": format.integer(statuses.filter(\.isPublished).count),
            "total": format.integer(statuses.count),
            "items": statuses.map { status -> [String: Any] in
                [
                    "label": t("socle.item.\(status.item.id)"),
                    "text": t("socle.text.\(status.item.id)"),
                    "schema": status.item.schemas[0],
                    "schema_url": status.item.schemaURL,
                    "published": status.isPublished,
                    "datasets": links(status.datasetIDs),
                    "candidates": links(status.candidateIDs),
                    "has_candidates": !status.candidateIDs.isEmpty,
                ]
            },
        ] as [String: Any]
        return values
    }
}
