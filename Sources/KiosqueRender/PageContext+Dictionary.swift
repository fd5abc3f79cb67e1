import KiosqueModel
import KiosqueTemplate

extension PageContext {
    /// The data dictionary of a table: one row per column, with its type in words, missing and distinct values,
    /// range and examples, and a chart of its values when one suits it. `id` makes the charts' ids unique in the page.
    /// Made typed (`TemplateValue`), not as `[String: Any]`: every dataset page holds one per table.
    func dataDictionary(_ table: TablePreview, caption: String, id: String = "dictionnaire") -> TemplateValue? {
        guard !table.fields.isEmpty else { return nil }
        let about = t("dictionary.about") + " "
        var hasCharts = false
        var rows: [TemplateValue] = []
        rows.reserveCapacity(table.fields.count)
        for (column, field) in table.fields.enumerated() {
            var type = t("dictionary.type." + field.type)
            if let semantic = field.semantic, semantic != "decimal-comma" {
                type += " (" + t("dictionary.semantic." + semantic) + ")"
            }
            var range = ""
            if let low = field.min, let high = field.max {
                range = low == high ? low : low + " – " + high
            }
            let distinct = field.distinctIsExact ? format.integer(field.distinct) : about + format.integer(field.distinct)
            var examples = ""
            for (index, value) in field.top.prefix(3).enumerated() {
                if index > 0 { examples += " · " }
                examples += Self.shortened(value.value)
            }
            var row: [String: TemplateValue] = [
                "name": TemplateValue(field.name.isEmpty ? "—" : field.name),
                "type": TemplateValue(type),
                "nulls": TemplateValue(format.integer(field.nulls)),
                "distinct": TemplateValue(distinct),
                "range": TemplateValue(range),
                "examples": TemplateValue(examples),
            ]
            if let chart = columnChart(field, id: id + "-colonne-" + String(column + 1)) {
                row["chart"] = chart
                hasCharts = true
            }
            rows.append(.object(row))
        }
        return .object(["caption": TemplateValue(caption), "fields": .list(rows), "has_charts": .bool(hasCharts)])
    }

    /// Download links for the derived copies of a table (UTF-8 CSV, JSON records); the pages serve the viewer.
    func derivedLinks(_ table: TablePreview, published: Set<String>) -> [TemplateValue] {
        let files = table.derivedFiles.filter { ($0.kind == .utf8CSV || $0.kind == .jsonRecords) && published.contains($0.name) }
        return files.enumerated().map { index, file in
            .object(["url": TemplateValue(SiteLinks.encodePath(file.name)), "label": TemplateValue(t("derived." + file.kind.rawValue)),
                     "file_name": TemplateValue(file.name), "last": .bool(index == files.count - 1)])
        }
    }

    /// The first line of a value, cut to 40 characters.
    private static func shortened(_ text: String) -> String {
        // Most values are short and on one line: nothing to cut.
        if text.utf8.count <= 40, !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C || $0 == 0xC2 || $0 == 0xE2 }) {
            return text
        }
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        guard line.count > 40 else { return line }
        return String(line.prefix(39)) + "…"
    }
}
