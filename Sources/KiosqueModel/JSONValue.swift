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
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out.append(",") }
                JSONValue.newline(&out, indent.map { $0 + 1 })
                JSONValue.writeString(key, to: &out)
                out.append(indent == nil ? ":" : ": ")
                members[key]?.write(to: &out, indent: indent.map { $0 + 1 })
            }
            JSONValue.newline(&out, indent)
            out.append("}")
        }
    }

    private static func newline(_ out: inout String, _ indent: Int?) {
        guard let indent else { return }
        out.append("\n")
        out.append(String(repeating: "  ", count: indent))
    }

    private static func writeString(_ text: String, to out: inout String) {
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "<": out.append("\\u003c")
            case ">": out.append("\\u003e")
            case "&": out.append("\\u0026")
            case "\u{2028}": out.append("\\u2028")
            case "\u{2029}": out.append("\\u2029")
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}
