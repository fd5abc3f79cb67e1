import KiosqueCSV
import Testing

/// Record terminators, blank lines and the edges of the input.
@Suite struct LineEndingTests {
    @Test func carriageReturnsAloneEndRecords() throws {
        let (header, records, summary) = try CSVInput.read("a,b\r1,2\r\r3,4\r")
        #expect(summary.dialect.lineEnding == .cr)
        #expect(header == ["a", "b"])
        #expect(CSVInput.fields(records) == [["1", "2"], ["3", "4"]])
        #expect(records.map(\.line) == [2, 4])
    }

    @Test func crlfRecordsKeepLineFeedsInsideQuotes() throws {
        let (_, records, summary) = try CSVInput.read("a,b\r\n\"x\ny\",2\r\n\"p\r\nq\",3\r\n4,5\r\n")
        #expect(summary.dialect.lineEnding == .crlf)
        #expect(CSVInput.fields(records) == [["x\ny", "2"], ["p\r\nq", "3"], ["4", "5"]])
        #expect(records.map(\.line) == [2, 4, 6])
    }

    @Test func mixedTerminatorsAreAllAccepted() throws {
        let (_, records, _) = try CSVInput.read("a\n1\r\n2\r3\n")
        #expect(CSVInput.fields(records) == [["1"], ["2"], ["3"]])
        #expect(records.map(\.line) == [2, 3, 4])
    }

    @Test func theLastRecordNeedsNoFinalNewline() throws {
        let (_, records, summary) = try CSVInput.read("a,b\n1,2\n3,")
        #expect(CSVInput.fields(records) == [["1", "2"], ["3", ""]])
        #expect(summary.recordCount == 2)
        #expect(summary.issues.isEmpty)
    }

    @Test func anEmptyFileHasNoHeaderAndNoRecords() throws {
        let (header, records, summary) = try CSVInput.read("")
        #expect(header.isEmpty)
        #expect(records.isEmpty)
        #expect(summary == CSVSummary(dialect: CSVDialect(lineEnding: .none), header: [], recordCount: 0, columnCount: 0,
                                      issues: [], issueCount: 0, raggedRowCount: 0, isBinary: false, byteCount: 0))
    }

    @Test func aByteOrderMarkAloneIsAnEmptyUTF8File() throws {
        let (header, records, summary) = try CSVInput.read(bytes: [0xEF, 0xBB, 0xBF])
        #expect(header.isEmpty)
        #expect(records.isEmpty)
        #expect(summary.dialect.encoding == .utf8BOM)
        #expect(summary.byteCount == 3)
        #expect(summary.isBinary == false)
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let (header, records, summary) = try CSVInput.read("\n\na,b\n\n1,2\r\n\r\n\r\n3,4\n\n")
        #expect(header == ["a", "b"])
        #expect(CSVInput.fields(records) == [["1", "2"], ["3", "4"]])
        #expect(records.map(\.line) == [5, 8])
        #expect(summary.issues.isEmpty)
    }

    @Test func aLineOfSpacesOrAnEmptyQuotedFieldIsARecord() throws {
        let (_, records, _) = try CSVInput.read("a\n \n\"\"\n")
        #expect(CSVInput.fields(records) == [[" "], [""]])
    }

    @Test func aCarriageReturnAtAChunkBoundaryIsOneLineBreak() throws {
        let text = "a,b\r\n1,2\r\n3,4\r\n"
        for chunkSize in 1...8 {
            let (_, records, _) = try CSVInput.read(text, limits: CSVLimits(chunkSize: chunkSize))
            #expect(records.map(\.line) == [2, 3], "chunk \(chunkSize)")
            #expect(CSVInput.fields(records) == [["1", "2"], ["3", "4"]], "chunk \(chunkSize)")
        }
    }
}
