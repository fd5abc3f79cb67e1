import KiosqueModel

/// Checks a table against a ``TableSchema`` row by row, as `frictionless validate` does, in the
/// same streaming pass that reads the file.
///
/// ```swift
/// var dialect = try CSVReader(path: path).dialect
/// dialect.preambleLines = 0                      // the validator chooses the header row itself
/// var reader = try CSVReader(path: path, dialect: dialect)
/// var validator: TableValidator?
/// let summary = try reader.read(header: { validator = TableValidator(schema: schema, header: $0) }) { record in
///     validator?.validate(row: record.fields, line: record.line)
///     return true
/// }
/// var checked = validator ?? TableValidator(schema: schema, header: summary.header)
/// checked.noteTrailingBlankLines(TableValidator.trailingBlankLines(in: lastBytesOfTheFile))
/// let report = checked.finish()
/// ```
///
/// Rows are numbered as frictionless numbers them: the header is row 1, and every record after it
/// counts, blank lines included. The CSV reader skips blank lines, so the validator infers them
/// from the gaps between line numbers (a record spans one line plus the line breaks inside its
/// quoted fields) and reports each as a `blank-row`, as frictionless does; blank lines after the
/// last record are given with ``noteTrailingBlankLines(_:)``. Like frictionless, the header row is
/// chosen among the first 100 rows (see ``chooseHeader()``), so the first 100 records are kept
/// before any is checked.
///
/// When the schema has errors, no row is checked and the verdict lists the schema's errors, as
/// frictionless does.
public struct TableValidator: Sendable {
    /// Bounds on what a validation keeps in memory.
    public struct Limits: Sendable, Equatable {
        /// Errors kept for the report; all are counted.
        public var maxStoredErrors: Int
        /// Values remembered for `unique` fields and the primary key together (see ``TableValidation/keyChecksComplete``).
        public var maxRememberedKeys: Int

        public init(maxStoredErrors: Int = 1000, maxRememberedKeys: Int = 2_000_000) {
            self.maxStoredErrors = maxStoredErrors
            self.maxRememberedKeys = maxRememberedKeys
        }

        public static let `default` = Limits()
    }

    let schema: TableSchema
    let limits: Limits
    let checksRows: Bool
    /// The header the CSV reader found, and the lines it skipped before it (title lines).
    let readerHeader: [String]
    let preambleRows: Int
    /// The first records, kept until frictionless' header row can be chosen (see ``chooseHeader()``).
    var sample: [(fields: [String], line: Int)] = []
    var isSampling = true
    /// Set once the header row is chosen.
    var header = HeaderMatch(header: [], schema: TableSchema(file: "", problems: []))
    var readers: [CellReader] = []
    /// Columns of `unique` fields, each with its memory table.
    var uniqueColumns: [(column: Int, table: Int)] = []
    /// Columns of the primary key when every key field has a column; its memory table is the last.
    var primaryKeyColumns: [Int]?
    var memory: KeyMemory
    var stored: [TableError] = []
    var counts: [TableErrorCode: Int] = [:]
    var errorCount = 0
    var rowNumber = 1
    var rowCount = 0
    /// The previous record and its line, to tell blank lines from quoted line breaks.
    var previousLine: Int
    var previousFields: [String]
    var pending: [TableError] = []
    var values: [CellValue?] = []

    /// frictionless looks for the header among its first 100 rows.
    static let sampleSize = 100

    /// Prepares the checks for a table whose header is `header`, read at line `headerLine`
    /// (after any title lines the CSV reader skipped).
    public init(schema: TableSchema, header: [String], headerLine: Int = 1, limits: Limits = .default) {
        self.schema = schema
        self.limits = limits
        checksRows = schema.isUsable
        readerHeader = header
        preambleRows = max(0, headerLine - 1)
        memory = KeyMemory(tables: 1, capacity: limits.maxRememberedKeys)
        previousLine = headerLine
        previousFields = header
        if !checksRows {
            isSampling = false
            for problem in schema.problems where problem.severity == .error {
                record(TableError(problem.code == "field-error" ? .fieldError : .schemaError, fieldName: problem.fieldName,
                                  detail: .schema(problem)))
            }
        }
    }

