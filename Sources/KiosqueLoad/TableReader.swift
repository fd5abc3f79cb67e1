import KiosqueCSV
import KiosqueModel
import KiosqueTable

/// Reads a tabular file once, streaming, into its preview: first rows, column profiles, sampled points, and the
/// derived files for reusers (when `derived` says where). Ragged rows and encoding trouble become warnings.
enum TableReader {
    static func preview(path: String, file: String, rows previewRows: Int, derived: DerivedRequest?, _ messages: Messages,
                        _ diagnostics: inout [Diagnostic]) -> TablePreview? {
        let result: TableScan.Result
        do {
            result = try TableScan.read(path: path, options: TableScan.Options(previewRows: previewRows, derived: derived))
        } catch {
            diagnostics.append(.warning(SourceLocation(file: file), "table.unreadable", messages.tableProblem(String(describing: error))))
            return nil
        }
        let summary = result.summary
        if summary.isBinary {
            diagnostics.append(.warning(SourceLocation(file: file), "table.binary", messages.tableBinary))
            return nil
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
        return result.preview
    }
}
