/// Collects issues in the order they occur, storing at most a fixed number per kind.
struct CSVIssueLog {
    private(set) var stored: [CSVIssue] = []
    private(set) var total = 0
    private(set) var raggedRows = 0
    private var perKind = [Int](repeating: 0, count: CSVIssue.Kind.categoryCount)
    private let limitPerKind: Int

    init(limitPerKind: Int) {
        self.limitPerKind = limitPerKind
    }

    mutating func add(_ kind: CSVIssue.Kind, line: Int) {
        total += 1
        if case .raggedRow = kind { raggedRows += 1 }
        let category = kind.category
        guard perKind[category] < limitPerKind else { return }
        perKind[category] += 1
        stored.append(CSVIssue(line: line, kind: kind))
    }
}
