/// A problem found while reading a CSV file, at the physical line where its record starts.
public struct CSVIssue: Sendable, Equatable {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The record has `found` fields where the header has `expected`.
        case raggedRow(expected: Int, found: Int)
        /// A field is not valid in the file's encoding (UTF-8 past the sniffed prefix); the
        /// offending bytes were decoded as Windows-1252.
        case invalidEncoding
        /// The record is longer than `limit` bytes; it was skipped.
        case recordTooLarge(limit: Int)
        /// The record has `found` fields, more than `limit`; fields past the limit were dropped.
        case tooManyColumns(limit: Int, found: Int)
        /// A quoted field is still open at the end of the file; it runs to the end.
        case unclosedQuote
        /// The file is not text (NUL bytes or many control bytes near its start); nothing was parsed.
        case binary
    }

    /// The 1-based physical line where the record starts.
    public let line: Int
    /// What went wrong.
    public let kind: Kind

    /// Creates an issue.
    public init(line: Int, kind: Kind) {
        self.line = line
        self.kind = kind
    }

    /// A sentence that says what is wrong and what to do, without the location.
    public var message: String {
        switch kind {
        case let .raggedRow(expected, found):
            "the record has \(found) fields but the header has \(expected); check for an unquoted delimiter"
        case .invalidEncoding:
            "invalid UTF-8 bytes were read as Windows-1252; re-save the file as UTF-8"
        case let .recordTooLarge(limit):
            "the record is larger than \(limit) bytes and was skipped; check for an unclosed quote"
        case let .tooManyColumns(limit, found):
            "the record has \(found) fields; only the first \(limit) were kept"
        case .unclosedQuote:
            "a quoted field is not closed before the end of the file; add the closing quote"
        case .binary:
            "the file is not text (NUL or control bytes); check that it really is a CSV export"
        }
    }
}

extension CSVIssue.Kind {
    /// A small integer per case, used to cap stored issues per kind.
    var category: Int {
        switch self {
        case .raggedRow: 0
        case .invalidEncoding: 1
        case .recordTooLarge: 2
        case .tooManyColumns: 3
        case .unclosedQuote: 4
        case .binary: 5
        }
    }

    static let categoryCount = 6
}
