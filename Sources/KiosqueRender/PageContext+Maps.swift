import KiosqueChart
import KiosqueModel
import KiosqueTemplate

extension PageContext {
    /// A resource's map: the SVG, a caption that says what it shows (features, types, extent), and notes on what it
    /// leaves out; only the notes when there is no drawing.
    func mapFigure(_ map: MapPreview, title: String, id: String) -> [String: Any] {
        var notes: [String] = []
        if let omission = map.omission {
            switch omission {
            case let .tooLarge(limit): notes.append(fill(t("map.too_large"), ["limit": format.byteSize(limit)]))
            case .invalid: notes.append(t("map.invalid"))
            case .empty: notes.append(t("map.empty"))
            }
            return ["svg_html": "", "has_drawing": false, "map_notes": notes]
        }
        let figureTitle = fill(t("map.figure_title"), ["title": title])
        var summary: String
        let extent = map.bounds.map { bounds in
            fill(t("map.extent"), ["west": degrees(bounds.west), "south": degrees(bounds.south), "east": degrees(bounds.east),
                                   "north": degrees(bounds.north)])
        } ?? ""
        switch map.source {
        case .geojson:
            let types = map.geometryCounts.map { fill(t("map.type_count"), ["type": $0.type, "count": format.integer($0.count)]) }
            summary = fill(t("map.summary_geojson"), ["count": format.integer(map.featureCount), "types": types.joined(separator: ", ")])
            if map.isCapped {
                notes.append(fill(t("map.capped"), ["drawn": format.integer(map.features.count), "count": format.integer(map.featureCount),
                                                     "positions": format.integer(map.drawnPositionCount)]))
            }
        case .table:
            summary = fill(t("map.summary_table"), ["drawn": format.integer(map.drawnPositionCount), "rows": format.integer(map.featureCount)])
            if map.positionCount < map.featureCount {
                notes.append(fill(t("map.sampled"), ["sample": format.integer(map.positionCount), "rows": format.integer(map.featureCount)]))
            }
            if map.drawnPositionCount < map.positionCount {
                notes.append(t("map.merged"))
            }
        }
        if !extent.isEmpty { summary += " " + extent }
        if map.isSwapped { notes.append(t("map.swapped")) }
        return [
            "svg_html": MapDrawing.svg(map, id: id, title: figureTitle, description: summary),
            "has_drawing": true,
            "map_summary": summary,
            "map_notes": notes,
        ]
    }

    /// What `kiosque-table.js` needs to page, sort and filter a table's rows: the published page index, or for a table
    /// the page shows whole (which gets no pages) its columns' types, the viewer then working on the rows in the page.
    /// Nil when there are no rows. `published`: the names of the dataset's derived files that are published
    /// (`SiteRenderer.derivedFiles`).
    func tableViewer(_ table: TablePreview, published: Set<String>) -> TemplateValue? {
        let viewSize = TemplateValue.text(String(max(1, table.rows.count)))
        if table.derivedFiles.contains(where: { $0.kind == .pageIndex }) {
            guard let index = table.derivedFiles.first(where: { $0.kind == .pageIndex && published.contains($0.name) }) else { return nil }
            return .object(["index_url": TemplateValue(SiteLinks.encodePath(index.name)), "max_pages": .text(String(Self.viewerMaxPages)),
                            "view_size": viewSize])
        }
        guard !table.derivedFiles.isEmpty, table.rowCount >= 1, table.rowCount <= table.rows.count else { return nil }
        return .object(["types": TemplateValue(table.fields.map(\.type).joined(separator: " ")), "view_size": viewSize])
    }

    /// Up to this many JSON pages, the viewer loads the whole file to sort and filter it; past it, only the page shown.
    static let viewerMaxPages = 20

    private func degrees(_ value: Double) -> String { ChartNumber.format(value, decimals: 4, language: language) }
}
