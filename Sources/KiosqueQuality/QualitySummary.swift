/// The quality of a group of datasets (an organization, the portal).
public struct QualitySummary: Sendable, Equatable {
    public let datasets: Int
    /// Mean score, rounded; 0 without datasets.
    public let averageScore: Int
    public let overdue: Int
    /// For each criterion: datasets it applies to and datasets that meet it.
    public let criteria: [(criterion: QualityCriterion, applicable: Int, passed: Int)]

    public init(_ reports: [QualityReport]) {
        datasets = reports.count
        averageScore = reports.isEmpty ? 0 : Int((Double(reports.reduce(0) { $0 + $1.score }) / Double(reports.count)).rounded())
        overdue = reports.filter(\.isOverdue).count
        criteria = QualityCriterion.allCases.map { criterion in
            let results = reports.compactMap { $0.passed(criterion) }
            return (criterion, results.count, results.filter { $0 }.count)
        }
    }

    public static func == (a: QualitySummary, b: QualitySummary) -> Bool {
        a.datasets == b.datasets && a.averageScore == b.averageScore && a.overdue == b.overdue
            && a.criteria.map(\.passed) == b.criteria.map(\.passed) && a.criteria.map(\.applicable) == b.criteria.map(\.applicable)
    }
}
