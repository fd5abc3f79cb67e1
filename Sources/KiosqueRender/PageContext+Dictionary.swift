import KiosqueModel

extension PageContext {
    /// The data dictionary of a table: one row per column, with its type in words, missing and distinct values,
    /// range and examples, and a chart of its values when one suits it. `id` makes the charts' ids unique in the page.
    func dataDictionary(_ table: TablePreview, caption: String, id: String = "dictionnaire") -> [String: Any]? {
        guard !table.fields.isEmpty else { return nil }
        let rows: [[String: Any]] = table.fields.enumerated().map { column, field in
            var type = t("dictionary.type.\(field.type)")
            if let semantic = field.semantic, semantic != "decimal-comma" {
                type += " (" + t("dictionary.semantic.\(semantic)") + ")"
            }
            var range = ""
            if let low = field.min, let high = field.max {
                range = low == high ? low : low + " – " + high
            }
            let distinct = (field.distinctIsExact ? "" : t("dictionary.about") + " ") + format.integer(field.distinct)
            let examples = field.top.prefix(3).map { Self.shortened($0.value) }
            var row: [String: Any] = [
                "name": field.name.isEmpty ? "—" : field.name,
                "type": type,
                "nulls": format.integer(field.nulls),
                "distinct": distinct,
                "range": range,
                "examples": examples.joined(separator: " · "),
            ]
            if let chart = columnChart(field, id: "\(id)-colonne-\(column + 1)") { row["chart"] = chart }
            return row
        }
        return ["caption": caption, "fields": rows, "has_charts": rows.contains { $0["chart"] != nil }]
    }

    /// Download links for the derived copies of a table (UTF-8 CSV, JSON records); the pages serve the viewer.
    func derivedLinks(_ table: TablePreview, of dataset: Dataset) -> [[String: Any]] {
        let published = Set(SiteRenderer.derivedFiles(of: dataset).map(\.name))
        let files = table.derivedFiles.filter { ($0.kind == .utf8CSV || $0.kind == .jsonRecords) && published.contains($0.name) }
        return files.enumerated().map { index, file in
            ["url": SiteLinks.encodePath(file.name), "label": t("derived.\(file.kind.rawValue)"), "file_name": file.name,
             "last": index == files.count - 1]
        }
    }

    private static func shortened(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        guard line.count > 40 else { return line }
        return String(line.prefix(39)) + "…"
    }
}
