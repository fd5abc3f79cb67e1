import KiosqueChart
import KiosqueModel
import KiosqueTemplate

extension PageContext {
    /// The chart of one column for the data dictionary: the SVG (its title and description say what it shows), and
    /// the same numbers as a table for anyone who does not see it. Nil when the column gets no chart.
    func columnChart(_ field: ColumnProfile, id: String) -> TemplateValue? {
        guard let chart = ColumnChart.make(for: field, language: language) else { return nil }
        let column = field.name.isEmpty ? "—" : field.name
        let peak = chart.peak
        let title: String, description: String, labelHeader: String
        switch chart.kind {
        case .histogram:
            title = fill(t("chart.histogram_title"), ["column": column])
            description = fill(t("chart.histogram_desc"), ["bins": format.integer(chart.bars.count), "start": chart.axisStart,
                                                            "end": chart.axisEnd, "peak": peak?.label ?? "", "count": format.integer(peak?.count ?? 0)])
            labelHeader = t("chart.interval")
        case .timeline:
            title = fill(t(chart.isYearly ? "chart.timeline_yearly_title" : "chart.timeline_title"), ["column": column])
            description = fill(t("chart.timeline_desc"), ["start": chart.axisStart, "end": chart.axisEnd, "peak": peak?.label ?? "",
                                                           "count": format.integer(peak?.count ?? 0)])
            labelHeader = t(chart.isYearly ? "chart.year" : "chart.month")
        case .topValues:
            title = fill(t("chart.top_title"), ["column": column])
            var listed = ""
            for (index, bar) in chart.bars.prefix(5).enumerated() {
                if index > 0 { listed += ", " }
                listed += bar.label + " (" + format.integer(bar.count) + ")"
            }
            description = fill(t("chart.top_desc"), ["count": format.integer(chart.bars.count), "list": listed])
            labelHeader = t("chart.value")
        }
        var notes: [TemplateValue] = []
        if !chart.isExact { notes.append(TemplateValue(t(chart.kind == .topValues ? "chart.lower_bound" : "chart.estimated"))) }
        return .object([
            "svg_html": TemplateValue(chart.svg(id: id, title: title, description: description, language: language)),
            "chart_title": TemplateValue(title),
            "label_header": TemplateValue(labelHeader),
            "bars": .list(chart.bars.map { .object(["bar_label": TemplateValue($0.label), "bar_count": TemplateValue(format.integer($0.count))]) }),
            "chart_notes": .list(notes),
        ])
    }
}
