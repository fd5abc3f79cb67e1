import KiosqueModel

/// One field of a Table Schema: its name, type, format, constraints and type options.
public struct SchemaField: Sendable, Equatable {
    public let name: String
    public let type: FieldType
    /// `default` when the schema gives none; a `fmt:` prefix (Table Schema v1) is removed.
    public let format: String
    public let title: String?
    public let description: String?
    public let constraints: FieldConstraints
    /// The field's own `missingValues` (Table Schema v2); nil to use the schema's.
    public let missingValues: [String]?
    /// `boolean`: the texts read as true and false.
    public let trueValues: [String]
    public let falseValues: [String]
    /// `integer`, `number`: false lets `€ 12` or `12 %` through (leading and trailing non-digits are removed).
    public let bareNumber: Bool
    /// `number`: nil when the schema does not set them (frictionless then uses no group character
    /// and `.`, and does not even look for them).
    public let decimalChar: String?
    public let groupChar: String?
    /// `list`: the separator and the item type.
    public let listDelimiter: String
    public let listItemType: FieldType
    /// Where the field is declared in the schema file.
    public let location: SourceLocation
    /// `array`: the description of each item (`arrayItem`), at most one.
    let arrayItemFields: [SchemaField]
    /// `example`, kept to check it as frictionless does.
    let example: LocatedJSON?

    /// `array`: the description of each item, when given.
    public var arrayItem: SchemaField? { arrayItemFields.first }

    init(name: String, type: FieldType, format: String = "default", title: String? = nil, description: String? = nil,
         constraints: FieldConstraints = FieldConstraints(), missingValues: [String]? = nil,
         trueValues: [String] = ["true", "True", "TRUE", "1"], falseValues: [String] = ["false", "False", "FALSE", "0"],
         bareNumber: Bool = true, decimalChar: String? = nil, groupChar: String? = nil,
         listDelimiter: String = ",", listItemType: FieldType = .string,
         location: SourceLocation, arrayItem: SchemaField? = nil, example: LocatedJSON? = nil) {
        self.name = name
        self.type = type
        self.format = format
        self.title = title
        self.description = description
        self.constraints = constraints
        self.missingValues = missingValues
        self.trueValues = trueValues
        self.falseValues = falseValues
        self.bareNumber = bareNumber
        self.decimalChar = decimalChar
        self.groupChar = groupChar
        self.listDelimiter = listDelimiter
        self.listItemType = listItemType
        self.location = location
        self.arrayItemFields = arrayItem.map { [$0] } ?? []
        self.example = example
    }

    /// A field as frictionless fabricates it for a label that no schema field pairs with: type `any`.
    static func fabricated(name: String, location: SourceLocation) -> SchemaField {
        SchemaField(name: name, type: .any, missingValues: [""], location: location)
    }
}
