extension CSVReader {
    /// The reading loop shared by both APIs: preamble, header, then data records with their checks. With `release`,
    /// the records' bytes stay valid until it is called (before they are overwritten, and once at the end).
    func run(header onHeader: ([String]) throws -> Void,
             record onRecord: (CSVRawRecord, inout CSVIssueLog) throws -> Bool,
             release: (() throws -> Void)? = nil) throws -> CSVSummary {
        var issues = CSVIssueLog(limitPerKind: limits.maxStoredIssuesPerKind)
        guard !isBinary else {
            issues.add(.binary, line: 1)
            return summary(header: [], recordCount: 0, issues: issues, encoding: dialect.encoding)
        }
        let scanner = CSVScanner(source: source, startOffset: byteOrderMarkLength,
                                 delimiter: dialect.delimiter, limits: limits)
        scanner.keepsBytes = release != nil
        var preambleLeft = max(0, dialect.preambleLines)
        var encoding = dialect.encoding
        var header: [String]?
        var recordCount = 0
        reading: while true {
            switch try scanner.next() {
            case .end:
                break reading
            case .release:
                try release?()
            case let .oversized(line, unclosedQuote):
                issues.add(.recordTooLarge(limit: limits.maxRecordBytes), line: line)
                if unclosedQuote { issues.add(.unclosedQuote, line: line) }
            case let .record(raw, fieldCount, unclosedQuote):
                if encoding == .iso88591 && raw.contains(where: CodePage.containsWindows1252Byte) {
                    encoding = .windows1252
                }
                if unclosedQuote { issues.add(.unclosedQuote, line: raw.line) }
                if preambleLeft > 0 {
                    preambleLeft -= 1
                    continue
                }
                if fieldCount > raw.count {
                    issues.add(.tooManyColumns(limit: raw.count, found: fieldCount), line: raw.line)
                }
                guard let columns = header?.count else {
                    let names = decodeHeader(raw, issues: &issues)
                    header = names
                    try onHeader(names)
                    continue
                }
                if fieldCount != columns && fieldCount <= raw.count {
                    issues.add(.raggedRow(expected: columns, found: fieldCount), line: raw.line)
                }
                recordCount += 1
                guard try onRecord(raw, &issues) else { break reading }
            }
        }
        try release?()
        return summary(header: header ?? [], recordCount: recordCount, issues: issues, encoding: encoding)
    }

    private func decodeHeader(_ raw: CSVRawRecord, issues: inout CSVIssueLog) -> [String] {
        var invalid = false
        let names = raw.map { dialect.encoding.decode($0, invalid: &invalid) }
        if invalid { issues.add(.invalidEncoding, line: raw.line) }
        return names
    }

    /// The summary; `encoding` is the sniffed one, or Windows-1252 when a file sniffed as
    /// ISO-8859-1 turned out to hold bytes in 0x80–0x9F past the sniffed prefix.
    private func summary(header: [String], recordCount: Int, issues: CSVIssueLog, encoding: CSVEncoding) -> CSVSummary {
        var dialect = dialect
        dialect.encoding = encoding
        return CSVSummary(dialect: dialect, header: header, recordCount: recordCount, columnCount: header.count,
                   issues: issues.stored, issueCount: issues.total, raggedRowCount: issues.raggedRows,
                   isBinary: isBinary, byteCount: source.size)
    }
}
