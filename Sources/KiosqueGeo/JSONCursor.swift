/// A forward reader over the bytes of a JSON document that checks the syntax as it goes and builds nothing it is
/// not asked for: values are skipped, numbers and short strings read on demand. A failure names its byte offset.
struct JSONCursor {
    struct Failure: Error, Sendable, Equatable {
        let offset: Int
        let reason: GeoJSONProblem.SyntaxReason
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index: Int
    private static let maxDepth = 256

    init(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int = 0) {
        self.bytes = bytes
        self.index = index
    }

    var isAtEnd: Bool { index >= bytes.count }

    func fail(_ reason: GeoJSONProblem.SyntaxReason) -> Failure { Failure(offset: min(index, bytes.count), reason: reason) }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// The next byte after white space, not consumed; nil at the end.
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return index < bytes.count ? bytes[index] : nil
    }

    mutating func expect(_ byte: UInt8) throws(Failure) {
        guard peek() == byte else {
            throw fail(index >= bytes.count ? .unexpectedEnd : .expected(Character(Unicode.Scalar(byte))))
        }
        index += 1
    }

    /// Consumes `byte` when it comes next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        index += 1
        return true
    }

    // MARK: Objects and arrays

    /// Calls `member` with each key of the object that starts here; `member` must consume the value.
    mutating func object(_ member: (inout JSONCursor, String) throws(Failure) -> Void) throws(Failure) {
        try expect(UInt8(ascii: "{"))
        if take(UInt8(ascii: "}")) { return }
        repeat {
            guard peek() == UInt8(ascii: "\"") else { throw fail(index >= bytes.count ? .unexpectedEnd : .expectedKey) }
            let key = try string(keep: 64) ?? ""
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
        } while take(UInt8(ascii: ","))
        try close(UInt8(ascii: "}"))
    }

    /// The end of an object or an array, where a `,` could also have come.
    private mutating func close(_ byte: UInt8) throws(Failure) {
        guard peek() == byte else {
            throw fail(index >= bytes.count ? .unexpectedEnd : .expectedCommaOr(Character(Unicode.Scalar(byte))))
        }
        index += 1
    }

    /// Calls `item` for each element of the array that starts here; `item` must consume the value.
    mutating func array(_ item: (inout JSONCursor) throws(Failure) -> Void) throws(Failure) {
        try expect(UInt8(ascii: "["))
        if take(UInt8(ascii: "]")) { return }
        repeat {
            try item(&self)
        } while take(UInt8(ascii: ","))
        try close(UInt8(ascii: "]"))
    }

    // MARK: Scalars

    /// Reads a string; returns its text when it is at most `keep` bytes long, nil otherwise (still checked).
    mutating func string(keep: Int) throws(Failure) -> String? {
        try expect(UInt8(ascii: "\""))
        let start = index
        var plain = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let end = index
                index += 1
                guard end - start <= keep else { return nil }
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
                return plain ? String(decoding: slice, as: UTF8.self) : Self.unescape(slice)
            }
            if byte < 0x20 { throw fail(.controlCharacter) }
            if byte == UInt8(ascii: "\\") {
                plain = false
                index += 1
                guard index < bytes.count else { break }
                switch bytes[index] {
                case UInt8(ascii: "u"):
                    for offset in 1...4 {
                        guard index + offset < bytes.count, Self.hexValue(bytes[index + offset]) != nil else { throw fail(.badEscape) }
                    }
                    index += 5
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 1
                default: throw fail(.badEscape)
                }
                continue
            }
            index += 1
        }
        throw fail(.unexpectedEnd)
    }

    /// Reads a number; nil when the next value is not a number (nothing consumed).
    mutating func number() throws(Failure) -> Double? {
        guard let first = peek(), first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39) else { return nil }
        var negative = false
        if first == UInt8(ascii: "-") { negative = true; index += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var sawDigit = false
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            sawDigit = true
            if digits < 19 {
                mantissa = mantissa * 10 + UInt64(bytes[index] - 0x30)
                if mantissa > 0 { digits += 1 }
            } else {
                exponent += 1
            }
            index += 1
        }
        guard sawDigit else { throw fail(.badNumber) }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var fraction = false
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                fraction = true
                if digits < 19 {
                    mantissa = mantissa * 10 + UInt64(bytes[index] - 0x30)
                    if mantissa > 0 { digits += 1 }
                    exponent -= 1
                }
                index += 1
            }
            guard fraction else { throw fail(.badNumber) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var negativeExponent = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                negativeExponent = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var value = 0
            var any = false
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                any = true
                if value < 10_000 { value = value * 10 + Int(bytes[index] - 0x30) }
                index += 1
            }
            guard any else { throw fail(.badNumber) }
            exponent += negativeExponent ? -value : value
        }
        var result = Double(mantissa)
        if exponent != 0 {
            let power = Self.powerOfTen(exponent.magnitude)
            result = exponent < 0 ? result / power : result * power
        }
        return negative ? -result : result
    }

    /// Skips any value, checking its syntax.
    mutating func skipValue(depth: Int = 0) throws(Failure) {
        guard depth < Self.maxDepth else { throw fail(.tooDeep) }
        guard let byte = peek() else { throw fail(.unexpectedEnd) }
        switch byte {
        case UInt8(ascii: "{"):
            try object { (cursor: inout JSONCursor, _: String) throws(Failure) in try cursor.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            try array { (cursor: inout JSONCursor) throws(Failure) in try cursor.skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""):
            _ = try string(keep: 0)
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            guard try number() != nil else { throw fail(.unexpectedCharacter) }
        }
    }

    /// Consumes `null` when it comes next.
    mutating func takeNull() throws(Failure) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw fail(.unexpectedEnd) }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { throw fail(.unexpectedCharacter) }
        index += count
    }

    // MARK: Helpers

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    private static func unescape(_ slice: UnsafeBufferPointer<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        var index = 0
        func flush() {
            if !raw.isEmpty { scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars); raw.removeAll() }
        }
        while index < slice.count {
            let byte = slice[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < slice.count else { raw.append(byte); index += 1; continue }
            flush()
            let code = slice[index + 1]
            index += 2
            switch code {
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "u") where index + 4 <= slice.count:
                var value: UInt32 = 0
                for offset in 0..<4 { value = value * 16 + (hexValue(slice[index + offset]) ?? 0) }
                index += 4
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            default: scalars.append(Unicode.Scalar(code))
            }
        }
        flush()
        return String(scalars)
    }

    private static let exactPowers: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    private static func powerOfTen(_ exponent: UInt) -> Double {
        if exponent <= 22 { return exactPowers[Int(exponent)] }
        var value = exactPowers[22]
        var remaining = exponent - 22
        while remaining > 0, value.isFinite {
            let step = min(remaining, 22)
            value *= exactPowers[Int(step)]
            remaining -= step
        }
        return value
    }
}
