import KiosqueChart
import KiosqueModel

extension PageContext {
    /// The chart of one column for the data dictionary: the SVG (its title and description say what it shows), and
    /// the same numbers as a table for anyone who does not see it. Nil when the column gets no chart.
    func columnChart(_ field: ColumnProfile, id: String) -> [String: Any]? {
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
            let listed = chart.bars.prefix(5).map { "\($0.label) (\(format.integer($0.count)))" }.joined(separator: ", ")
            description = fill(t("chart.top_desc"), ["count": format.integer(chart.bars.count), "list": listed])
            labelHeader = t("chart.value")
        }
        var notes: [String] = []
        if !chart.isExact { notes.append(t(chart.kind == .topValues ? "chart.lower_bound" : "chart.estimated")) }
        return [
            "svg_html": chart.svg(id: id, title: title, description: description, language: language),
            "chart_title": title,
            "label_header": labelHeader,
            "bars": chart.bars.map { ["bar_label": $0.label, "bar_count": format.integer($0.count)] },
            "chart_notes": notes,
        ]
    }
}
