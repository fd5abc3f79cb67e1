import Foundation

/// Deep equality of JSON values as Python compares dicts and lists.
enum JSONEquality {
    static func equal(_ a: LocatedJSON, _ b: LocatedJSON) -> Bool { key(a) == key(b) }

    /// A canonical text: keys sorted (last duplicate wins), numbers normalized.
    static func key(_ node: LocatedJSON) -> String {
        switch node.value {
        case .null: return "null"
        case let .bool(flag): return flag ? "1e0" : "0"
        case let .integer(text): return PyDecimal(jsonInteger: text)?.canonicalKey ?? text
        case let .float(number): return PyDecimal(double: number).canonicalKey ?? "nan"
        case let .string(text): return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case let .array(items): return "[" + items.map(key).joined(separator: ",") + "]"
        case let .object(members):
            var last: [String: LocatedJSON] = [:]
            for member in members { last[member.key] = member.value }
            return "{" + last.keys.sorted().map { key(LocatedJSON(value: .string($0), line: 0, column: 0)) + ":" + key(last[$0]!) }
                .joined(separator: ",") + "}"
        }
    }
}
