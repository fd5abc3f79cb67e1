/// The JSON types the schema profile asks for.
enum SchemaJSONType: Sendable {
    case string, boolean, integer, array, object, stringArray

    func accepts(_ node: LocatedJSON) -> Bool {
        switch (self, node.value) {
        case (.string, .string), (.boolean, .bool), (.integer, .integer), (.array, .array), (.object, .object): true
        case let (.integer, .float(value)): value.isFinite && value == value.rounded()
        case let (.stringArray, .array(items)): items.allSatisfy { $0.stringValue != nil }
        default: false
        }
    }

    var name: String {
        switch self {
        case .string: "string"
        case .boolean: "boolean"
        case .integer: "integer"
        case .array: "array"
        case .object: "object"
        case .stringArray: "array of strings"
        }
    }
}
