import KiosqueCSV
import Testing

/// RFC 4180 quoting, and what real files do instead.
@Suite struct QuotingTests {
    @Test func quotedFieldsHoldDelimitersNewlinesAndDoubledQuotes() throws {
        let (_, records, _) = try CSVInput.read("a,b,c\n\"x,y\",\"say \"\"hi\"\"\",\"1\n2\"\n")
        #expect(CSVInput.fields(records) == [["x,y", "say \"hi\"", "1\n2"]])
    }

    @Test func aStrayQuoteInsideAnUnquotedFieldIsKept() throws {
        let (_, records, summary) = try CSVInput.read("a,b\n5\"6,x\"y\"\n")
        #expect(CSVInput.fields(records) == [["5\"6", "x\"y\""]])
        #expect(summary.issues.isEmpty)
    }

    @Test func textAfterAClosingQuoteIsKeptAsWritten() throws {
        // Python's csv gives the same: the closing quote goes, the rest stays.
        let (_, records, _) = try CSVInput.read("a,b\n\"ab\"cd,\"x\"\"y\"z\"w\n")
        #expect(CSVInput.fields(records) == [["abcd", "x\"yz\"w"]])
    }

    @Test func emptyAndQuotedEmptyFieldsAreEmpty() throws {
        let (_, records, _) = try CSVInput.read("a,b,c\n,\"\",\n")
        #expect(CSVInput.fields(records) == [["", "", ""]])
    }

    @Test func anUnclosedQuoteRunsToTheEndAndIsReported() throws {
        let (_, records, summary) = try CSVInput.read("a,b\n1,2\n3,\"open\n4,5\n")
        #expect(CSVInput.fields(records) == [["1", "2"], ["3", "open\n4,5\n"]])
        #expect(summary.issues == [CSVIssue(line: 3, kind: .unclosedQuote)])
    }

    @Test func quotedLineBreaksAdvanceTheLineCount() throws {
        let (_, records, _) = try CSVInput.read("a,b\n\"1\n\n\n\",2\n3,4\n")
        #expect(records.map(\.line) == [2, 6])
    }

    @Test func rawFieldsComeUnquotedAndUnescaped() throws {
        var reader = CSVReader(bytes: Array("a,b,c\n\"x,y\",\"say \"\"hi\"\"\",plain\n".utf8))
        var fields: [[UInt8]] = []
        let summary = try reader.readRaw { raw in
            fields = raw.map { Array($0) }
            #expect(raw.line == 2)
            return true
        }
        #expect(fields == [Array("x,y".utf8), Array("say \"hi\"".utf8), Array("plain".utf8)])
        #expect(summary.header == ["a", "b", "c"])
        #expect(summary.recordCount == 1)
    }
}
