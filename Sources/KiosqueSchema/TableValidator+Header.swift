extension TableValidator {
    /// frictionless' choice of the header row (`Detector.detect_dialect`): among the first 100 rows
    /// (blank ones count, with no cell), the first whose cell count is within 10 % (at least one
    /// cell) of the rounded average; row 1 when none is. Rows before it are not checked.
    ///
    /// It is the CSV reader's header for ordinary files. It differs when blank lines or ragged
    /// rows pull the average away: then the chosen row becomes the header, as in frictionless. Title
    /// lines skipped by the CSV reader count as one-cell rows; should the choice fall on one of them,
    /// the reader's header is kept (its text is gone).
    mutating func chooseHeader() {
        isSampling = false
        let widths = Array(repeating: 1, count: preambleRows) + [readerHeader.count] + sample.map(\.fields.count)
        let width = (Double(widths.reduce(0, +)) / Double(widths.count)).rounded(.toNearestOrEven)
        let drift = max((width * 0.1).rounded(.toNearestOrEven), 1)
        let chosen = widths.firstIndex { Double($0) >= width - drift && Double($0) <= width + drift }.map { $0 + 1 } ?? 1
        var labels = readerHeader
        var firstData = 0
        rowNumber = preambleRows + 1
        if chosen > preambleRows + 1 {
            let index = chosen - preambleRows - 2
            labels = sample[index].fields
            firstData = index + 1
            rowNumber = chosen
        }
        start(labels: labels)
        let records = sample[firstData...]
        sample = []
        for (fields, line) in records {
            rowNumber += 1
            rowCount += 1
            checkCells(fields, line: line)
        }
    }

    /// Pairs the labels with the fields, and prepares a reader per column.
    private mutating func start(labels: [String]) {
        let match = HeaderMatch(header: labels, schema: schema)
        header = match
        let names = match.expectedFields.map(\.name)
        let keyColumns = schema.primaryKey.compactMap { names.firstIndex(of: $0) }
        let hasKey = !schema.primaryKey.isEmpty && keyColumns.count == schema.primaryKey.count
        readers = match.expectedFields.map { CellReader(field: $0, schemaMissingValues: schema.missingValues) }
        let unique = match.expectedFields.indices.filter { match.expectedFields[$0].constraints.unique }
        uniqueColumns = unique.enumerated().map { (column: $0.element, table: $0.offset) }
        primaryKeyColumns = hasKey ? keyColumns : nil
        memory = KeyMemory(tables: unique.count + 1, capacity: limits.maxRememberedKeys)
        values = Array(repeating: nil, count: readers.count)
        for error in match.errors { record(error) }
    }
}
