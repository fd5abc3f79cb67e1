import KiosqueModel
import KiosqueTable
import Testing

/// Distinct counts, top values, histograms and per-month counts: exact when small, estimated in bounded memory.
@Suite struct DistinctAndTopTests {
    @Test func distinctIsExactUpToTheBound() throws {
        let values = (0..<5000).map { "v\($0 % 3000)" }
        let field = try TableInput.column("code", values)
        #expect(field.distinct == 3000)
        #expect(field.distinctIsExact)
    }

    @Test func distinctIsEstimatedWithinAFewPercentPastTheBound() throws {
        let count = 200_000
        let text = "id\n" + (0..<count).map { "id-\($0 &* 2_654_435_761 % 1_000_003)" }.joined(separator: "\n") + "\n"
        let result = try TableInput.profile(text)
        let field = try #require(result.preview.fields.first)
        #expect(!field.distinctIsExact)
        #expect(!field.topIsExact)
        let exact = Set((0..<count).map { $0 &* 2_654_435_761 % 1_000_003 }).count
        let error = abs(Double(field.distinct - exact)) / Double(exact)
        #expect(error < 0.05, "estimate \(field.distinct) for \(exact)")
    }

    @Test func anEstimateNeverSaysMoreValuesThanThereAre() throws {
        // 16 registers: an estimate off by a quarter either way, but never above the 300 values of the column.
        let text = "id\n" + (0..<300).map { "id-\($0)" }.joined(separator: "\n") + "\n"
        let result = try TableInput.profile(text, limits: ProfileLimits(distinctBound: 50, sketchPrecision: 4))
        let field = try #require(result.preview.fields.first)
        #expect(!field.distinctIsExact)
        #expect(field.distinct <= 300)
        #expect(field.distinct > 150)
    }

    @Test func topValuesAreCountedMostFrequentFirst() throws {
        let values = Array(repeating: "culture", count: 5) + Array(repeating: "sport", count: 3) + ["social", "éducation", "éducation"]
        let field = try TableInput.column("categorie", values)
        #expect(field.top.map(\.value) == ["culture", "sport", "éducation", "social"])
        #expect(field.top.map(\.count) == [5, 3, 2, 1])
        #expect(field.topIsExact)
    }

    @Test func numericColumnsHaveAHistogram() throws {
        let field = try TableInput.column("age", (1...100).map(String.init))
        let histogram = try #require(field.histogram)
        #expect(histogram.counts.reduce(0, +) == 100)
        #expect(histogram.counts.count == 10)
        #expect(histogram.lower == 1)
        #expect(histogram.upper == 100)
        #expect(histogram.isExact)
        let small = try TableInput.column("enfants", ["0", "1", "1", "2", "3"])
        #expect(small.histogram?.counts == [1, 2, 1, 1])
    }

    @Test func theHistogramOfManyValuesIsScaledFromASample() throws {
        let text = "valeur\n" + (0..<20_000).map { String($0 % 1000) }.joined(separator: "\n") + "\n"
        let field = try #require(try TableInput.profile(text).preview.fields.first)
        let histogram = try #require(field.histogram)
        #expect(!histogram.isExact)
        let total = histogram.counts.reduce(0, +)
        #expect(abs(total - 20_000) < 200)
        #expect(histogram.counts.allSatisfy { abs($0 - 1000) < 250 })
    }

    @Test func datesAreCountedPerMonth() throws {
        let field = try TableInput.column("date", ["2024-01-05", "2024-01-20", "2024-03-01"])
        #expect(field.months.map(\.value) == ["2024-01", "2024-02", "2024-03"])
        #expect(field.months.map(\.count) == [2, 0, 1])
    }

    @Test func longValuesAreCutForDisplay() throws {
        let long = String(repeating: "é", count: 100)
        let field = try TableInput.column("texte", [long, long])
        let top = try #require(field.top.first)
        #expect(top.value.hasSuffix("…"))
        #expect(top.value.count < 40)
        #expect(top.count == 2)
        #expect(field.maxLength == 100)
    }
}
