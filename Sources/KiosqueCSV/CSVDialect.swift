/// How a CSV file is written: delimiter, encoding, line ending, and lines to skip before the header.
public struct CSVDialect: Sendable, Equatable {
    /// The field delimiter byte: `,` `;` tab or `|` when sniffed.
    ///
    /// The quote (`"`), CR and LF cannot be delimiters; the reader uses `,` in their place.
    public var delimiter: UInt8
    /// The encoding the fields are transcoded from.
    public var encoding: CSVEncoding
    /// The record terminator seen first outside quotes (informative: all terminators are accepted).
    public var lineEnding: CSVLineEnding
    /// Records before the header that the reader skips: one-cell title lines such as
    /// "Titre du rapport" in exports of the Répertoire national des élus. Each is normally one line.
    public var preambleLines: Int

    /// Creates a dialect; the defaults describe a plain RFC 4180 file.
    public init(delimiter: UInt8 = UInt8(ascii: ","), encoding: CSVEncoding = .utf8,
                lineEnding: CSVLineEnding = .lf, preambleLines: Int = 0) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.lineEnding = lineEnding
        self.preambleLines = preambleLines
    }

    /// The delimiter as text, e.g. `";"` or `"\t"`.
    public var delimiterCharacter: String {
        String(Character(Unicode.Scalar(delimiter)))
    }

    /// A readable name of the delimiter for messages: `comma`, `semicolon`, `tab`, `pipe`, or the character.
    public var delimiterName: String {
        switch delimiter {
        case UInt8(ascii: ","): "comma"
        case UInt8(ascii: ";"): "semicolon"
        case UInt8(ascii: "\t"): "tab"
        case UInt8(ascii: "|"): "pipe"
        default: delimiterCharacter
        }
    }
}
