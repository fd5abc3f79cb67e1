/// The few rules of Python's `str` that frictionless relies on when it reads a cell: what
/// `str.strip()` removes, what `int()` accepts, what a decimal digit is.
enum PythonText {
    /// `str.isspace()`: bidirectional classes WS, B, S and category Zs — which includes the
    /// no-break space U+00A0 and the separators U+001C…U+001F, unlike Swift's `isWhitespace`.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// `str.strip()` with no argument.
    static func strip(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return text[text.endIndex...] }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return Substring(scalars[first...last])
    }

    static func strip(_ text: String) -> Substring { strip(text[...]) }

    /// The value of a Unicode decimal digit (category Nd): `7`, `٧`, `７`… as Python's `int()` reads them.
    static func digitValue(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value >= 0x30 && scalar.value <= 0x39 { return UInt8(scalar.value - 0x30) }
        guard scalar.value >= 0x660, scalar.properties.numericType == .decimal,
              let value = scalar.properties.numericValue else { return nil }
        return UInt8(value)
    }

    /// `int(text)`: surrounding whitespace, an optional sign, decimal digits (any script) with single
    /// underscores between them. Returns the sign and the digits, or nil.
    static func parseInt(_ text: Substring) -> (negative: Bool, digits: [UInt8])? {
        let scalars = Array(strip(text).unicodeScalars)
        var position = 0
        var negative = false
        if position < scalars.count, scalars[position] == "+" || scalars[position] == "-" {
            negative = scalars[position] == "-"
            position += 1
        }
        var digits: [UInt8] = []
        var afterUnderscore = false
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == "_" {
                guard !digits.isEmpty, !afterUnderscore else { return nil }
                afterUnderscore = true
            } else if let digit = digitValue(scalar) {
                digits.append(digit)
                afterUnderscore = false
            } else {
                return nil
            }
            position += 1
        }
        guard !digits.isEmpty, !afterUnderscore else { return nil }
        return (negative, digits)
    }

    /// `int(text)` as a small integer when it fits, for years and months.
    static func parseSmallInt(_ text: Substring) -> Int? {
        guard let (negative, digits) = parseInt(text) else { return nil }
        let significant = digits.drop(while: { $0 == 0 })
        guard significant.count <= 17 else { return nil }
        let magnitude = significant.reduce(0) { $0 * 10 + Int($1) }
        return negative ? -magnitude : magnitude
    }

    /// `len(text)`: Python counts code points.
    static func length(_ text: String) -> Int { text.unicodeScalars.count }

    /// `str.replace(old, new)`: every non-overlapping `old`, from the left, by code points (`old` not empty). In pure
    /// Swift: Foundation's `replacingOccurrences` bridges to NSString, far too slow for every cell of a file.
    static func replace(_ text: String, _ old: String, with new: String) -> String {
        // UTF-8 is self-synchronizing: matching the bytes of `old` is matching its code points.
        let pattern = Array(old.utf8)
        guard let first = pattern.first else { return text }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(first) else { return String(decoding: bytes, as: UTF8.self) }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                if bytes[index] == first, index + pattern.count <= bytes.count,
                   bytes[index..<index + pattern.count].elementsEqual(pattern) {
                    output.append(contentsOf: new.utf8)
                    index += pattern.count
                } else {
                    output.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// `old in text`, by code points.
    static func contains(_ text: some StringProtocol, _ old: String) -> Bool {
        let pattern = Array(old.unicodeScalars)
        guard let first = pattern.first else { return true }
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while let found = scalars[index...].firstIndex(of: first) {
            if scalars[found...].starts(with: pattern) { return true }
            index = scalars.index(after: found)
        }
        return false
    }

    /// True when every scalar is ASCII.
    static func isASCII(_ text: Substring) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}
