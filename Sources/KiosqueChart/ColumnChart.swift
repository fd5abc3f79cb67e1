import KiosqueModel

/// The chart that suits a column's profile: a histogram for numbers, the months of dates as a timeline, the most
/// frequent values of text as bars. Labels are in the portal's language; ``svg(id:title:description:)`` draws it.
public struct ColumnChart: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case histogram
        case timeline
        case topValues = "top-values"
    }

    public struct Bar: Sendable, Equatable {
        public let label: String
        public let count: Int
        public init(label: String, count: Int) {
            self.label = label
            self.count = count
        }
    }

    public let kind: Kind
    public let bars: [Bar]
    /// False when counts are scaled from a sample (histograms of large files) or are lower bounds (top values of a
    /// column with more distinct values than the profiler counts).
    public let isExact: Bool
    /// What the two ends of the horizontal axis say (histograms and timelines).
    public let axisStart: String
    public let axisEnd: String
    /// Timelines grouped by year rather than by month.
    public let isYearly: Bool

    public init(kind: Kind, bars: [Bar], isExact: Bool = true, axisStart: String = "", axisEnd: String = "", isYearly: Bool = false) {
        self.kind = kind
        self.bars = bars
        self.isExact = isExact
        self.axisStart = axisStart
        self.axisEnd = axisEnd
        self.isYearly = isYearly
    }

    /// The largest bar (the first of equals).
    public var peak: Bar? {
        bars.reduce(nil) { best, bar in (best.map { bar.count > $0.count } ?? true) ? bar : best }
    }

    /// Months before a timeline is drawn per year.
    static let maxMonths = 120
    /// Bars of a top-values chart.
    static let maxTopValues = 10

    /// The chart for a column, or nil when none would tell anything: empty columns, a single value, coordinates
    /// (the map shows them), text whose values are all different.
    public static func make(for profile: ColumnProfile, language: Language) -> ColumnChart? {
        if profile.semantic == "latitude" || profile.semantic == "longitude" { return nil }
        switch profile.type {
        case "integer", "number":
            return histogram(profile, language: language)
        case "date", "datetime", "yearmonth":
            return timeline(profile, language: language) ?? topValues(profile)
        case "any":
            return nil
        default:
            return topValues(profile)
        }
    }

    private static func histogram(_ profile: ColumnProfile, language: Language) -> ColumnChart? {
        guard let histogram = profile.histogram, histogram.counts.count >= 2, histogram.upper > histogram.lower,
              profile.distinct >= 2 else { return nil }
        let count = histogram.counts.count
        let step = (histogram.upper - histogram.lower) / Double(count)
        // One bin per integer: bins centred on whole numbers (the profiler widens the range by a half).
        let perInteger = profile.type == "integer" && step == 1 && (histogram.lower + 0.5).rounded() == histogram.lower + 0.5
        let decimals = profile.type == "integer" ? 0 : ChartNumber.decimals(forStep: step)
        func number(_ value: Double) -> String { ChartNumber.format(value, decimals: decimals, language: language) }
        let bars = histogram.counts.enumerated().map { index, value -> Bar in
            let low = histogram.lower + step * Double(index)
            let high = index == count - 1 ? histogram.upper : histogram.lower + step * Double(index + 1)
            if perInteger { return Bar(label: number(low + 0.5), count: value) }
            return Bar(label: number(low) + " – " + number(high), count: value)
        }
        let start = perInteger ? number(histogram.lower + 0.5) : number(histogram.lower)
        let end = perInteger ? number(histogram.upper - 0.5) : number(histogram.upper)
        return ColumnChart(kind: .histogram, bars: bars, isExact: histogram.isExact, axisStart: start, axisEnd: end)
    }

    private static func timeline(_ profile: ColumnProfile, language: Language) -> ColumnChart? {
        let months = profile.months
        guard months.count >= 2 else { return nil }
        if months.count > maxMonths {
            var years: [(String, Int)] = []
            for month in months {
                let year = String(month.value.prefix(4))
                if years.last?.0 == year { years[years.count - 1].1 += month.count } else { years.append((year, month.count)) }
            }
            let bars = years.map { Bar(label: $0.0, count: $0.1) }
            return ColumnChart(kind: .timeline, bars: bars, axisStart: bars.first?.label ?? "", axisEnd: bars.last?.label ?? "", isYearly: true)
        }
        let bars = months.map { Bar(label: MonthName.label($0.value, language: language), count: $0.count) }
        return ColumnChart(kind: .timeline, bars: bars, axisStart: bars.first?.label ?? "", axisEnd: bars.last?.label ?? "")
    }

    private static func topValues(_ profile: ColumnProfile) -> ColumnChart? {
        let top = profile.top.prefix(maxTopValues)
        // All different (identifiers, free text): nothing to compare.
        guard top.count >= 2, profile.distinct >= 2, let first = top.first, first.count >= 2 else { return nil }
        return ColumnChart(kind: .topValues, bars: top.map { Bar(label: $0.value, count: $0.count) }, isExact: profile.topIsExact)
    }
}

/// `mars 2024` / `Mar 2024` from `2024-03`.
enum MonthName {
    private static let french = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    private static let english = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func label(_ month: String, language: Language) -> String {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let number = Int(parts[1]), (1...12).contains(number) else { return month }
        let name = language == .fr ? french[number - 1] : english[number - 1]
        return name + " " + parts[0]
    }
}
