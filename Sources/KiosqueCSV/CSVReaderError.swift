/// Why a CSV file could not be read at all (problems inside a file are ``CSVIssue``s instead).
public enum CSVReaderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened: it is missing, unreadable or a folder.
    case cannotOpen(path: String, errno: Int32)
    /// Reading failed midway.
    case cannotRead(path: String, errno: Int32)

    public var description: String {
        switch self {
        case let .cannotOpen(path, code):
            "\(path): cannot open the file (errno \(code)); check that it exists and is a readable file"
        case let .cannotRead(path, code):
            "\(path): reading failed (errno \(code))"
        }
    }
}
