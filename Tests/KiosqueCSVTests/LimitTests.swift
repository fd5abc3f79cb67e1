import KiosqueCSV
import Testing

/// Bounds on records, columns and stored issues, and stopping early.
@Suite struct LimitTests {
    static let small = CSVLimits(maxRecordBytes: 32, chunkSize: 8)

    @Test(arguments: [8, 1 << 20])
    func aRecordLargerThanTheLimitIsSkippedAndReported(_ chunkSize: Int) throws {
        let limits = CSVLimits(maxRecordBytes: 32, chunkSize: chunkSize)
        let text = "a,b\n1,2\n" + String(repeating: "x", count: 100) + ",y\n3,4\n"
        let (_, records, summary) = try CSVInput.read(text, limits: limits)
        #expect(CSVInput.fields(records) == [["1", "2"], ["3", "4"]])
        #expect(records.map(\.line) == [2, 4])
        #expect(summary.recordCount == 2)
        #expect(summary.issues == [CSVIssue(line: 3, kind: .recordTooLarge(limit: 32))])
    }

    @Test(arguments: [8, 1 << 20])
    func quotedLineBreaksInASkippedRecordStillCount(_ chunkSize: Int) throws {
        let limits = CSVLimits(maxRecordBytes: 32, chunkSize: chunkSize)
        let text = "a,b\n\"" + String(repeating: "x\r\n", count: 40) + "\",y\r\n5,6\n"
        let (_, records, summary) = try CSVInput.read(text, limits: limits)
        #expect(records == [CSVRecord(fields: ["5", "6"], line: 43)])
        #expect(summary.issues == [CSVIssue(line: 2, kind: .recordTooLarge(limit: 32))])
    }

    @Test func anUnclosedQuoteThatRunsPastTheLimitIsBothTooLargeAndUnclosed() throws {
        let text = "a\n1\n\"" + String(repeating: "long line\n", count: 50)
        let (_, records, summary) = try CSVInput.read(text, limits: Self.small)
        #expect(CSVInput.fields(records) == [["1"]])
        #expect(summary.issues == [CSVIssue(line: 3, kind: .recordTooLarge(limit: 32)),
                                   CSVIssue(line: 3, kind: .unclosedQuote)])
    }

    @Test func aRecordExactlyAtTheLimitIsKept() throws {
        let field = String(repeating: "z", count: 32)
        let (_, records, summary) = try CSVInput.read("a\n\(field)\n", limits: Self.small)
        #expect(CSVInput.fields(records) == [[field]])
        #expect(summary.issues.isEmpty)
    }

    @Test func fieldsPastTheColumnLimitAreDroppedAndReported() throws {
        let (header, records, summary) = try CSVInput.read("a,b,c\n1,2,3,4,5\n6,7,8\n", limits: CSVLimits(maxColumns: 3))
        #expect(header == ["a", "b", "c"])
        #expect(CSVInput.fields(records) == [["1", "2", "3"], ["6", "7", "8"]])
        #expect(summary.issues == [CSVIssue(line: 2, kind: .tooManyColumns(limit: 3, found: 5))])
    }

    @Test func aWideHeaderGrowsTheFieldStorage() throws {
        let names = (0..<5_000).map { "c\($0)" }
        let values = (0..<5_000).map(String.init)
        let text = names.joined(separator: ",") + "\n" + values.joined(separator: ",") + "\n"
        let (header, records, summary) = try CSVInput.read(text)
        #expect(header == names)
        #expect(records.first?.fields == values)
        #expect(summary.issues.isEmpty)
    }

    @Test func raggedRowsAreReportedWithTheirLines() throws {
        let (_, records, summary) = try CSVInput.read("a,b,c\n1,2\n\n3,4,5,6\n7,8,9\n")
        #expect(records.count == 3)
        #expect(summary.issues == [CSVIssue(line: 2, kind: .raggedRow(expected: 3, found: 2)),
                                   CSVIssue(line: 4, kind: .raggedRow(expected: 3, found: 4))])
        #expect(summary.raggedRowCount == 2)
    }

    @Test func storedIssuesAreCappedPerKindButAllCounted() throws {
        let text = "a,b\n" + String(repeating: "1\n", count: 150) + "\"open"
        let (_, records, summary) = try CSVInput.read(text)
        #expect(records.count == 151)
        #expect(summary.issueCount == 152)
        #expect(summary.raggedRowCount == 151)
        #expect(summary.issues.count == 101)
        #expect(summary.issues.first == CSVIssue(line: 2, kind: .raggedRow(expected: 2, found: 1)))
        #expect(summary.issues[99] == CSVIssue(line: 101, kind: .raggedRow(expected: 2, found: 1)))
        #expect(summary.issues.last == CSVIssue(line: 152, kind: .unclosedQuote))
    }

    @Test func returningFalseStopsEarly() throws {
        var reader = CSVReader(bytes: Array(("n\n" + (1...10).map { "\($0)\n" }.joined()).utf8))
        var seen: [String] = []
        let summary = try reader.read { record in
            seen += record.fields
            return seen.count < 3
        }
        #expect(seen == ["1", "2", "3"])
        #expect(summary.recordCount == 3)
    }

    @Test func issuesSayWhatToDo() {
        let issue = CSVIssue(line: 12, kind: .raggedRow(expected: 13, found: 14))
        #expect(issue.message.contains("14 fields"))
        #expect(issue.message.contains("13"))
    }
}
