import KiosqueModel

extension TableSchemaBuilder {
    /// Builds one field; with `checkProfile`, reports what frictionless reports for it.
    mutating func buildField(_ node: LocatedJSON, checkProfile: Bool) -> SchemaField? {
        let before = problems.count
        let name = node["name"]?.stringValue
        if checkProfile { checkFieldProfile(node, name: name) }
        let typeName: String? = node["type"] == nil ? "string" : node["type"]?.stringValue
        guard let typeName, let type = FieldType(rawValue: typeName) else {
            if checkProfile, let typeNode = node["type"], let text = typeNode.stringValue {
                fieldError(typeNode, field: name, fr: "le type « \(text) » n’existe pas dans Table Schema",
                           en: "field type \"\(text)\" is not supported")
            }
            return nil
        }
        var format = node["format"]?.stringValue ?? "default"
        if format.hasPrefix("fmt:") { format = String(format.dropFirst(4)) }
        if checkProfile, problems.count == before {
            checkFieldProfile(node, name: name, type: type, format: format)
        }
        if checkProfile, problems.count == before {
            checkFieldRules(node, name: name ?? "", type: type)
        }
        guard let name else { return nil }
        var constraints = FieldConstraints()
        if let object = node["constraints"], object.isObject {
            if case let .bool(flag)? = object["required"]?.value { constraints.required = flag }
            if case let .bool(flag)? = object["unique"]?.value { constraints.unique = flag }
            constraints.pattern = object["pattern"]?.stringValue
            constraints.minLength = object["minLength"].flatMap(TableSchemaBuilder.integer)
            constraints.maxLength = object["maxLength"].flatMap(TableSchemaBuilder.integer)
            if case let .array(items)? = object["enum"]?.value { constraints.enumValues = items }
            constraints.minimum = object["minimum"]
            constraints.maximum = object["maximum"]
            constraints.exclusiveMinimum = object["exclusiveMinimum"]
            constraints.exclusiveMaximum = object["exclusiveMaximum"]
        }
        let strings = { (key: String) -> [String]? in
            guard case let .array(items)? = node[key]?.value else { return nil }
            return items.compactMap(\.stringValue)
        }
        var arrayItem: SchemaField?
        if type == .array, let item = node["arrayItem"], case let .object(members) = item.value {
            var described = members.filter { $0.key != "arrayItem" }
            if !described.contains(where: { $0.key == "name" }) {
                described.append(.init(key: "name", value: LocatedJSON(value: .string(name), line: item.line, column: item.column)))
            }
            if !described.contains(where: { $0.key == "type" }) {
                described.append(.init(key: "type", value: LocatedJSON(value: .string("any"), line: item.line, column: item.column)))
            }
            var itemBuilder = TableSchemaBuilder(file: file)
            arrayItem = itemBuilder.buildField(LocatedJSON(value: .object(described), line: item.line, column: item.column), checkProfile: false)
            if arrayItem == nil {
                fieldError(item, field: name, fr: "« arrayItem » ne décrit pas un champ lisible (type inconnu ?)",
                           en: "'arrayItem' does not describe a readable field (unknown type?)")
            }
        }
        let bare: Bool = { if case let .bool(flag)? = node["bareNumber"]?.value { flag } else { true } }()
        return SchemaField(
            name: name, type: type, format: format, title: node["title"]?.stringValue, description: node["description"]?.stringValue,
            constraints: constraints, missingValues: TableSchemaBuilder.missingValues(node["missingValues"]),
            trueValues: strings("trueValues") ?? ["true", "True", "TRUE", "1"],
            falseValues: strings("falseValues") ?? ["false", "False", "FALSE", "0"],
            bareNumber: bare, decimalChar: node["decimalChar"]?.stringValue, groupChar: node["groupChar"]?.stringValue,
            listDelimiter: node["delimiter"]?.stringValue ?? ",",
            listItemType: node["itemType"]?.stringValue.flatMap(FieldType.init) ?? .string,
            location: location(node), arrayItem: arrayItem, example: node["example"])
    }

    static func integer(_ node: LocatedJSON) -> Int? {
        switch node.value {
        case let .integer(text): Int(text)
        case let .float(number): number.isFinite && number == number.rounded() ? Int(exactly: number) : nil
        default: nil
        }
    }

    /// The field profile: JSON types of the common properties (before the type is known).
    private mutating func checkFieldProfile(_ node: LocatedJSON, name: String?) {
        if node["name"] == nil {
            fieldError(node, field: nil, fr: "la propriété « name » est obligatoire", en: "'name' is a required property")
        } else if name == nil, let value = node["name"] {
            typeError(value, property: "name", expected: .string, code: "field-error")
        }
        if let value = node["type"], value.stringValue == nil { typeError(value, property: "type", expected: .string, code: "field-error", field: name) }
        for property in ["format", "title", "description", "rdfType"] {
            if let value = node[property], value.stringValue == nil {
                typeError(value, property: property, expected: .string, code: "field-error", field: name)
            }
        }
        if let value = node["missingValues"], !TableSchemaBuilder.isMissingValuesShape(value) {
            fieldError(value, field: name, fr: "« missingValues » doit être une liste de textes",
                       en: "'missingValues' must be an array of strings")
        }
        guard let constraints = node["constraints"] else { return }
        guard case let .object(members) = constraints.value else {
            typeError(constraints, property: "constraints", expected: .object, code: "field-error", field: name)
            return
        }
        let types: [String: SchemaJSONType] = ["required": .boolean, "unique": .boolean, "pattern": .string, "enum": .array,
                                               "minLength": .integer, "maxLength": .integer]
        for member in members {
            if let expected = types[member.key], !expected.accepts(member.value) {
                typeError(member.value, property: "constraints/" + member.key, expected: expected, code: "field-error", field: name)
            }
        }
    }

