/// A JSON document as a value, serialized deterministically: keys sorted, `<`, `>` and `&` escaped so that
/// the text can sit inside an HTML `<script>` element without closing it.
public indirect enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    /// Compact (`pretty == false`) or two-space indented text, keys sorted.
    public func serialized(pretty: Bool = true) -> String {
        String(decoding: serializedBytes(pretty: pretty), as: UTF8.self)
    }

    /// `serialized(pretty:)` as UTF-8 bytes, printed without making a `String`: what a file is written from.
    public func serializedBytes(pretty: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(to: &out, indent: pretty ? 0 : nil)
        if pretty { out.append(0x0A) }
        return out
    }

    /// Indented text as it appears at `depth` inside a pretty document (no line feed at the end): a document can be
    /// assembled from parts serialized apart.
    public func serialized(depth: Int) -> String {
        var out: [UInt8] = []
        write(to: &out, indent: depth)
        return String(decoding: out, as: UTF8.self)
    }

    /// `serialized(depth:)` appended to `out` as UTF-8 bytes.
    public func append(to out: inout [UInt8], depth: Int) {
        write(to: &out, indent: depth)
    }

    /// `text` as a JSON string, quotes included, escaped as `serialized` escapes it: for writers that print JSON text
    /// without building a `JSONValue` first.
    public static func appendString(_ text: String, to out: inout String) {
        guard needsEscape(text) else {
            out.append("\"")
            out.append(text)
            out.append("\"")
            return
        }
        var bytes: [UInt8] = []
        writeString(text, to: &bytes)
        out.append(String(decoding: bytes, as: UTF8.self))
    }

    /// `appendString(_:to:)` into UTF-8 bytes.
    public static func appendString(_ text: String, to out: inout [UInt8]) { writeString(text, to: &out) }

    private func write(to out: inout [UInt8], indent: Int?) {
        switch self {
        case let .string(text): JSONValue.writeString(text, to: &out)
        case let .integer(value): JSONValue.writeInteger(Int64(value), to: &out)
        case let .number(value):
            if value.isFinite {
                if value == value.rounded() && abs(value) < 1e15 {
                    JSONValue.writeInteger(Int64(value), to: &out)
                } else {
                    out.append(contentsOf: String(value).utf8)
                }
            } else {
                JSONValue.appendASCII("null", to: &out)
            }
        case let .bool(value): JSONValue.appendASCII(value ? "true" : "false", to: &out)
        case .null: JSONValue.appendASCII("null", to: &out)
        case let .array(items):
            guard !items.isEmpty else { out.append(0x5B); out.append(0x5D); return }
            out.append(0x5B)
            let inner = indent.map { $0 + 1 }
            for index in items.indices {
                if index > 0 { out.append(0x2C) }
                JSONValue.newline(&out, inner)
                items[index].write(to: &out, indent: inner)
            }
            JSONValue.newline(&out, indent)
            out.append(0x5D)
        case let .object(members):
            guard !members.isEmpty else { out.append(0x7B); out.append(0x7D); return }
            out.append(0x7B)
            let inner = indent.map { $0 + 1 }
            // Sorted as pairs: each value is read where it lies, not looked up again by its key.
            var first = true
            for member in members.sorted(by: { $0.key < $1.key }) {
                if !first { out.append(0x2C) }
                first = false
                JSONValue.newline(&out, inner)
                JSONValue.writeString(member.key, to: &out)
                out.append(0x3A)
                if indent != nil { out.append(0x20) }
                member.value.write(to: &out, indent: inner)
            }
            JSONValue.newline(&out, indent)
            out.append(0x7D)
        }
    }

    @inline(__always)
    private static func appendASCII(_ text: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Decimal digits, as `String(value)` writes them.
    private static func writeInteger(_ value: Int64, to out: inout [UInt8]) {
        if value >= 0 && value < 10 {
            out.append(0x30 + UInt8(value))
            return
        }
        var magnitude = value.magnitude
        if value < 0 { out.append(0x2D) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            repeat {
                digits[19 - count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
        }
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int?) {
        guard let indent else { return }
        out.append(0x0A)
        for _ in 0..<indent {
            out.append(0x20)
            out.append(0x20)
        }
    }

    /// Whether a byte may need an escape: controls, `"`, `\`, `<`, `>`, `&`, and E2 (the lead byte of U+2028 and U+2029).
    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        // Past `\` only E2 may need an escape: lower-case letters and continuation bytes are told apart in two tests.
        if byte > 0x5C { return byte == 0xE2 }
        return byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26
    }

    private static func needsEscape(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in utf8.contains(where: isSpecial) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The text between quotes, escaped; the runs that need no escape are appended whole.
    private static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var run = 0
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                guard isSpecial(byte) else {
                    index += 1
                    continue
                }
                var width = 1
                var escape: (UInt8, UInt8)?
                var unicode: UInt16?
                switch byte {
                case 0x22: escape = (0x5C, 0x22)
                case 0x5C: escape = (0x5C, 0x5C)
                case 0x0A: escape = (0x5C, 0x6E)
                case 0x0D: escape = (0x5C, 0x72)
                case 0x09: escape = (0x5C, 0x74)
                case 0x3C, 0x3E, 0x26: unicode = UInt16(byte)
                case 0..<0x20: unicode = UInt16(byte)
                default:
                    // E2: U+2028 and U+2029 (E2 80 A8, E2 80 A9) end a line in JavaScript.
                    if index + 2 < count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
                        unicode = utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029
                        width = 3
                    }
                }
                guard escape != nil || unicode != nil else {
                    index += 1
                    continue
                }
                if index > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index])) }
                if let (first, second) = escape {
                    out.append(first)
                    out.append(second)
                } else if let unicode {
                    out.append(0x5C)
                    out.append(0x75)
                    out.append(hexDigits[Int(unicode >> 12)])
                    out.append(hexDigits[Int((unicode >> 8) & 0xF)])
                    out.append(hexDigits[Int((unicode >> 4) & 0xF)])
                    out.append(hexDigits[Int(unicode & 0xF)])
                }
                index += width
                run = index
            }
            if count > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<count])) }
        }
        out.append(0x22)
    }
}
