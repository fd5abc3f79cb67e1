import KiosqueCSV
import KiosqueModel
import KiosqueTable

/// Reads a tabular file once, streaming, into its preview: first rows, column profiles, sampled points, and the
/// derived files for reusers (when `derived` says where) — and, when a Table Schema applies, its validation in the same
/// pass. Ragged rows, encoding trouble and schema errors become warnings.
enum TableReader {
    static func preview(path: String, file: String, rows previewRows: Int, derived: DerivedRequest?, schema: DeclaredSchema? = nil,
                        _ messages: Messages, _ diagnostics: inout [Diagnostic]) -> (TablePreview?, SchemaValidation?) {
        let options = TableScan.Options(previewRows: previewRows, derived: derived, twoThreadsFrom: TableScan.Options.buildTwoThreadsFrom)
        let result: TableScan.Result
        var validation = schema?.unchecked
        do {
            if let schema, var check = SchemaCheck(schema) {
                result = try TableScan.read(path: path, options: options, consumer: &check)
                if !result.summary.isBinary {
                    let checked = check.finish(header: result.summary.header, path: path, language: messages.language)
                    report(checked, file: file, messages, &diagnostics)
                    validation = checked
                }
            } else {
                result = try TableScan.read(path: path, options: options)
            }
        } catch {
            diagnostics.append(.warning(SourceLocation(file: file), "table.unreadable", messages.tableProblem(String(describing: error))))
            return (nil, nil)
        }
        let summary = result.summary
        if summary.isBinary {
            diagnostics.append(.warning(SourceLocation(file: file), "table.binary", messages.tableBinary))
            return (nil, nil)
        }
        var ragged = 0
        var wide = false
        for issue in summary.issues {
            // Every record of a too-wide table is too wide: the first one says it.
            if case .tooManyColumns = issue.kind {
                if wide { continue }
                wide = true
            }
            if case let .raggedRow(expected, found) = issue.kind {
                ragged += 1
                if ragged <= 5 {
                    diagnostics.append(.warning(SourceLocation(file: file, line: issue.line), "table.ragged-row",
                                                messages.tableRagged(line: issue.line, expected: expected, found: found),
                                                hint: messages.tableRaggedHint))
                }
            } else {
                diagnostics.append(.warning(SourceLocation(file: file, line: issue.line), "table.issue", messages.tableIssue(issue)))
            }
        }
        if summary.raggedRowCount > 5 {
            diagnostics.append(.warning(SourceLocation(file: file), "table.ragged-row", messages.tableRaggedMore(summary.raggedRowCount - 5),
                                        hint: messages.tableRaggedHint))
        }
        let encoding = summary.dialect.encoding
        let copy = result.preview.derivedFiles.first { $0.kind == .utf8CSV }?.name
        if !encoding.isUTF8 {
            diagnostics.append(.warning(SourceLocation(file: file), "table.encoding", messages.tableEncoding(encoding, copy: copy),
                                        hint: messages.tableEncodingHint))
        } else if result.invalidUTF8Rows > 0 {
            diagnostics.append(.warning(SourceLocation(file: file, line: result.firstInvalidUTF8Line ?? 1), "table.encoding",
                                        messages.tableInvalidUTF8, hint: messages.tableEncodingHint))
        }
        if let failure = result.derivedFailure {
            diagnostics.append(.warning(SourceLocation(file: file), "table.derived", messages.tableDerivedFailure(failure),
                                        hint: messages.tableDerivedFailureHint))
        }
        return (result.preview, validation)
    }

    /// One warning for a file that does not follow its schema, at the line of its first error.
    private static func report(_ validation: SchemaValidation, file: String, _ messages: Messages, _ diagnostics: inout [Diagnostic]) {
        guard validation.isChecked, !validation.valid else { return }
        let summary = validation.errorCounts.map { "\($0.type) : \($0.count)" }.joined(separator: ", ")
        let first = validation.issues.first
        diagnostics.append(.warning(SourceLocation(file: file, line: first?.line ?? 1), "schema.invalid-file",
                                    messages.schemaInvalidFile(errors: validation.errors, schema: validation.schema, summary: summary),
                                    hint: first.map { messages.schemaInvalidFileHint($0.message) }))
    }
}
