/// The outcome of checking a tabular file against its Table Schema (the resource's, else the dataset's): what
/// `profiles.json`, the dataset page's badge, the validation report page and the quality score show.
///
/// A schema that could not be read (not in the local cache, unreadable, or not a valid Table Schema) gives a value
/// whose ``status`` says why, with ``isChecked`` false: the file was not checked, so it is neither valid nor invalid.
public struct SchemaValidation: Sendable, Equatable {
    /// Whether the file could be checked, and if not, why.
    public enum Status: String, Sendable, Equatable, CaseIterable {
        case checked
        /// An https schema that is not in `.kiosque/schemas/` (`kiosque schemas --fetch` fills it).
        case notCached = "not-cached"
        /// The schema file is missing or cannot be read, or the reference is neither a repository path nor https.
        case unreadable
        /// The schema is not valid JSON or not a valid Table Schema (frictionless' `schema-error`, `field-error`).
        case invalidSchema = "invalid-schema"
    }

    /// How many errors of one frictionless type (`type-error`, `constraint-error`, `missing-label`…).
    public struct ErrorCount: Sendable, Equatable {
        public let type: String
        public let count: Int

        public init(type: String, count: Int) {
            self.type = type
            self.count = count
        }
    }

    /// One error, as the report page lists it.
    public struct Issue: Sendable, Equatable {
        /// frictionless' error type.
        public let type: String
        /// frictionless' row number (the header is row 1); nil for header errors.
        public let row: Int?
        /// The physical line of the file where the row starts, when known.
        public let line: Int?
        /// 1-based column; nil for row-wide errors.
        public let column: Int?
        /// The schema field's name, when the error concerns one.
        public let field: String?
        /// The cell's text (or the label, for header errors), cut to ``SchemaValidation/valueLimit`` characters.
        public let value: String?
        /// What is wrong, in the portal's language.
        public let message: String

        public init(type: String, row: Int?, line: Int?, column: Int?, field: String?, value: String?, message: String) {
            self.type = type
            self.row = row
            self.line = line
            self.column = column
            self.field = field
            self.value = value
            self.message = message
        }
    }

    /// Characters of a cell kept in an ``Issue``.
    public static let valueLimit = 200

    /// The schema's repository path or URL, as declared.
    public let schema: String
    /// The schema's `title` (else its `name`), when it could be read.
    public let schemaTitle: String?
    public let status: Status
    /// True only when the file was checked and has no error.
    public let valid: Bool
    /// Every error found (all are counted; only the first are kept in ``issues``).
    public let errors: Int
    /// Data rows checked (frictionless' `stats.rows`).
    public let rows: Int
    /// Error counts by type, sorted by type.
    public let errorCounts: [ErrorCount]
    /// The first errors, in file order (header first).
    public let issues: [Issue]
    /// False when the memory for `unique` and `primaryKey` was full: later duplicates may have been missed.
    public let keyChecksComplete: Bool

    public init(schema: String, schemaTitle: String? = nil, status: Status = .checked, valid: Bool, errors: Int, rows: Int = 0,
                errorCounts: [ErrorCount] = [], issues: [Issue] = [], keyChecksComplete: Bool = true) {
        self.schema = schema
        self.schemaTitle = schemaTitle
        self.status = status
        self.valid = status == .checked && valid
        self.errors = errors
        self.rows = rows
        self.errorCounts = errorCounts
        self.issues = issues
        self.keyChecksComplete = keyChecksComplete
    }

    /// A file whose schema could not be read: not checked.
    public static func unchecked(schema: String, status: Status) -> SchemaValidation {
        SchemaValidation(schema: schema, status: status, valid: false, errors: 0)
    }

    /// True when the file was checked against the schema.
    public var isChecked: Bool { status == .checked }

    /// Errors counted but not kept in ``issues``.
    public var omittedIssues: Int { max(0, errors - issues.count) }
}
