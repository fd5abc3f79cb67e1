/// A Markdown file split into its YAML front matter and its body.
///
/// The front matter is the block between a first line `---` and the next line `---` (or `...`),
/// as in Jekyll and Hugo. Line endings may be LF or CR LF, a leading byte-order mark is ignored,
/// and trailing spaces on the delimiter lines are tolerated. The YAML text is kept byte for byte,
/// so the YAML parser's columns match the file; line numbers let diagnostics point into the file.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML between the delimiters (possibly empty); nil when the file has no front matter.
    public let yaml: String?
    /// The 1-based file line of the first YAML line (2 when there is front matter, 1 otherwise).
    public let yamlFirstLine: Int
    /// The Markdown after the closing delimiter (the whole text when there is no front matter).
    public let body: String
    /// The 1-based file line where `body` starts.
    public let bodyFirstLine: Int
    /// True when the file opens a front matter with `---` but never closes it. `yaml` is then nil
    /// and `body` is the whole text, so that a caller can report the missing delimiter.
    public let isUnclosed: Bool

    public init(yaml: String?, yamlFirstLine: Int, body: String, bodyFirstLine: Int, isUnclosed: Bool = false) {
        self.yaml = yaml
        self.yamlFirstLine = yamlFirstLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.isUnclosed = isUnclosed
    }

    /// Splits "---\n<yaml>\n---\n<body>" (also "...", CRLF, a BOM). yaml nil when there is none.
    public static func split(_ text: String) -> FrontMatter {
        let content = text.hasPrefix("\u{FEFF}") ? Substring(text.unicodeScalars.dropFirst()) : Substring(text)
        let lines = Lines(content)
        guard let opening = lines.line(at: content.startIndex), isDelimiter(opening.text, allowingDots: false) else {
            return FrontMatter(yaml: nil, yamlFirstLine: 1, body: String(content), bodyFirstLine: 1)
        }
        var lineNumber = 1
        var position = opening.next
        while let line = lines.line(at: position) {
            lineNumber += 1
            if isDelimiter(line.text, allowingDots: true) {
                return FrontMatter(yaml: String(content[opening.next..<line.start]), yamlFirstLine: 2,
                                   body: String(content[line.next...]), bodyFirstLine: lineNumber + 1)
            }
            position = line.next
        }
        return FrontMatter(yaml: nil, yamlFirstLine: 1, body: String(content), bodyFirstLine: 1, isUnclosed: true)
    }

    /// `---` (or `...` when closing), then only spaces or tabs.
    private static func isDelimiter(_ line: Substring, allowingDots: Bool) -> Bool {
        let marker = line.utf8.prefix(3)
        guard marker.elementsEqual("---".utf8) || (allowingDots && marker.elementsEqual("...".utf8)) else { return false }
        return line.utf8.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}

private extension FrontMatter {
    /// Lines of a text, without their LF or CR LF ending.
    struct Lines {
        struct Line {
            let start: Substring.Index
            let text: Substring
            /// Where the next line starts (the end of the text after the last line).
            let next: Substring.Index
        }

        let content: Substring

        init(_ content: Substring) { self.content = content }

        /// The line that starts at `start`, or nil at the end of the text.
        func line(at start: Substring.Index) -> Line? {
            guard start < content.endIndex else { return nil }
            let bytes = content.utf8
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                return Line(start: start, text: content[start...], next: content.endIndex)
            }
            var end = newline
            if end > start, bytes[bytes.index(before: end)] == UInt8(ascii: "\r") { end = bytes.index(before: end) }
            return Line(start: start, text: content[start..<end], next: bytes.index(after: newline))
        }
    }
}
