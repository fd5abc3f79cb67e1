import KiosqueModel

/// A Frictionless Table Schema (v1, with the v2 additions frictionless-py 5 reads), parsed from
/// JSON with the place of each field, and checked as `frictionless validate` checks it.
///
/// ```swift
/// let schema = TableSchema.parse(bytes, file: "schemas/subventions.json")
/// for problem in schema.problems { print(problem.diagnostic(in: .fr).formatted(in: .fr)) }
/// var validator = TableValidator(schema: schema, header: header)
/// ```
///
/// Parsing never fails: a file that is not JSON, or not a schema, gives a schema without fields
/// whose ``problems`` say why. Foreign keys are read but not checked (see ``foreignKeys``).
public struct TableSchema: Sendable, Equatable {
    /// The schema file, relative to the portal root, as diagnostics show it.
    public let file: String
    public let name: String?
    public let title: String?
    public let fields: [SchemaField]
    /// Texts read as "no value" (default `[""]`); a field may have its own list.
    public let missingValues: [String]
    public let primaryKey: [String]
    public let foreignKeys: [ForeignKey]
    public let fieldsMatch: FieldsMatch
    /// Errors (the schema is unusable, as frictionless says) and warnings (what Kiosque does not check).
    public let problems: [SchemaProblem]

    /// How the header's labels pair with the fields (Table Schema v2 `fieldsMatch`; `exact` by default).
    public enum FieldsMatch: String, Sendable, CaseIterable {
        /// Same fields, same order, paired by position.
        case exact
        /// Same fields, any order, paired by name.
        case equal
        /// The data may have more columns than the schema.
        case subset
        /// The data may lack fields of the schema, except required ones and primary-key ones.
        case superset
        /// Both, as long as at least one label matches.
        case partial
    }

    /// A foreign key as declared; Kiosque does not check foreign keys (a warning says so).
    public struct ForeignKey: Sendable, Equatable {
        public let fields: [String]
        /// The resource referred to; empty for the table itself.
        public let resource: String
        public let referencedFields: [String]

        public init(fields: [String], resource: String, referencedFields: [String]) {
            self.fields = fields
            self.resource = resource
            self.referencedFields = referencedFields
        }
    }

    /// True when the schema has no error: tables can be checked against it.
    public var isUsable: Bool { !problems.contains { $0.severity == .error } }

    /// The problems as diagnostics, in file order.
    public func diagnostics(in language: Language) -> [Diagnostic] {
        problems.map { $0.diagnostic(in: language) }.sorted()
    }

    /// The field called `name`, if any.
    public func field(named name: String) -> SchemaField? { fields.first { $0.name == name } }

    init(file: String, name: String? = nil, title: String? = nil, fields: [SchemaField] = [], missingValues: [String] = [""],
         primaryKey: [String] = [], foreignKeys: [ForeignKey] = [], fieldsMatch: FieldsMatch = .exact, problems: [SchemaProblem]) {
        self.file = file
        self.name = name
        self.title = title
        self.fields = fields
        self.missingValues = missingValues
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
        self.fieldsMatch = fieldsMatch
        self.problems = problems
    }

    /// Reads a schema from the bytes of a JSON file; `file` is the path diagnostics show.
    public static func parse(_ bytes: [UInt8], file: String) -> TableSchema {
        let root: LocatedJSON
        do {
            root = try LocatedJSON.parse(bytes)
        } catch {
            let location = SourceLocation(file: file, line: error.line, column: error.column)
            return TableSchema(file: file, problems: [SchemaProblem(code: "schema-error", at: location,
                fr: "le schéma n’est pas du JSON valide (\(error.reason))",
                en: "the schema is not valid JSON (\(error.reason))")])
        }
        var builder = TableSchemaBuilder(file: file)
        return builder.build(root)
    }

    /// Reads a schema from JSON text.
    public static func parse(_ text: String, file: String) -> TableSchema {
        parse(Array(text.utf8), file: file)
    }
}
