/// A recursive-descent JSON parser over UTF-8 bytes that records where each value starts.
struct LocatedJSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// Where the column was last computed on the current line, so columns cost O(1) amortized.
    private var columnMark = (position: 0, column: 1)
    private var depth = 0
    private static let maxDepth = 512

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3; columnMark = (3, 1) }
    }

    mutating func document() throws(LocatedJSONError) -> LocatedJSON {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw failure("extra data after the JSON value") }
        return value
    }

    // MARK: Values

    private mutating func parseValue() throws(LocatedJSONError) -> LocatedJSON {
        let (startLine, startColumn) = (line, currentColumn())
        guard index < bytes.count else { throw failure("a value was expected") }
        func located(_ value: LocatedJSON.Value) -> LocatedJSON {
            LocatedJSON(value: value, line: startLine, column: startColumn)
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): return located(try parseObject())
        case UInt8(ascii: "["): return located(try parseArray())
        case UInt8(ascii: "\""): return located(.string(try parseString()))
        case UInt8(ascii: "t"): try expect("true"); return located(.bool(true))
        case UInt8(ascii: "f"): try expect("false"); return located(.bool(false))
        case UInt8(ascii: "n"): try expect("null"); return located(.null)
        case UInt8(ascii: "N"): try expect("NaN"); return located(.float(.nan))
        case UInt8(ascii: "I"): try expect("Infinity"); return located(.float(.infinity))
        case UInt8(ascii: "-") where bytes[index...].starts(with: Array("-Infinity".utf8)):
            try expect("-Infinity"); return located(.float(-.infinity))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return located(try parseNumber())
        default: throw failure("unexpected character")
        }
    }

    private mutating func parseObject() throws(LocatedJSONError) -> LocatedJSON.Value {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [LocatedJSON.Member] = []
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw failure("a property name in double quotes was expected") }
            let key = try parseString()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw failure("':' was expected after a property name") }
            index += 1
            skipWhitespace()
            members.append(LocatedJSON.Member(key: key, value: try parseValue()))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "}")) { index += 1; return .object(members) }
            throw failure("',' or '}' was expected")
        }
    }

    private mutating func parseArray() throws(LocatedJSONError) -> LocatedJSON.Value {
        try enter()
        defer { depth -= 1 }
        index += 1
        var items: [LocatedJSON] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { index += 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "]")) { index += 1; return .array(items) }
            throw failure("',' or ']' was expected")
        }
    }

    private mutating func parseNumber() throws(LocatedJSONError) -> LocatedJSON.Value {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw failure("a digit was expected") }
        if bytes[index] == UInt8(ascii: "0") { index += 1 } else { skipDigits() }
        var isFloat = false
        if peek(UInt8(ascii: ".")), index + 1 < bytes.count, isDigit(bytes[index + 1]) {
            isFloat = true
            index += 1
            skipDigits()
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            var probe = index + 1
            if probe < bytes.count, bytes[probe] == UInt8(ascii: "+") || bytes[probe] == UInt8(ascii: "-") { probe += 1 }
            if probe < bytes.count, isDigit(bytes[probe]) {
                isFloat = true
                index = probe
                skipDigits()
            }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isFloat { return .float(Double(text) ?? .nan) }
        return .integer(text)
    }

    private mutating func parseString() throws(LocatedJSONError) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flush(_ end: Int) {
            if end > runStart { scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flush(index)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 { throw failure("invalid control character in a string") }
            if byte == UInt8(ascii: "\\") {
                flush(index)
                index += 1
                scalars.append(try parseEscape())
                runStart = index
                continue
            }
            index += 1
        }
        throw failure("unterminated string")
    }

    private mutating func parseEscape() throws(LocatedJSONError) -> Unicode.Scalar {
        guard index < bytes.count else { throw failure("unterminated string") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hex4()
            if (0xD800..<0xDC00).contains(high), bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) {
                let save = index
                index += 2
                let low = try hex4()
                if (0xDC00..<0xE000).contains(low) {
                    return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
                }
                index = save
            }
            return Unicode.Scalar(high) ?? "\u{FFFD}"
        default:
            throw failure("invalid escape in a string")
        }
    }

    private mutating func hex4() throws(LocatedJSONError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("invalid \\u escape") }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }

    // MARK: Helpers

    /// The 1-based column of `index`: Unicode scalars since the line start (UTF-8 continuation bytes skipped).
    private mutating func currentColumn() -> Int {
        if columnMark.position < lineStart || columnMark.position > index { columnMark = (lineStart, 1) }
        var (position, count) = columnMark
        while position < index {
            if bytes[position] & 0xC0 != 0x80 { count += 1 }
            position += 1
        }
        columnMark = (position, count)
        return count
    }

    private mutating func enter() throws(LocatedJSONError) {
        depth += 1
        if depth > Self.maxDepth { throw failure("the document is nested too deeply") }
    }

    private mutating func expect(_ word: String) throws(LocatedJSONError) {
        let utf8 = Array(word.utf8)
        guard bytes[index...].starts(with: utf8) else { throw failure("unexpected character") }
        index += utf8.count
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    private mutating func failure(_ reason: String) -> LocatedJSONError {
        LocatedJSONError(reason: reason, line: line, column: currentColumn())
    }
}
