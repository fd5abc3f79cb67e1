import KiosqueModel

/// The quality of one dataset at the build's date: which criteria it meets, its score, whether it is late.
public struct QualityReport: Sendable, Equatable {
    /// The criteria that apply to the dataset, in `QualityCriterion` order, met or not.
    public let checks: [(criterion: QualityCriterion, passed: Bool)]
    /// Met criteria out of those that apply, from 0 to 100.
    public let score: Int
    /// Whole days from the last change to the build's date; nil when the last change is unknown.
    public let daysSinceUpdate: Int?
    /// The longest gap the declared frequency allows, when it has a rule.
    public let allowedDays: Int?

    /// udata's threshold (`QUALITY_DESCRIPTION_LENGTH`).
    public static let descriptionLength = 100
    /// Formats udata counts as closed.
    public static let closedFormats: Set<String> = ["PDF", "DOC", "DOCX", "WORD", "XLS", "XLSX", "EXCEL", "PPT", "PPTX", "BIN"]

    /// "En retard": the last change is older than the frequency allows, measured from `now`.
    public var isOverdue: Bool {
        guard let days = daysSinceUpdate, let allowed = allowedDays else { return false }
        return days > allowed
    }

    /// The criteria to work on, in order.
    public var toImprove: [QualityCriterion] { checks.filter { !$0.passed }.map(\.criterion) }

    public func passed(_ criterion: QualityCriterion) -> Bool? { checks.first { $0.criterion == criterion }?.passed }

    public static func == (a: QualityReport, b: QualityReport) -> Bool {
        a.checks.map(\.criterion) == b.checks.map(\.criterion) && a.checks.map(\.passed) == b.checks.map(\.passed)
            && a.score == b.score && a.daysSinceUpdate == b.daysSinceUpdate && a.allowedDays == b.allowedDays
    }

    /// Whole days from `from` to `to` (negative when `to` comes first).
    public static func days(from: DateStamp, to: DateStamp) -> Int {
        let seconds = to.epochSeconds - from.epochSeconds
        return Int(seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400))
    }

    public init(_ dataset: Dataset, now: DateStamp) {
        let allowed = dataset.frequency?.allowedDays
        let days = dataset.modified.map { Self.days(from: $0, to: now) }
        var checks: [(QualityCriterion, Bool)] = []
        for criterion in QualityCriterion.allCases {
            switch criterion {
            case .license:
                checks.append((criterion, dataset.license.id != nil && dataset.license.isOpen))
            case .description:
                checks.append((criterion, dataset.description.trimmingSpaces.hasAtLeast(Self.descriptionLength)))
            case .temporal:
                checks.append((criterion, dataset.temporal.map { $0.start != nil || $0.end != nil } ?? false))
            case .spatial:
                checks.append((criterion, dataset.spatial.map { $0.name != nil || $0.insee != nil || $0.bbox != nil } ?? false))
            case .frequency:
                checks.append((criterion, dataset.frequency.map { $0 != .unknown } ?? false))
            case .updatedOnTime:
                guard let allowed else { continue }
                checks.append((criterion, days.map { $0 <= allowed } ?? false))
            case .openFormats:
                let data = dataset.distributions.filter { $0.kind != .documentation }
                checks.append((criterion, !data.isEmpty && data.allSatisfy { !Self.closedFormats.contains($0.format.uppercased()) }))
            case .documentation:
                let documented = dataset.schema != nil || dataset.distributions.contains {
                    $0.kind == .documentation || $0.schema != nil || !($0.description ?? "").trimmingSpaces.isEmpty
                }
                checks.append((criterion, documented))
            case .schema:
                let validations = dataset.distributions.compactMap(\.schemaValidation).filter(\.isChecked)
                guard !validations.isEmpty else { continue }
                checks.append((criterion, validations.allSatisfy(\.valid)))
            }
        }
        self.checks = checks
        let met = checks.filter(\.1).count
        score = checks.isEmpty ? 0 : Int((Double(met) * 100 / Double(checks.count)).rounded())
        daysSinceUpdate = days
        allowedDays = allowed
    }
}

private extension Substring {
    /// `count >= length`, counting no further than `length` characters.
    func hasAtLeast(_ length: Int) -> Bool { index(startIndex, offsetBy: length, limitedBy: endIndex) != nil }
}

private extension String {
    var trimmingSpaces: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