    /// Checks one data record; `line` is the physical line where it starts (``CSVRecord/line``).
    public mutating func validate(row fields: [String], line: Int) {
        guard checksRows else { return }
        if line > previousLine + 1 {
            // A gap: blank lines, or line breaks inside the previous record's quoted fields.
            let expected = nextLine
            if line > expected {
                for blankLine in expected..<line { accept([], line: blankLine) }
            }
        }
        previousLine = line
        previousFields = fields
        accept(fields, line: line)
    }

    /// Reports `count` blank lines after the last record, which the CSV reader does not deliver
    /// (see ``trailingBlankLines(in:)``).
    public mutating func noteTrailingBlankLines(_ count: Int) {
        guard checksRows, count > 0 else { return }
        let start = nextLine
        for offset in 0..<count { accept([], line: start + offset) }
    }

    /// The line where the record after the previous one starts when no blank line separates them.
    private var nextLine: Int {
        previousLine + 1 + previousFields.reduce(0) { $0 + TableValidator.lineBreaks(in: $1) }
    }

    /// A record (empty for a blank line): kept while sampling, checked afterwards.
    private mutating func accept(_ fields: [String], line: Int) {
        guard isSampling else {
            rowNumber += 1
            rowCount += 1
            checkCells(fields, line: line)
            return
        }
        sample.append((fields, line))
        if preambleRows + 1 + sample.count >= TableValidator.sampleSize { chooseHeader() }
    }

    /// The verdict.
    public func finish() -> TableValidation {
        var finished = self
        if finished.isSampling { finished.chooseHeader() }
        return finished.verdict()
    }

    private func verdict() -> TableValidation {
        var counts = counts
        var errorCount = errorCount
        var stored = stored
        if checksRows, header.labels.isEmpty, rowCount == 0 {
            counts[.sourceError, default: 0] += 1
            errorCount += 1
            stored.append(TableError(.sourceError))
        }
        return TableValidation(valid: errorCount == 0, errorCount: errorCount,
                               countsByType: Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) }),
                               errors: stored, rowCount: rowCount, keyChecksComplete: memory.isComplete,
                               schemaProblems: schema.problems)
    }

    /// Blank lines at the end of a file, from its last bytes: every line break after the one that
    /// ends the last record is an empty record for Python's `csv` module (CRLF counts once).
    public static func trailingBlankLines(in tail: some BidirectionalCollection<UInt8>) -> Int {
        var breaks = 0
        var index = tail.endIndex
        while index > tail.startIndex {
            let previous = tail.index(before: index)
            let byte = tail[previous]
            if byte == UInt8(ascii: "\n") {
                breaks += 1
                if previous > tail.startIndex, tail[tail.index(before: previous)] == UInt8(ascii: "\r") {
                    index = tail.index(before: previous)
                    continue
                }
            } else if byte == UInt8(ascii: "\r") {
                breaks += 1
            } else {
                break
            }
            index = previous
        }
        return index == tail.startIndex ? breaks : max(0, breaks - 1)
    }

    /// Line breaks inside a field as the CSV reader counts them: LF, CR, and CRLF once.
    static func lineBreaks(in field: String) -> Int {
        var count = 0
        var afterCarriageReturn = false
        for byte in field.utf8 {
            if byte == UInt8(ascii: "\n") {
                if !afterCarriageReturn { count += 1 }
                afterCarriageReturn = false
            } else {
                afterCarriageReturn = byte == UInt8(ascii: "\r")
                if afterCarriageReturn { count += 1 }
            }
        }
        return count
    }

    mutating func record(_ error: TableError) {
        errorCount += 1
        counts[error.code, default: 0] += 1
        if stored.count < limits.maxStoredErrors { stored.append(error) }
    }
}
