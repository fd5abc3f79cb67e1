import KiosqueModel

/// The verdict on one table: valid or not, how many errors of each type, and the first ones.
///
/// `valid` and the counts agree with `frictionless validate` except where
/// `docs/schema-validation.md` says otherwise; unlike frictionless, which stops at 1 000 errors,
/// every error is counted (only the first ``TableValidator/Limits/maxStoredErrors`` are kept).
public struct TableValidation: Sendable, Equatable {
    public let valid: Bool
    public let errorCount: Int
    /// Error counts by frictionless code (`type-error`, `constraint-error`, `missing-label`…).
    public let countsByType: [String: Int]
    /// The first errors, in the order frictionless reports them (header, then rows).
    public let errors: [TableError]
    /// Data rows read, blank ones included (frictionless' `stats.rows`).
    public let rowCount: Int
    /// False when the memory for `unique` and `primaryKey` was full: later duplicates of values not
    /// remembered were not looked for (see ``TableValidator/Limits/maxRememberedKeys``).
    public let keyChecksComplete: Bool
    /// The schema's own problems, errors and warnings.
    public let schemaProblems: [SchemaProblem]

    public init(valid: Bool, errorCount: Int, countsByType: [String: Int], errors: [TableError], rowCount: Int,
                keyChecksComplete: Bool = true, schemaProblems: [SchemaProblem] = []) {
        self.valid = valid
        self.errorCount = errorCount
        self.countsByType = countsByType
        self.errors = errors
        self.rowCount = rowCount
        self.keyChecksComplete = keyChecksComplete
        self.schemaProblems = schemaProblems
    }

    /// The count for one error type (0 when none).
    public func count(of code: TableErrorCode) -> Int { countsByType[code.rawValue] ?? 0 }

    /// The summary `profiles.json` carries: `{"valid", "errorCount", "errorsByType", "rowCount",
    /// "keyChecksComplete"}` (keys sorted when serialized).
    public var summary: JSONValue {
        .object([
            "valid": .bool(valid),
            "errorCount": .integer(errorCount),
            "errorsByType": .object(countsByType.mapValues(JSONValue.integer)),
            "rowCount": .integer(rowCount),
            "keyChecksComplete": .bool(keyChecksComplete),
        ])
    }
}
