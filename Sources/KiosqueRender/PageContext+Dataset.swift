import KiosqueDerive
import KiosqueMarkdown
import KiosqueModel
import KiosqueTemplate

extension PageContext {
    /// A dataset as a card in lists.
    func card(_ dataset: Dataset, root: String) -> TemplateValue {
        // A dataset shows as a card on several pages (lists, facets, organization, theme): made once, but its link.
        var card = memo.value("card " + dataset.id) { cardValues(dataset).mapValues(TemplateValue.init(any:)) }
        card["url"] = TemplateValue(root + SiteLinks.dataset(dataset.id))
        return .object(card)
    }

    private func cardValues(_ dataset: Dataset) -> [String: Any] {
        var formats: [String] = []
        for distribution in dataset.distributions where !formats.contains(distribution.format) { formats.append(distribution.format) }
        return [
            "id": dataset.id,
            "title": dataset.title,
            "summary": Markdown.plainText(dataset.description, limit: 220),
            "organization": index.organizations[dataset.organizationID]?.name ?? dataset.organizationID,
            "modified": dataset.modified.map(format.date) ?? "",
            "modified_iso": dataset.modified?.isoDate ?? "",
            "formats": formats,
            "has_formats": !formats.isEmpty,
            "resource_count": dataset.distributions.count,
            "overdue": quality(dataset).isOverdue,
        ]
    }

    /// Everything the dataset page shows.
    func datasetPage(_ dataset: Dataset, path: String) -> [String: Any] {
        var values = common(path: path, title: dataset.title, description: dataset.description, section: "datasets")
        let root = values["root"] as? String ?? ""
        let organization = index.organizations[dataset.organizationID]
        var metadata: [[String: Any]] = []
        func row(_ key: String, _ value: String?, url: String? = nil) {
            guard let value, !value.isEmpty else { return }
            metadata.append(["label": t(key), "value": value, "url": url ?? "", "has_url": url != nil])
        }
        row("meta.organization", organization?.name, url: root + SiteLinks.organization(dataset.organizationID))
        row("meta.license", dataset.license.title, url: dataset.license.url)
        row("meta.frequency", dataset.frequency.map { t("frequency.\($0.rawValue)") })
        row("meta.issued", dataset.issued.map(format.date))
        row("meta.modified", dataset.modified.map(format.date))
        if let temporal = dataset.temporal, temporal.start != nil || temporal.end != nil {
            row("meta.temporal", [temporal.start.map(format.date) ?? "…", temporal.end.map(format.date) ?? "…"].joined(separator: " – "))
        }
        if let spatial = dataset.spatial {
            row("meta.spatial", [spatial.name, spatial.insee.map { "INSEE \($0)" }].compactMap { $0 }.joined(separator: ", "))
        }
        row("meta.contact", dataset.contact?.name ?? dataset.contact?.email ?? organization?.email,
            url: (dataset.contact?.email ?? organization?.email).map { "mailto:" + $0 })
        if let schema = dataset.schema { row("meta.schema", schema, url: isSafeExternal(schema) ? schema : nil) }
        row("meta.identifier", dataset.id)

        let themes: [[String: Any]] = dataset.themeIDs.compactMap { id in
            index.themes[id].map { ["label": $0.label, "url": root + SiteLinks.theme(id)] }
        }
        let reuses: [[String: Any]] = (index.reusesByDataset[dataset.id] ?? []).map { reuseCard($0, root: root) }
        let resources = dataset.distributions.enumerated().map { resource($1, number: $0 + 1, dataset: dataset, root: root) }
        if resources.contains(where: { $0["viewer"] != nil }) { values["viewer_script"] = root + "theme/kiosque-table.js" }
        values["dataset"] = [
            "id": dataset.id,
            "title": dataset.title,
            "description_html": markdown(dataset.description, root: root),
            "organization": organization?.name ?? dataset.organizationID,
            "organization_url": root + SiteLinks.organization(dataset.organizationID),
            "license_title": dataset.license.title,
            "license_url": dataset.license.url,
            "modified": dataset.modified.map(format.date) ?? "",
            "modified_iso": dataset.modified?.isoDate ?? "",
            "themes": themes,
            "has_themes": !themes.isEmpty,
            "keywords": dataset.keywords,
            "has_keywords": !dataset.keywords.isEmpty,
            "metadata": metadata,
            "resources": resources,
            "reuses": reuses,
            "has_reuses": !reuses.isEmpty,
            "edit_url": catalog.portal.repository.map { "\($0.url)/edit/\($0.branch)/\(SiteLinks.encodePath(dataset.descriptorPath))" } ?? "",
        ] as [String: Any]
        values["structured_data_html"] = SchemaOrg.scriptElement(SchemaOrg.dataset(dataset, in: catalog))
        return values
    }

    private func resource(_ distribution: Distribution, number: Int, dataset: Dataset, root: String) -> [String: Any] {
        var values: [String: Any] = [
            "anchor": "ressource-\(number)",
            "title": distribution.title,
            "description_html": markdown(distribution.description, root: root),
            "format": distribution.format,
            "media_type": distribution.mediaType ?? "",
            "kind": t("resource.kind.\(distribution.kind.rawValue)"),
            "size": distribution.byteSize.map(format.byteSize) ?? "",
            "sha256": distribution.sha256 ?? "",
        ]
        switch distribution.source {
        case let .file(name, _, _):
            values["url"] = SiteLinks.encodePath(name)
            values["file_name"] = name
            values["is_remote"] = false
        case let .remote(url):
            values["url"] = isSafeExternal(url) ? url : "#"
            values["is_remote"] = true
        }
        if let table = distribution.table {
            // An empty file has no column: a table without a header cell is not valid HTML, so no preview.
            if !table.header.isEmpty {
                values["preview"] = [
                    "caption": distribution.title,
                    "header": table.header,
                    "rows": table.rows.map { ["cells": $0] },
                    "row_count": format.integer(table.rowCount),
                    "column_count": format.integer(table.columnCount),
                    "shown": format.integer(table.rows.count),
                    "encoding": table.encoding,
                    "delimiter": table.delimiter == "\t" ? "tab" : table.delimiter,
                    "truncated": table.rowCount > table.rows.count,
                ] as [String: Any]
            }
            values["dictionary"] = dataDictionary(table, caption: distribution.title, id: "ressource-\(number)")
            let derived = derivedLinks(table, of: dataset)
            values["derived"] = derived
            values["has_derived"] = !derived.isEmpty
            values["viewer"] = tableViewer(table, of: dataset)
        }
        if let validation = distribution.schemaValidation {
            values["validation"] = validationBadge(validation, report: ValidationPages.path(of: distribution, in: dataset), root: root)
        }
        if let map = distribution.map { values["map"] = mapFigure(map, title: distribution.title, id: "ressource-\(number)-carte") }
        return values
    }

    func reuseCard(_ reuse: Reuse, root: String) -> [String: Any] {
        [
            "id": reuse.id,
            "title": reuse.title,
            "url": root + SiteLinks.reuse(reuse.id),
            "summary": Markdown.plainText(reuse.description ?? "", limit: 200),
            "type": t("reuse.type.\(reuse.kind.rawValue)"),
            "author": reuse.author?.name ?? "",
            "image": reuse.image.map { root + SiteLinks.reuse(reuse.id) + SiteLinks.encodePath(Self.fileName($0)) } ?? "",
        ]
    }

    static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}
