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
        var out = ""
        write(to: &out, indent: pretty ? 0 : nil)
        if pretty { out.append("\n") }
        return out
    }

    /// Indented text as it appears at `depth` inside a pretty document (no line feed at the end): a document can be
    /// assembled from parts serialized apart.
    public func serialized(depth: Int) -> String {
        var out = ""
        write(to: &out, indent: depth)
        return out
    }

    /// `text` as a JSON string, quotes included, escaped as `serialized` escapes it: for writers that print JSON text
    /// without building a `JSONValue` first.
    public static func appendString(_ text: String, to out: inout String) { writeString(text, to: &out) }

    private func write(to out: inout String, indent: Int?) {
        switch self {
        case let .string(text): JSONValue.writeString(text, to: &out)
        case let .integer(value): out.append(String(value))
        case let .number(value):
            if value.isFinite {
                out.append(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value))
            } else {
                out.append("null")
            }
        case let .bool(value): out.append(value ? "true" : "false")
        case .null: out.append("null")
        case let .array(items):
            guard !items.isEmpty else { out.append("[]"); return }
            out.append("[")
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(",") }
                JSONValue.newline(&out, indent.map { $0 + 1 })
                item.write(to: &out, indent: indent.map { $0 + 1 })
            }
            JSONValue.newline(&out, indent)
            out.append("]")
        case let .object(members):
            guard !members.isEmpty else { out.append("{}"); return }
            out.append("{")
            // Sorted as pairs: each value is read where it lies, not looked up again by its key.
            for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { out.append(",") }
                JSONValue.newline(&out, indent.map { $0 + 1 })
                JSONValue.writeString(member.key, to: &out)
                out.append(indent == nil ? ":" : ": ")
                member.value.write(to: &out, indent: indent.map { $0 + 1 })
            }
            JSONValue.newline(&out, indent)
            out.append("}")
        }
    }

    private static func newline(_ out: inout String, _ indent: Int?) {
        guard let indent else { return }
        out.append(indent < indents.count ? indents[indent] : "\n" + String(repeating: "  ", count: indent))
    }

    /// A line feed and the indentation of each depth, made once.
    private static let indents: [String] = (0..<24).map { "\n" + String(repeating: "  ", count: $0) }

    /// The text between quotes, escaped; the runs that need no escape are appended whole. Escapes are ASCII bytes or
    /// start with E2, so runs begin and end between scalars (not always between characters: `\r\n` is one).
    private static func writeString(_ text: String, to out: inout String) {
        out.append("\"")
        var text = text
        // Most texts need no escape: appended as they are, without copying their bytes into a new string first.
        let plain = text.withUTF8 { utf8 in
            !utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }
        }
        if plain {
            out.append(text)
            out.append("\"")
            return
        }
        text.withUTF8 { utf8 in
            var run = 0
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                var escape: String?
                var width = 1
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x3C: escape = "\\u003c"
                case 0x3E: escape = "\\u003e"
                case 0x26: escape = "\\u0026"
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2:
                    // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end a line in JavaScript.
                    if index + 2 < count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
                        escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                        width = 3
                    }
                default: break
                }
                if let escape {
                    if index > run { out.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[run..<index]), as: UTF8.self)) }
                    out.append(escape)
                    index += width
                    run = index
                } else {
                    index += 1
                }
            }
            if count > run { out.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[run..<count]), as: UTF8.self)) }
        }
        out.append("\"")
    }
}
