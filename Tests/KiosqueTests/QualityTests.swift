import Foundation
import KiosqueModel
import KiosqueQuality
import Testing

/// The quality score on udata's criteria, the overdue rule, and the Socle commun.
@Suite struct QualityTests {
    static let longDescription = String(repeating: "Le budget primitif voté par le conseil municipal. ", count: 3)

    static func dataset(description: String = longDescription, license: License = License.named("etalab-2.0")!,
                        frequency: Frequency? = .annual, temporal: Dataset.Temporal? = .init(start: .day(year: 2024, month: 1, day: 1), end: nil),
                        spatial: Dataset.Spatial? = .init(name: "Fixtureville", insee: nil, bbox: nil), schema: String? = nil,
                        modified: DateStamp? = .day(year: 2024, month: 3, day: 1), distributions: [Distribution]? = nil) -> Dataset {
        Dataset(id: "budget", title: "Budget", description: description, organizationID: "mairie", license: license, themeIDs: [],
                keywords: [], frequency: frequency, temporal: temporal, spatial: spatial, contact: nil, schema: schema, issued: nil,
                modified: modified, featured: false,
                distributions: distributions ?? [file("budget.csv", format: "CSV", description: "Une ligne par compte.")],
                descriptorPath: "data/budget/dataset.yaml")
    }

    static func file(_ name: String, format: String, description: String? = nil, kind: Distribution.Kind = .main,
                     schema: String? = nil, validation: SchemaValidation? = nil) -> Distribution {
        Distribution(source: .file(name: name, repositoryPath: "data/budget/" + name, byteSize: 10), title: name, description: description,
                     format: format, mediaType: nil, schema: schema, kind: kind, table: nil, schemaValidation: validation)
    }

    static let now = DateStamp.day(year: 2024, month: 6, day: 1)

    @Test func aCompleteDatasetScoresFull() {
        let report = QualityReport(Self.dataset(), now: Self.now)
        #expect(report.score == 100)
        #expect(report.toImprove.isEmpty)
        #expect(report.checks.map(\.criterion) == [.license, .description, .temporal, .spatial, .frequency, .updatedOnTime, .openFormats, .documentation])
        #expect(!report.isOverdue)
    }

    @Test func eachMissingCriterionCostsItsShare() {
        let report = QualityReport(Self.dataset(description: "Trop court.", license: License(id: nil, title: "Maison", url: "https://x.example/l"),
                                                temporal: nil, spatial: nil,
                                                distributions: [Self.file("budget.xlsx", format: "XLSX")]), now: Self.now)
        #expect(report.toImprove == [.license, .description, .temporal, .spatial, .openFormats, .documentation])
        // 2 met (frequency, updated on time) out of 8.
        #expect(report.score == 25)
        // Documentation in PDF does not make the data closed; a described resource documents it.
        let documented = QualityReport(Self.dataset(distributions: [Self.file("budget.csv", format: "CSV"),
                                                                    Self.file("notice.pdf", format: "PDF", kind: .documentation)]), now: Self.now)
        #expect(documented.passed(.openFormats) == true && documented.passed(.documentation) == true)
    }

    @Test func updatedOnTimeAppliesOnlyToFrequenciesWithARule() {
        let irregular = QualityReport(Self.dataset(frequency: .irregular), now: Self.now)
        #expect(irregular.passed(.updatedOnTime) == nil)
        #expect(irregular.passed(.frequency) == true)
        let unknown = QualityReport(Self.dataset(frequency: .unknown), now: Self.now)
        #expect(unknown.passed(.frequency) == false && unknown.passed(.updatedOnTime) == nil)
        let none = QualityReport(Self.dataset(frequency: nil), now: Self.now)
        #expect(none.toImprove == [.frequency])
        // A frequency with a rule and no known date cannot be on time.
        #expect(QualityReport(Self.dataset(modified: nil), now: Self.now).passed(.updatedOnTime) == false)
    }

