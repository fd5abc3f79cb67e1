/// The type of a Table Schema field, as frictionless-py 5 implements it.
public enum FieldType: String, Sendable, Hashable, CaseIterable {
    case string, integer, number, boolean, date, time, datetime, year, yearmonth, duration
    case geopoint, geojson, object, array, list, any

    /// The constraints frictionless accepts for the type (`unique` is accepted for every type).
    var supportedConstraints: [String] {
        let bounds = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]
        switch self {
        case .string: return ["required", "minLength", "maxLength", "pattern", "enum"]
        case .integer, .number, .date, .time, .datetime, .year, .yearmonth: return ["required"] + bounds + ["enum"]
        case .boolean, .duration, .geopoint, .geojson, .any: return ["required", "enum"]
        case .object, .array: return ["required", "minLength", "maxLength", "enum"]
        case .list: return ["required", "minLength", "maxLength"]
        }
    }

    /// The type properties frictionless' profile adds for this type, with the JSON type each must have.
    var typeProperties: [String: SchemaJSONType] {
        switch self {
        case .integer: ["bareNumber": .boolean]
        case .number: ["bareNumber": .boolean, "floatNumber": .boolean, "decimalChar": .string, "groupChar": .string]
        case .boolean: ["trueValues": .stringArray, "falseValues": .stringArray]
        case .array: ["arrayItem": .object]
        case .list: ["delimiter": .string, "itemType": .string]
        default: [:]
        }
    }

    /// The formats the profile allows, nil when any string is accepted.
    var allowedFormats: [String]? {
        switch self {
        case .string: StringFormat.allCases.map(\.rawValue)
        case .geojson: ["default", "topojson"]
        default: nil
        }
    }
}
