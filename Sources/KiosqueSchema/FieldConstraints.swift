import KiosqueModel

/// The constraints of a field. Bounds and enumerated values keep their JSON form: they are read
/// with the field's own type and format when the table is checked, as frictionless does.
public struct FieldConstraints: Sendable, Equatable {
    public internal(set) var required = false
    public internal(set) var unique = false
    public internal(set) var pattern: String?
    public internal(set) var minLength: Int?
    public internal(set) var maxLength: Int?
    var enumValues: [LocatedJSON]?
    var minimum: LocatedJSON?
    var maximum: LocatedJSON?
    var exclusiveMinimum: LocatedJSON?
    var exclusiveMaximum: LocatedJSON?

    init() {}

    /// `enum`, as JSON values.
    public var allowedValues: [JSONValue]? { enumValues?.map(\.jsonValue) }
    public var minimumValue: JSONValue? { minimum?.jsonValue }
    public var maximumValue: JSONValue? { maximum?.jsonValue }
    public var exclusiveMinimumValue: JSONValue? { exclusiveMinimum?.jsonValue }
    public var exclusiveMaximumValue: JSONValue? { exclusiveMaximum?.jsonValue }
}

extension LocatedJSON {
    /// The value as KiosqueModel's `JSONValue` (integers that do not fit in `Int` become numbers).
    var jsonValue: JSONValue {
        switch value {
        case .null: .null
        case let .bool(flag): .bool(flag)
        case let .integer(text): Int(text).map(JSONValue.integer) ?? .number(Double(text) ?? .nan)
        case let .float(number): .number(number)
        case let .string(text): .string(text)
        case let .array(items): .array(items.map(\.jsonValue))
        case let .object(members): .object(Dictionary(members.map { ($0.key, $0.value.jsonValue) }, uniquingKeysWith: { _, last in last }))
        }
    }
}
