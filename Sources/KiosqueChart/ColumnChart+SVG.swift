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

    private func open(_ svg: inout SVGBytes, _ id: String, width: Int, height: Int, title: String, description: String) {
        svg.add("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-")
        svg.add(plain: kind.rawValue)
        svg.add("\" viewBox=\"0 0 ")
        svg.add(integer: UInt(width))
        svg.add(" ")
        svg.add(integer: UInt(height))
        svg.add("\" width=\"")
        svg.add(integer: UInt(width))
        svg.add("\" height=\"")
        svg.add(integer: UInt(height))
        svg.add("\" role=\"img\" aria-labelledby=\"")
        svg.add(escaped: id)
        svg.add("-title\" aria-describedby=\"")
        svg.add(escaped: id)
        svg.add("-desc\"><title id=\"")
        svg.add(escaped: id)
        svg.add("-title\">")
        svg.add(escaped: title)
        svg.add("</title><desc id=\"")
        svg.add(escaped: id)
        svg.add("-desc\">")
        svg.add(escaped: description)
        svg.add("</desc>")
    }

    /// Vertical bars side by side: the histogram's bins or the timeline's months, the largest count on top.
    private func columns(id: String, title: String, description: String, language: Language) -> String {
        let width = 320.0, height = 150.0
        let left = 6.0, right = 314.0, top = 22.0, baseline = 118.0
        let maximum = max(1, bars.map(\.count).max() ?? 1)
        let band = (right - left) / Double(max(1, bars.count))
        let gap = kind == .histogram ? min(1.0, band / 4) : min(2.0, band / 4)
        var svg = SVGBytes(capacity: 1024 + 80 * bars.count + title.utf8.count + description.utf8.count)
        open(&svg, id, width: Int(width), height: Int(height), title: title, description: description)
        svg.add("<text class=\"chart-label\" x=\"")
        svg.add(number: left)
        svg.add("\" y=\"14\" font-size=\"11\" fill=\"")
        svg.add(plain: Self.ink)
        svg.add("\">")
        svg.add(escaped: ChartNumber.format(Double(maximum), decimals: 0, language: language))
        svg.add("</text><line class=\"chart-grid\" x1=\"")
        svg.add(number: left)
        svg.add("\" y1=\"")
        svg.add(number: top)
        svg.add("\" x2=\"")
        svg.add(number: right)
        svg.add("\" y2=\"")
        svg.add(number: top)
        svg.add("\" stroke=\"")
        svg.add(plain: Self.axisColor)
        svg.add("\" stroke-width=\"0.5\" stroke-dasharray=\"3 3\"/><g class=\"chart-bars\" fill=\"")
        svg.add(plain: Self.barColor)
        svg.add("\">")
        for (index, bar) in bars.enumerated() {
            guard bar.count > 0 else { continue }
            let barHeight = max(1, Double(bar.count) / Double(maximum) * (baseline - top))
            let x = left + band * Double(index) + gap / 2
            svg.add("<rect x=\"")
            svg.add(number: x)
            svg.add("\" y=\"")
            svg.add(number: baseline - barHeight)
            svg.add("\" width=\"")
            svg.add(number: max(0.5, band - gap))
            svg.add("\" height=\"")
            svg.add(number: barHeight)
            svg.add("\"/>")
        }
        svg.add("</g><line class=\"chart-axis\" x1=\"")
        svg.add(number: left)
        svg.add("\" y1=\"")
        svg.add(number: baseline + 0.5)
        svg.add("\" x2=\"")
        svg.add(number: right)
        svg.add("\" y2=\"")
        svg.add(number: baseline + 0.5)
        svg.add("\" stroke=\"")
        svg.add(plain: Self.axisColor)
        svg.add("\" stroke-width=\"1\"/><text class=\"chart-label\" x=\"")
        svg.add(number: left)
        svg.add("\" y=\"136\" font-size=\"11\" fill=\"")
        svg.add(plain: Self.ink)
        svg.add("\">")
        svg.add(escaped: axisStart)
        svg.add("</text><text class=\"chart-label\" x=\"")
        svg.add(number: right)
        svg.add("\" y=\"136\" font-size=\"11\" fill=\"")
        svg.add(plain: Self.ink)
        svg.add("\" text-anchor=\"end\">")
        svg.add(escaped: axisEnd)
        svg.add("</text></svg>")
        return svg.text
    }

    /// Horizontal bars, one per value, label on the left and count on the right.
    private func rows(id: String, title: String, description: String, language: Language) -> String {
        let rowHeight = 20.0, labelWidth = 160.0, barMax = 136.0
        let width = 340.0, height = rowHeight * Double(bars.count) + 8
        let maximum = max(1, bars.map(\.count).max() ?? 1)
        var svg = SVGBytes(capacity: 1024 + 200 * bars.count + title.utf8.count + description.utf8.count)
        open(&svg, id, width: Int(width), height: Int(height), title: title, description: description)
        svg.add("<g class=\"chart-bars\" fill=\"")
        svg.add(plain: Self.barColor)
        svg.add("\">")
        for index in bars.indices {
            let y = 4 + rowHeight * Double(index)
            let length = max(1, Double(bars[index].count) / Double(maximum) * barMax)
            svg.add("<rect x=\"")
            svg.add(number: labelWidth)
            svg.add("\" y=\"")
            svg.add(number: y + 3)
            svg.add("\" width=\"")
            svg.add(number: length)
            svg.add("\" height=\"")
            svg.add(number: rowHeight - 6)
            svg.add("\"/>")
        }
        svg.add("</g><g class=\"chart-label\" font-size=\"11\" fill=\"")
        svg.add(plain: Self.ink)
        svg.add("\">")
        for (index, bar) in bars.enumerated() {
            let y = 4 + rowHeight * Double(index) + 14
            let length = max(1, Double(bar.count) / Double(maximum) * barMax)
            svg.add("<text x=\"")
            svg.add(number: labelWidth - 6)
            svg.add("\" y=\"")
            svg.add(number: y)
            svg.add("\" text-anchor=\"end\">")
            svg.add(escaped: Self.shortened(bar.label, to: 22))
            svg.add("</text><text x=\"")
            svg.add(number: labelWidth + length + 4)
            svg.add("\" y=\"")
            svg.add(number: y)
            svg.add("\">")
            svg.add(escaped: ChartNumber.format(Double(bar.count), decimals: 0, language: language))
            svg.add("</text>")
        }
        svg.add("</g></svg>")
        return svg.text
    }

    /// The first line of a label, cut to `limit` characters with an ellipsis.
    static func shortened(_ text: String, to limit: Int) -> String {
        // Most labels are short and on one line: nothing to cut (no byte of a line break, no more bytes than `limit`).
        if !text.isEmpty, text.utf8.count <= limit,
           !text.utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) {
            return text
        }
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        guard line.count > limit else { return line.isEmpty ? "—" : line }
        return String(line.prefix(limit - 1)) + "…"
    }
}
