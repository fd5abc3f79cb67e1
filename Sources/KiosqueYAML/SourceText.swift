/// The bytes of a YAML file, to turn byte offsets into 1-based lines and columns and back.
///
/// Lines end at LF, CR LF or a lone CR (as libyaml counts them); columns count Unicode scalars,
/// as libyaml's marks do, so positions computed here agree with the parser's.
struct SourceText {
    let bytes: [UInt8]

    /// The 0-based line and column of the byte at `offset` (which may be `bytes.count`).
    func mark(ofByte offset: Int) -> YAMLMark {
        var line = 0
        var column = 0
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                column = 0
            } else if byte == 0x0D {
                // The CR of a CR LF pair: the LF ends the line.
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return YAMLMark(line: line, column: column)
    }

    /// The byte offset where a 0-based line and column start, or nil past the end.
    func offset(of mark: YAMLMark) -> Int? {
        var index = 0
        var line = 0
        while line < mark.line {
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            index += 1
            if byte == 0x0A || (byte == 0x0D && (index >= bytes.count || bytes[index] != 0x0A)) {
                line += 1
            }
        }
        var column = 0
        while column < mark.column {
            guard index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D else { return nil }
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index < bytes.count ? index : nil
    }

    /// The character at a 0-based line and column, or nil at the end of a line or of the file.
    func character(at mark: YAMLMark) -> Character? {
        guard let start = offset(of: mark), bytes[start] != 0x0A, bytes[start] != 0x0D else { return nil }
        var end = start + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).first
    }

    /// True when only spaces and tabs precede the 0-based line and column on its line.
    func isIndentation(_ mark: YAMLMark) -> Bool {
        guard let target = offset(of: YAMLMark(line: mark.line, column: mark.column)) else { return false }
        guard let lineStart = offset(of: YAMLMark(line: mark.line, column: 0)) else { return false }
        return bytes[lineStart..<target].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
