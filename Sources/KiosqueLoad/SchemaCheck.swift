import Foundation
import KiosqueModel
import KiosqueSchema
import KiosqueTable

/// The Table Schema check that joins a table's one streaming pass (``TableScan``): a ``TableValidator`` fed with the
/// decoded records. Its memory is bounded by the validator's limits (the first errors, the keys of `unique` fields).
struct SchemaCheck: TableRecordConsumer {
    let declared: DeclaredSchema
    let schema: TableSchema
    private var validator: TableValidator?

    init?(_ declared: DeclaredSchema) {
        guard let schema = declared.schema else { return nil }
        self.declared = declared
        self.schema = schema
    }

    mutating func start(header: [String], headerLine: Int) {
        validator = TableValidator(schema: schema, header: header, headerLine: headerLine)
    }

    mutating func consume(_ fields: [String], line: Int) {
        validator?.validate(row: fields, line: line)
    }

    /// The verdict, once the scan is over. `header` is the reader's (for an empty file, whose header was never handed
    /// over); `path` is read again only for its last bytes, where blank lines count as rows.
    func finish(header: [String], path: String, language: Language) -> SchemaValidation {
        var checked = validator ?? TableValidator(schema: schema, header: header)
        checked.noteTrailingBlankLines(TableValidator.trailingBlankLines(in: Self.tail(of: path)))
        return Self.model(checked.finish(), declared: declared, language: language)
    }

    /// The last 4 KB of a file.
    static func tail(of path: String, bytes: Int = 4096) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        guard let end = try? handle.seekToEnd() else { return [] }
        try? handle.seek(toOffset: end > UInt64(bytes) ? end - UInt64(bytes) : 0)
        return [UInt8]((try? handle.readToEnd()) ?? Data())
    }

    /// The model's value for a verdict: counts sorted by type, the first errors with their message in `language`.
    static func model(_ verdict: TableValidation, declared: DeclaredSchema, language: Language) -> SchemaValidation {
        let counts = verdict.countsByType.sorted { $0.key < $1.key }.map { SchemaValidation.ErrorCount(type: $0.key, count: $0.value) }
        let issues = verdict.errors.map { error in
            SchemaValidation.Issue(type: error.code.rawValue, row: error.row, line: error.line, column: error.fieldNumber,
                                   field: error.fieldName.flatMap { $0.isEmpty ? nil : $0 },
                                   value: error.value.map(Self.shortened), message: error.message(in: language))
        }
        return SchemaValidation(schema: declared.reference, schemaTitle: declared.title, status: .checked, valid: verdict.valid,
                                errors: verdict.errorCount, rows: verdict.rowCount, errorCounts: counts, issues: issues,
                                keyChecksComplete: verdict.keyChecksComplete)
    }

    static func shortened(_ value: String) -> String {
        value.count > SchemaValidation.valueLimit ? String(value.prefix(SchemaValidation.valueLimit)) + "…" : value
    }
}