    /// The type's additions to the profile: its own properties and the formats it allows.
    private mutating func checkFieldProfile(_ node: LocatedJSON, name: String?, type: FieldType, format: String) {
        for (property, expected) in type.typeProperties.sorted(by: { $0.key < $1.key }) {
            if let value = node[property], !expected.accepts(value) {
                typeError(value, property: property, expected: expected, code: "field-error", field: name)
            }
        }
        if let allowed = type.allowedFormats, node["format"] != nil, !allowed.contains(format) {
            fieldError(node["format"]!, field: name,
                       fr: "le format « \(format) » n’existe pas pour le type \(type.rawValue) (possibles : \(allowed.joined(separator: ", ")))",
                       en: "'\(format)' is not one of \(allowed) at property 'format'")
        }
        if type == .list, let item = node["itemType"], let text = item.stringValue,
           !["string", "integer", "boolean", "number", "datetime", "date", "time"].contains(text) {
            fieldError(item, field: name, fr: "« itemType » ne peut valoir « \(text) »", en: "'\(text)' is not a valid 'itemType'")
        }
    }

    /// frictionless' rules once the profile holds: supported constraints, `missingValues` objects,
    /// v2-only constraints under v1, a readable `example`, a misplaced `required`.
    private mutating func checkFieldRules(_ node: LocatedJSON, name: String, type: FieldType) {
        if case let .object(members)? = node["constraints"]?.value {
            for member in members where !(type.supportedConstraints + ["unique"]).contains(member.key) {
                fieldError(member.value, field: name,
                           fr: "la contrainte « \(member.key) » n’existe pas pour le type \(type.rawValue)",
                           en: "constraint \"\(member.key)\" is not supported by type \"\(type.rawValue)\"")
            }
            if version == "v1" {
                for member in members where member.key == "exclusiveMinimum" || member.key == "exclusiveMaximum" {
                    fieldError(member.value, field: name,
                               fr: "la contrainte « \(member.key) » demande Table Schema v2 (déclarez « $schema »)",
                               en: "constraint \"\(member.key)\" requires datapackage v2")
                }
            }
        }
        if let values = node["missingValues"] { checkMissingValueObjects(values, field: name) }
        if let example = node["example"], example.isTruthy {
            var format = node["format"]?.stringValue ?? "default"
            if format.hasPrefix("fmt:") { format = String(format.dropFirst(4)) }
            let defaults = SchemaField(name: name, type: type, location: location(node))
            let exampleField = SchemaField(name: name, type: type, format: format,
                                           trueValues: TableSchemaBuilder.strings(node["trueValues"]) ?? defaults.trueValues,
                                           falseValues: TableSchemaBuilder.strings(node["falseValues"]) ?? defaults.falseValues,
                                           location: defaults.location)
            if CellReader(field: exampleField, schemaMissingValues: [""]).read(.json(example)).isTypeError {
                fieldError(example, field: name,
                           fr: "l’exemple « \(example.pythonText) » du champ « \(name) » n’est pas une valeur valide de type \(type.rawValue)",
                           en: "example value \"\(example.pythonText)\" for field \"\(name)\" is not valid")
            }
        }
        if let required = node["required"] {
            fieldError(required, field: name, fr: "« required » se place dans « constraints » : « constraints.required »",
                       en: "\"required\" should be set as \"constraints.required\"")
        }
    }

    static func strings(_ node: LocatedJSON?) -> [String]? {
        guard case let .array(items)? = node?.value else { return nil }
        return items.compactMap(\.stringValue)
    }

    /// Object entries (`{value, label}`) must have unique values and labels, and need Table Schema v2.
    mutating func checkMissingValueObjects(_ node: LocatedJSON, field: String?) {
        guard case let .array(items) = node.value, items.contains(where: \.isObject) else { return }
        let values = items.compactMap { $0.stringValue ?? $0["value"]?.stringValue }
        let labels = items.compactMap { $0["label"]?.stringValue }
        for duplicate in Set(values.filter { value in values.filter { $0 == value }.count > 1 }).sorted() {
            report(node, field: field, fr: "la valeur manquante « \(duplicate) » est en double",
                   en: "missing value \"\(duplicate)\" is not unique")
        }
        for duplicate in Set(labels.filter { label in labels.filter { $0 == label }.count > 1 }).sorted() {
            report(node, field: field, fr: "le libellé de valeur manquante « \(duplicate) » est en double",
                   en: "missing value label \"\(duplicate)\" is not unique")
        }
        if version == "v1" {
            report(node, field: field, fr: "les valeurs manquantes sous forme d’objets demandent Table Schema v2",
                   en: "missing values in object form require datapackage v2")
        }
    }

    private mutating func report(_ node: LocatedJSON, field: String?, fr: String, en: String) {
        if let field { fieldError(node, field: field, fr: fr, en: en) } else { schemaError(node, fr: fr, en: en) }
    }
}
