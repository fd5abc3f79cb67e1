/// One data record, its fields transcoded to UTF-8 strings.
public struct CSVRecord: Sendable, Equatable {
    /// The fields, quotes removed and doubled quotes undone. Ragged records keep their own length.
    public let fields: [String]
    /// The 1-based physical line where the record starts (a quoted newline advances the count
    /// without starting a record; blank and preamble lines are counted).
    public let line: Int

    /// Creates a record.
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}
