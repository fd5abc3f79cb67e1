/// What reading a tabular file found: its dialect, its shape and its first rows.
public struct TablePreview: Sendable, Equatable {
    public let encoding: String
    public let delimiter: String
    public let header: [String]
    /// The first data rows (at most the preview size), each padded or cut to the header's width.
    public let rows: [[String]]
    public let rowCount: Int
    public let columnCount: Int
    /// One profile per header column, in order; empty until the profiler has run.
    public let fields: [ColumnProfile]

    public init(encoding: String, delimiter: String, header: [String], rows: [[String]], rowCount: Int, columnCount: Int,
                fields: [ColumnProfile] = []) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.header = header
        self.rows = rows
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.fields = fields
    }
}
