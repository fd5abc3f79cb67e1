/// The record terminator detected in a CSV file's first lines.
///
/// The reader accepts all three terminators anywhere in a file (mixed files are common: CRLF
/// between records and LF inside quoted cells); this value only describes what the file uses.
public enum CSVLineEnding: String, Sendable, CaseIterable {
    /// `\n`, Unix style.
    case lf
    /// `\r\n`, Windows style.
    case crlf
    /// `\r` alone, classic Mac OS style.
    case cr
    /// No terminator in the sniffed prefix: a one-line file without a final newline, or an empty one.
    case none
}
