import KiosqueChart
import KiosqueModel
import Testing

/// Which chart a column gets, and what its SVG says.
@Suite struct ColumnChartTests {
    @Test func numbersGetAHistogramWithTheirRange() throws {
        let profile = ColumnProfile(name: "montant", type: "number", distinct: 40,
                                    histogram: .init(lower: 0, upper: 100_000, counts: [3, 10, 4, 0, 1], isExact: true))
        let chart = try #require(ColumnChart.make(for: profile, language: .fr))
        #expect(chart.kind == .histogram)
        #expect(chart.bars.map(\.label) == ["0 – 20\u{202F}000", "20\u{202F}000 – 40\u{202F}000", "40\u{202F}000 – 60\u{202F}000",
                                           "60\u{202F}000 – 80\u{202F}000", "80\u{202F}000 – 100\u{202F}000"])
        #expect(chart.bars.map(\.count) == [3, 10, 4, 0, 1])
        #expect(chart.peak == ColumnChart.Bar(label: "20\u{202F}000 – 40\u{202F}000", count: 10))
        #expect(chart.axisStart == "0" && chart.axisEnd == "100\u{202F}000")
        let english = try #require(ColumnChart.make(for: profile, language: .en))
        #expect(english.axisEnd == "100,000")
    }

    @Test func smallIntegerRangesGetOneBarPerValue() throws {
        let years = ColumnProfile(name: "annee", type: "integer", distinct: 3,
                                  histogram: .init(lower: 2022.5, upper: 2025.5, counts: [4, 5, 6], isExact: true))
        let chart = try #require(ColumnChart.make(for: years, language: .fr))
        #expect(chart.bars.map(\.label) == ["2023", "2024", "2025"])
    }

    @Test func datesGetATimelineAndTextTheMostFrequentValues() throws {
        let dates = ColumnProfile(name: "date", type: "date", distinct: 30,
                                  months: [.init(value: "2024-01", count: 3), .init(value: "2024-02", count: 0), .init(value: "2024-03", count: 7)])
        let timeline = try #require(ColumnChart.make(for: dates, language: .fr))
        #expect(timeline.kind == .timeline)
        #expect(timeline.bars.map(\.label) == ["janv. 2024", "févr. 2024", "mars 2024"])
        #expect(timeline.axisStart == "janv. 2024" && timeline.axisEnd == "mars 2024")

        let kinds = ColumnProfile(name: "flux", type: "string", distinct: 3,
                                  top: [.init(value: "Verre", count: 12), .init(value: "Papier", count: 8), .init(value: "<b>", count: 2)])
        let bars = try #require(ColumnChart.make(for: kinds, language: .fr))
        #expect(bars.kind == .topValues)
        let svg = bars.svg(id: "c1", title: "Valeurs de « flux »", description: "Verre 12, Papier 8", language: .fr)
        #expect(svg.contains("&lt;b&gt;"))
        #expect(!svg.contains("<b>"))
    }

    @Test func columnsThatTellNothingGetNoChart() {
        let identifiers = ColumnProfile(name: "id", type: "string", distinct: 100,
                                        top: [.init(value: "a", count: 1), .init(value: "b", count: 1)])
        #expect(ColumnChart.make(for: identifiers, language: .fr) == nil)
        let single = ColumnProfile(name: "commune", type: "string", distinct: 1, top: [.init(value: "Val-de-Lys", count: 40)])
        #expect(ColumnChart.make(for: single, language: .fr) == nil)
        let latitude = ColumnProfile(name: "lat", type: "number", semantic: "latitude", distinct: 40,
                                     histogram: .init(lower: 47, upper: 48, counts: [1, 2], isExact: true))
        #expect(ColumnChart.make(for: latitude, language: .fr) == nil)
        #expect(ColumnChart.make(for: ColumnProfile(name: "vide", type: "any"), language: .fr) == nil)
    }

    @Test func theSVGIsAnAccessibleImageWithoutStyles() throws {
        let profile = ColumnProfile(name: "montant", type: "number", distinct: 40,
                                    histogram: .init(lower: 0, upper: 10, counts: [1, 2, 3], isExact: true))
        let chart = try #require(ColumnChart.make(for: profile, language: .fr))
        let svg = chart.svg(id: "r1-c2", title: "Histogramme de « montant »", description: "3 intervalles", language: .fr)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-histogram\""))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"r1-c2-title\" aria-describedby=\"r1-c2-desc\""))
        #expect(svg.contains("<title id=\"r1-c2-title\">Histogramme de « montant »</title><desc id=\"r1-c2-desc\">3 intervalles</desc>"))
        #expect(svg.ranges(of: "<rect ").count == 3)
        #expect(!svg.contains("style"))
        // Deterministic: the same chart twice gives the same bytes.
        #expect(svg == chart.svg(id: "r1-c2", title: "Histogramme de « montant »", description: "3 intervalles", language: .fr))
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test func numbersAreWrittenTheSameWayEveryTime() {
        #expect(ChartNumber.format(12_345.5, decimals: 2, language: .fr) == "12\u{202F}345,5")
        #expect(ChartNumber.format(12_345.5, decimals: 2, language: .en) == "12,345.5")
        #expect(ChartNumber.format(2024, decimals: 0, language: .fr) == "2024")
        #expect(ChartNumber.format(-0.004, decimals: 2, language: .en) == "0")
        #expect(ChartNumber.format(0.125, decimals: 1, language: .en) == "0.1")
        #expect(ChartNumber.decimals(forStep: 250) == 0)
        #expect(ChartNumber.decimals(forStep: 2.5) == 1)
        #expect(ChartNumber.decimals(forStep: 0.05) == 3)
    }
}
