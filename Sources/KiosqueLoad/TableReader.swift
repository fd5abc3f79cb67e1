import KiosqueCSV
import KiosqueModel

/// Reads a tabular file once, streaming, into its preview; ragged rows and encoding trouble become warnings.
enum TableReader {
    static func preview(path: String, file: String, rows previewRows: Int, _ messages: Messages,
                        _ diagnostics: inout [Diagnostic]) -> TablePreview? {
        var rows: [[String]] = []
        var header: [String] = []
        let summary: CSVSummary
        do {
            var reader = try CSVReader(path: path)
            summary = try reader.read(header: { header = $0 }) { record in
                if rows.count < previewRows { rows.append(record.fields) }
                return true
            }
        } catch {
            diagnostics.append(.warning(SourceLocation(file: file), "table.unreadable", messages.tableProblem(String(describing: error))))
            return nil
        }
        if summary.isBinary {
            diagnostics.append(.warning(SourceLocation(file: file), "table.binary", messages.tableBinary))
            return nil
        }
        var ragged = 0
        for issue in summary.issues {
            if case let .raggedRow(expected, found) = issue.kind {
                ragged += 1
                if ragged <= 5 {
                    diagnostics.append(.warning(SourceLocation(file: file, line: issue.line), "table.ragged-row",
                                                messages.tableRagged(line: issue.line, expected: expected, found: found),
                                                hint: messages.tableRaggedHint))
                }
            } else {
                diagnostics.append(.warning(SourceLocation(file: file, line: issue.line), "table.issue",
                                            messages.tableProblem(String(describing: issue.kind))))
            }
        }
        let raggedTotal = summary.issues.count < summary.issueCount ? ragged + summary.issueCount - summary.issues.count : ragged
        if raggedTotal > 5 {
            diagnostics.append(.warning(SourceLocation(file: file), "table.ragged-row", messages.tableRaggedMore(raggedTotal - 5)))
        }
        let width = header.count
        let padded = rows.map { row in row.count >= width ? Array(row.prefix(width)) : row + Array(repeating: "", count: width - row.count) }
        return TablePreview(encoding: summary.dialect.encoding.rawValue, delimiter: summary.dialect.delimiterCharacter,
                            header: header, rows: padded, rowCount: summary.recordCount, columnCount: summary.columnCount)
    }
}
