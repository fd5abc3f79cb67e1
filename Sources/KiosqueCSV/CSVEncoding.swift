/// The character encoding of a CSV file, as detected by ``CSVReader/sniff(_:)``.
///
/// Raw values are the labels shown in `profiles.json`; they follow the WHATWG/IANA names where one
/// exists. Every encoding is transcoded to UTF-8 `String`s when records are read.
public enum CSVEncoding: String, Sendable, CaseIterable {
    /// UTF-8 without a byte-order mark (pure ASCII files are reported as UTF-8 too).
    case utf8 = "utf-8"
    /// UTF-8 behind a byte-order mark (`EF BB BF`); the mark is not part of the first field.
    case utf8BOM = "utf-8-sig"
    /// Windows-1252 ("ANSI"): chosen for non-UTF-8 bytes when any byte in 0x80–0x9F occurs
    /// (`€` is 0x80, `’` is 0x92, `œ` is 0x9C).
    case windows1252 = "windows-1252"
    /// ISO-8859-1 (Latin-1): chosen for non-UTF-8 bytes when no byte in 0x80–0x9F occurs.
    ///
    /// Decoded like Windows-1252, as the WHATWG Encoding Standard does: if a byte in 0x80–0x9F
    /// shows up past the sniffed prefix, it almost certainly means `€`, `’` or `œ`, not a C1 control,
    /// and ``CSVSummary/dialect`` then says Windows-1252.
    case iso88591 = "iso-8859-1"
    /// A UTF-8 byte-order mark in front of a Windows-1252 body: the mark lies. The mark is skipped
    /// and the body is decoded as Windows-1252.
    case utf8BOMWindows1252 = "windows-1252-bom"

    /// True when the file starts with a UTF-8 byte-order mark that the reader skips.
    public var hasByteOrderMark: Bool {
        self == .utf8BOM || self == .utf8BOMWindows1252
    }

    /// True when the body is decoded as UTF-8 (invalid sequences fall back to Windows-1252).
    public var isUTF8: Bool {
        self == .utf8 || self == .utf8BOM
    }
}
