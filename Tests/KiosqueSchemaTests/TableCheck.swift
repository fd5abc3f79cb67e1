import Foundation
import KiosqueCSV
import KiosqueSchema

/// Reads a CSV with KiosqueCSV's streaming reader and validates it, as the load pass will: the
/// sniffed dialect, but no title line skipped (`preambleLines = 0`), since the validator chooses
/// the header row itself, as frictionless does.
enum TableCheck {
    static func validate(_ bytes: [UInt8], against schema: TableSchema, limits: TableValidator.Limits = .default) throws -> TableValidation {
        var dialect = CSVReader(bytes: bytes).dialect
        dialect.preambleLines = 0
        var reader = CSVReader(bytes: bytes, dialect: dialect)
        return try run(&reader, tail: bytes.suffix(4096), schema: schema, limits: limits)
    }

    static func validate(file: URL, against schema: TableSchema) throws -> TableValidation {
        var dialect = try CSVReader(path: file.path).dialect
        dialect.preambleLines = 0
        var reader = try CSVReader(path: file.path, dialect: dialect)
        let data = try Data(contentsOf: file)
        return try run(&reader, tail: [UInt8](data.suffix(4096)), schema: schema, limits: .default)
    }

    static func validate(csv text: String, schema json: String) throws -> TableValidation {
        try validate(Array(text.utf8), against: TableSchema.parse(json, file: "schema.json"))
    }

    private static func run(_ reader: inout CSVReader, tail: [UInt8], schema: TableSchema,
                            limits: TableValidator.Limits) throws -> TableValidation {
        var validator: TableValidator?
        let headerLine = reader.dialect.preambleLines + 1
        let summary = try reader.read(header: { validator = TableValidator(schema: schema, header: $0, headerLine: headerLine, limits: limits) }) { record in
            validator?.validate(row: record.fields, line: record.line)
            return true
        }
        if validator == nil { validator = TableValidator(schema: schema, header: summary.header, limits: limits) }
        validator?.noteTrailingBlankLines(TableValidator.trailingBlankLines(in: tail))
        return validator!.finish()
    }
}
