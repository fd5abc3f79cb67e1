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
            "summary": storedPlainText(dataset.description, limit: 220),
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
        var metadata: [TemplateValue] = []
        func row(_ key: String, _ value: String?, url: String? = nil) {
            guard let value, !value.isEmpty else { return }
            metadata.append(.object(["label": TemplateValue(t(key)), "value": TemplateValue(value), "url": TemplateValue(url ?? ""),
                                     "has_url": .bool(url != nil)]))
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
        // The files the dataset publishes beside its own (derived copies), found once for all its tables.
        let published = Set(SiteRenderer.derivedFiles(of: dataset).map(\.name))
        var hasViewer = false
        let resources = dataset.distributions.enumerated().map { offset, distribution in
            resource(distribution, number: offset + 1, dataset: dataset, root: root, published: published, hasViewer: &hasViewer)
        }
        if hasViewer { values["viewer_script"] = root + "theme/kiosque-table.js" }
        let themeValues = themes.map(TemplateValue.init(any:))
        let reuseValues = reuses.map(TemplateValue.init(any:))
        let repository = catalog.portal.repository
        values["dataset"] = TemplateValue.object([
            "id": TemplateValue(dataset.id),
            "title": TemplateValue(dataset.title),
            "description_html": TemplateValue(markdown(dataset.description, root: root)),
            "organization": TemplateValue(organization?.name ?? dataset.organizationID),
            "organization_url": TemplateValue(root + SiteLinks.organization(dataset.organizationID)),
            "license_title": TemplateValue(dataset.license.title),
            "license_url": TemplateValue(dataset.license.url),
            "modified": TemplateValue(dataset.modified.map(format.date) ?? ""),
            "modified_iso": TemplateValue(dataset.modified?.isoDate ?? ""),
            "themes": .list(themeValues),
            "has_themes": .bool(!themes.isEmpty),
            "keywords": .list(dataset.keywords.map(TemplateValue.init)),
            "has_keywords": .bool(!dataset.keywords.isEmpty),
            "metadata": .list(metadata),
            "resources": .list(resources),
            "reuses": .list(reuseValues),
            "has_reuses": .bool(!reuses.isEmpty),
            "edit_url": TemplateValue(repository.map { $0.url + "/edit/" + $0.branch + "/" + SiteLinks.encodePath(dataset.descriptorPath) } ?? ""),
        ])
        values["structured_data_html"] = SchemaOrg.scriptElement(SchemaOrg.dataset(dataset, in: catalog))
        return values
    }

    /// One file of the dataset page, typed as the template sees it. `hasViewer` is set when the file's table is
    /// shown by the table viewer.
    private func resource(_ distribution: Distribution, number: Int, dataset: Dataset, root: String, published: Set<String>,
                          hasViewer: inout Bool) -> TemplateValue {
        let anchor = "ressource-" + String(number)
        var values: [String: TemplateValue] = [
            "anchor": TemplateValue(anchor),
            "title": TemplateValue(distribution.title),
            "description_html": TemplateValue(markdown(distribution.description, root: root)),
            "format": TemplateValue(distribution.format),
            "media_type": TemplateValue(distribution.mediaType ?? ""),
            "kind": TemplateValue(t("resource.kind." + distribution.kind.rawValue)),
            "size": TemplateValue(distribution.byteSize.map(format.byteSize) ?? ""),
            "sha256": TemplateValue(distribution.sha256 ?? ""),
        ]
        switch distribution.source {
        case let .file(name, _, _):
            values["url"] = TemplateValue(SiteLinks.encodePath(name))
            values["file_name"] = TemplateValue(name)
            values["is_remote"] = .bool(false)
        case let .remote(url):
            values["url"] = TemplateValue(isSafeExternal(url) ? url : "#")
            values["is_remote"] = .bool(true)
        }
        if let table = distribution.table {
            // An empty file has no column: a table without a header cell is not valid HTML, so no preview.
            if !table.header.isEmpty {
                values["preview"] = .object([
                    "caption": TemplateValue(distribution.title),
                    "header": .list(table.header.map(TemplateValue.init)),
                    "rows": .list(table.rows.map { .object(["cells": .list($0.map(TemplateValue.init))]) }),
                    "row_count": TemplateValue(format.integer(table.rowCount)),
                    "column_count": TemplateValue(format.integer(table.columnCount)),
                    "shown": TemplateValue(format.integer(table.rows.count)),
                    "encoding": TemplateValue(table.encoding),
                    "delimiter": TemplateValue(table.delimiter == "\t" ? "tab" : table.delimiter),
                    "truncated": .bool(table.rowCount > table.rows.count),
                ])
            }
            if let dictionary = dataDictionary(table, caption: distribution.title, id: anchor) { values["dictionary"] = dictionary }
            let derived = derivedLinks(table, published: published)
            values["derived"] = .list(derived)
            values["has_derived"] = .bool(!derived.isEmpty)
            if let viewer = tableViewer(table, published: published) {
                values["viewer"] = viewer
                hasViewer = true
            }
        }
        if let validation = distribution.schemaValidation {
            values["validation"] = TemplateValue(any: validationBadge(validation, report: ValidationPages.path(of: distribution, in: dataset), root: root))
        }
        if let map = distribution.map { values["map"] = TemplateValue(any: mapFigure(map, title: distribution.title, id: anchor + "-carte")) }
        return .object(values)
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