    @Test(arguments: [
        (Frequency.monthly, 32, false), (.monthly, 33, true), (.weekly, 8, false), (.weekly, 9, true), (.daily, 3, true),
        (.annual, 366, false), (.annual, 367, true), (.quarterly, 94, true), (.irregular, 4000, false), (.never, 4000, false),
    ])
    func overdueWhenTheLastChangeIsOlderThanTheFrequencyAllows(frequency: Frequency, days: Int, overdue: Bool) {
        let modified = DateStamp.day(year: 2024, month: 1, day: 1)
        let now = DateStamp.instant(seconds: modified.epochSeconds + Int64(days) * 86_400 + 3600, offsetMinutes: 0)
        let report = QualityReport(Self.dataset(frequency: frequency, modified: modified), now: now)
        #expect(report.isOverdue == overdue)
        #expect(report.daysSinceUpdate == days)
        if frequency.allowedDays != nil { #expect(report.passed(.updatedOnTime) == !overdue) }
    }

    @Test func schemaValidityCountsWhenAValidatorReported() {
        let schema = "https://schema.data.gouv.fr/schemas/scdl/budget/0.8.3/schema.json"
        let declaredOnly = QualityReport(Self.dataset(schema: schema), now: Self.now)
        #expect(declaredOnly.passed(.schema) == nil)
        let invalid = QualityReport(Self.dataset(distributions: [
            Self.file("budget.csv", format: "CSV", schema: schema, validation: SchemaValidation(schema: schema, valid: false, errors: 12)),
        ]), now: Self.now)
        #expect(invalid.passed(.schema) == false)
        #expect(invalid.toImprove == [.schema])
        #expect(invalid.score == 89)
        let valid = QualityReport(Self.dataset(distributions: [
            Self.file("budget.csv", format: "CSV", schema: schema, validation: SchemaValidation(schema: schema, valid: true, errors: 0)),
        ]), now: Self.now)
        #expect(valid.passed(.schema) == true && valid.score == 100)
    }

    @Test func summariesAverageScoresAndCountLateDatasets() {
        let late = QualityReport(Self.dataset(frequency: .monthly), now: Self.now)
        let fine = QualityReport(Self.dataset(), now: Self.now)
        let summary = QualitySummary([late, fine])
        #expect(late.isOverdue && !fine.isOverdue)
        #expect(summary.overdue == 1)
        #expect(summary.averageScore == (late.score + fine.score + 1) / 2)
        #expect(summary.criteria.first { $0.criterion == .updatedOnTime }.map { ($0.applicable, $0.passed) } ?? (0, 0) == (2, 1))
    }

    @Test func theSocleCommunIsRecognisedFromDeclaredSchemas() async throws {
        let catalog = try await SearchIndexTests.exampleCatalog()
        let status = Dictionary(uniqueKeysWithValues: SocleCommun.status(catalog).map { ($0.item.id, $0) })
        #expect(status["subventions"]?.datasetIDs == ["subventions-associations"])
        #expect(status["deliberations"]?.datasetIDs == ["deliberations-conseil-municipal"])
        #expect(status["budget"]?.datasetIDs == ["budget-primitif"])
        #expect(status["menus-collectifs"]?.datasetIDs == ["menus-restauration-scolaire"])
        #expect(status["equipements"]?.isPublished == true && status["prenoms"]?.isPublished == true)
        // The procurement dataset declares no schema: not counted, but pointed at.
        #expect(status["marches-publics"]?.isPublished == false)
        #expect(status["marches-publics"]?.candidateIDs == ["marches-publics"])
        #expect(status["plats-menus-collectifs"]?.isPublished == false)
        #expect(status["catalogue"]?.isPublished == false)
        // Resource-level schemas count, and so do the schema pages' addresses.
        #expect(SocleCommun.matches("https://schema.data.gouv.fr/scdl/subventions/latest.html", "scdl/subventions"))
        #expect(!SocleCommun.matches("https://schema.data.gouv.fr/schemas/scdl/subventions-v2/2.1.1/schema.json", "scdl/subventions"))
    }
}
