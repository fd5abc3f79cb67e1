import KiosqueModel

/// frictionless' error types, by their codes.
public enum TableErrorCode: String, Sendable, Hashable, CaseIterable, Comparable {
    case schemaError = "schema-error"
    case fieldError = "field-error"
    case sourceError = "source-error"
    case extraLabel = "extra-label"
    case missingLabel = "missing-label"
    case blankLabel = "blank-label"
    case duplicateLabel = "duplicate-label"
    case incorrectLabel = "incorrect-label"
    case unmatchedHeader = "unmatched-header"
    case blankRow = "blank-row"
    case extraCell = "extra-cell"
    case missingCell = "missing-cell"
    case typeError = "type-error"
    case constraintError = "constraint-error"
    case uniqueError = "unique-error"
    case primaryKey = "primary-key"

    public static func < (a: TableErrorCode, b: TableErrorCode) -> Bool { a.rawValue < b.rawValue }

    /// True for errors about the header rather than a row.
    public var isHeaderError: Bool {
        [.extraLabel, .missingLabel, .blankLabel, .duplicateLabel, .incorrectLabel, .unmatchedHeader].contains(self)
    }
}

/// One error found in a table, numbered as frictionless numbers it (row 1 is the header, row 2 the
/// first data row; blank lines count), with the physical line when Kiosque knows it.
public struct TableError: Sendable, Equatable {
    public let code: TableErrorCode
    /// frictionless' row number; nil for header and schema errors.
    public let row: Int?
    /// The 1-based line in the file where the row starts; nil when not known.
    public let line: Int?
    /// 1-based position of the field or label; nil for row-wide errors.
    public let fieldNumber: Int?
    /// The schema field's name (empty for an extra label or cell).
    public let fieldName: String?
    /// The cell's text, or the label for header errors.
    public let value: String?
    let detail: Detail

    /// What the message needs beyond the code.
    enum Detail: Sendable, Equatable {
        case none
        case type(type: String, format: String)
        case constraint(name: String, value: String, inArrayItem: Bool)
        /// The previous row with the same value; nil when every key cell is empty.
        case duplicate(previousRow: Int?)
        case duplicateLabel(positions: [Int])
        case schema(SchemaProblem)
    }

    init(_ code: TableErrorCode, row: Int? = nil, line: Int? = nil, fieldNumber: Int? = nil, fieldName: String? = nil,
         value: String? = nil, detail: Detail = .none) {
        self.code = code
        self.row = row
        self.line = line
        self.fieldNumber = fieldNumber
        self.fieldName = fieldName
        self.value = value
        self.detail = detail
    }

    /// The constraint that failed, for `constraint-error` (`pattern`, `enum`, `required`…).
    public var constraint: String? {
        if case let .constraint(name, _, _) = detail { return name }
        return nil
    }
}
