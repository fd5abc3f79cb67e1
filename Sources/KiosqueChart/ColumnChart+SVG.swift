import KiosqueModel

extension ColumnChart {
    /// The chart as an `<svg role="img">` element for an HTML page: `title` names it, `description` says what it
    /// shows; both are referenced by `aria-labelledby` / `aria-describedby`. `id` must be unique in the page.
    /// Colours are presentation attributes that the theme's classes (`chart-bars`, `chart-label`, `chart-axis`) can
    /// override: no `style`.
    public func svg(id: String, title: String, description: String, language: Language) -> String {
        switch kind {
        case .histogram, .timeline: columns(id: id, title: title, description: description, language: language)
        case .topValues: rows(id: id, title: title, description: description, language: language)
        }
    }

    static let ink = "#4a4a55"
    static let barColor = "#0b4f9c"
    static let axisColor = "#8a8d99"

    private func open(_ id: String, width: Int, height: Int, title: String, description: String) -> String {
        let id = SVGText.escape(id)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-\(kind.rawValue)\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\">"
            + "<title id=\"\(id)-title\">\(SVGText.escape(title))</title><desc id=\"\(id)-desc\">\(SVGText.escape(description))</desc>"
    }

    /// Vertical bars side by side: the histogram's bins or the timeline's months, the largest count on top.
    private func columns(id: String, title: String, description: String, language: Language) -> String {
        let width = 320.0, height = 150.0
        let left = 6.0, right = 314.0, top = 22.0, baseline = 118.0
        let maximum = max(1, bars.map(\.count).max() ?? 1)
        let band = (right - left) / Double(max(1, bars.count))
        let gap = kind == .histogram ? min(1.0, band / 4) : min(2.0, band / 4)
        var svg = open(id, width: Int(width), height: Int(height), title: title, description: description)
        svg += "<text class=\"chart-label\" x=\"\(SVGText.number(left))\" y=\"14\" font-size=\"11\" fill=\"\(Self.ink)\">"
            + "\(SVGText.escape(ChartNumber.format(Double(maximum), decimals: 0, language: language)))</text>"
        svg += "<line class=\"chart-grid\" x1=\"\(SVGText.number(left))\" y1=\"\(SVGText.number(top))\" x2=\"\(SVGText.number(right))\" "
            + "y2=\"\(SVGText.number(top))\" stroke=\"\(Self.axisColor)\" stroke-width=\"0.5\" stroke-dasharray=\"3 3\"/>"
        svg += "<g class=\"chart-bars\" fill=\"\(Self.barColor)\">"
        for (index, bar) in bars.enumerated() {
            guard bar.count > 0 else { continue }
            let barHeight = max(1, Double(bar.count) / Double(maximum) * (baseline - top))
            let x = left + band * Double(index) + gap / 2
            svg += "<rect x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(baseline - barHeight))\" "
                + "width=\"\(SVGText.number(max(0.5, band - gap)))\" height=\"\(SVGText.number(barHeight))\"/>"
        }
        svg += "</g>"
        svg += "<line class=\"chart-axis\" x1=\"\(SVGText.number(left))\" y1=\"\(SVGText.number(baseline + 0.5))\" "
            + "x2=\"\(SVGText.number(right))\" y2=\"\(SVGText.number(baseline + 0.5))\" stroke=\"\(Self.axisColor)\" stroke-width=\"1\"/>"
        svg += "<text class=\"chart-label\" x=\"\(SVGText.number(left))\" y=\"136\" font-size=\"11\" fill=\"\(Self.ink)\">"
            + "\(SVGText.escape(axisStart))</text>"
        svg += "<text class=\"chart-label\" x=\"\(SVGText.number(right))\" y=\"136\" font-size=\"11\" fill=\"\(Self.ink)\" "
            + "text-anchor=\"end\">\(SVGText.escape(axisEnd))</text>"
        return svg + "</svg>"
    }

    /// Horizontal bars, one per value, label on the left and count on the right.
    private func rows(id: String, title: String, description: String, language: Language) -> String {
        let rowHeight = 20.0, labelWidth = 160.0, barMax = 136.0
        let width = 340.0, height = rowHeight * Double(bars.count) + 8
        let maximum = max(1, bars.map(\.count).max() ?? 1)
        var svg = open(id, width: Int(width), height: Int(height), title: title, description: description)
        svg += "<g class=\"chart-bars\" fill=\"\(Self.barColor)\">"
        for (index, bar) in bars.enumerated() {
            let y = 4 + rowHeight * Double(index)
            let length = max(1, Double(bar.count) / Double(maximum) * barMax)
            svg += "<rect x=\"\(SVGText.number(labelWidth))\" y=\"\(SVGText.number(y + 3))\" "
                + "width=\"\(SVGText.number(length))\" height=\"\(SVGText.number(rowHeight - 6))\"/>"
        }
        svg += "</g><g class=\"chart-label\" font-size=\"11\" fill=\"\(Self.ink)\">"
        for (index, bar) in bars.enumerated() {
            let y = 4 + rowHeight * Double(index) + 14
            let length = max(1, Double(bar.count) / Double(maximum) * barMax)
            svg += "<text x=\"\(SVGText.number(labelWidth - 6))\" y=\"\(SVGText.number(y))\" text-anchor=\"end\">"
                + "\(SVGText.escape(Self.shortened(bar.label, to: 22)))</text>"
            svg += "<text x=\"\(SVGText.number(labelWidth + length + 4))\" y=\"\(SVGText.number(y))\">"
                + "\(SVGText.escape(ChartNumber.format(Double(bar.count), decimals: 0, language: language)))</text>"
        }
        return svg + "</g></svg>"
    }

    /// The first line of a label, cut to `limit` characters with an ellipsis.
    static func shortened(_ text: String, to limit: Int) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        guard line.count > limit else { return line.isEmpty ? "—" : line }
        return String(line.prefix(limit - 1)) + "…"
    }
}
