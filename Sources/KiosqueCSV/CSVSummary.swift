/// What reading a CSV file found: its dialect, header, size and issues.
public struct CSVSummary: Sendable, Equatable {
    /// The dialect used to read the file (sniffed or given), with one refinement from the whole
    /// file: a file sniffed as ISO-8859-1 is reported as Windows-1252 when a byte in 0x80–0x9F
    /// occurs past the sniffed prefix.
    public let dialect: CSVDialect
    /// The header fields, transcoded; empty for an empty or binary file.
    public let header: [String]
    /// Data records delivered (header, preamble, blank lines and skipped oversized records excluded).
    /// After an early stop, the records delivered until then.
    public let recordCount: Int
    /// The number of header fields.
    public let columnCount: Int
    /// The first issues of each kind (see ``CSVLimits/maxStoredIssuesPerKind``), in file order.
    public let issues: [CSVIssue]
    /// Every issue found, including those not stored.
    public let issueCount: Int
    /// Records whose field count differs from the header's, stored or not.
    public let raggedRowCount: Int
    /// True when the file is not text; then nothing was parsed.
    public let isBinary: Bool
    /// The size of the input in bytes, byte-order mark included.
    public let byteCount: Int

    /// Creates a summary.
    public init(dialect: CSVDialect, header: [String], recordCount: Int, columnCount: Int, issues: [CSVIssue],
                issueCount: Int, raggedRowCount: Int, isBinary: Bool, byteCount: Int) {
        self.dialect = dialect
        self.header = header
        self.recordCount = recordCount
        self.columnCount = columnCount
        self.issues = issues
        self.issueCount = issueCount
        self.raggedRowCount = raggedRowCount
        self.isBinary = isBinary
        self.byteCount = byteCount
    }
}
