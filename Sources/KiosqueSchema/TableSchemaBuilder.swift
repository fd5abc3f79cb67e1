import KiosqueModel

/// Builds a ``TableSchema`` from JSON and reports what frictionless-py 5 reports when it loads the
/// same descriptor: first the profile (JSON types, the `name` pattern, the formats a type allows),
/// then, only if the profile holds, the rules between properties (unique field names, primary key
/// among the fields, constraints the type supports, a readable `example`…).
struct TableSchemaBuilder {
    let file: String
    var problems: [SchemaProblem] = []
    /// `v1` without `$schema`, `v2` for a datapackage.org 2.x profile, `unknown` for any other URL.
    var version = "v1"

    init(file: String) { self.file = file }

    func location(_ node: LocatedJSON) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    mutating func schemaError(_ node: LocatedJSON, fr: String, en: String) {
        problems.append(SchemaProblem(code: "schema-error", at: location(node), fr: fr, en: en))
    }

    mutating func fieldError(_ node: LocatedJSON, field: String?, fr: String, en: String) {
        problems.append(SchemaProblem(code: "field-error", at: location(node), field: field, fr: fr, en: en))
    }

    mutating func note(_ node: LocatedJSON, field: String? = nil, fr: String, en: String) {
        problems.append(SchemaProblem(.warning, code: "schema-note", at: location(node), field: field, fr: fr, en: en))
    }

    mutating func build(_ root: LocatedJSON) -> TableSchema {
        guard case .object = root.value else {
            schemaError(root, fr: "un schéma de table est un objet JSON", en: "a table schema is a JSON object")
            return TableSchema(file: file, problems: problems)
        }
        version = TableSchemaBuilder.version(of: root["$schema"]?.stringValue)
        checkSchemaProfile(root)
        let fieldNodes: [LocatedJSON]
        if let fields = root["fields"], case let .array(items) = fields.value { fieldNodes = items } else { fieldNodes = [] }
        var fields: [SchemaField] = []
        for node in fieldNodes {
            guard node.isObject else {
                fieldError(node, field: nil, fr: "un champ doit être un objet JSON", en: "a field must be a JSON object")
                continue
            }
            if let field = buildField(node, checkProfile: true) { fields.append(field) }
        }
        let missingValues = TableSchemaBuilder.missingValues(root["missingValues"]) ?? [""]
        let primaryKey = TableSchemaBuilder.names(root["primaryKey"])
        let foreignKeys = TableSchemaBuilder.foreignKeys(root["foreignKeys"])
        if isUsable {
            checkSchemaRules(root, fields: fields, primaryKey: primaryKey, foreignKeys: foreignKeys)
        }
        for node in fieldNodes where node.isObject {
            checkKiosqueRules(node, fields: fields)
        }
        if let node = root["foreignKeys"], !foreignKeys.isEmpty {
            note(node, fr: "les clés étrangères ne sont pas vérifiées par Kiosque (frictionless refuse celles qui visent une autre ressource)",
                 en: "foreign keys are not checked by Kiosque (frictionless refuses those that refer to another resource)")
        }
        return TableSchema(file: file, name: root["name"]?.stringValue, title: root["title"]?.stringValue, fields: fields,
                           missingValues: missingValues, primaryKey: primaryKey, foreignKeys: foreignKeys,
                           fieldsMatch: root["fieldsMatch"]?.stringValue.flatMap(TableSchema.FieldsMatch.init) ?? .exact,
                           problems: problems)
    }

    var isUsable: Bool { !problems.contains { $0.severity == .error } }

    static func version(of profile: String?) -> String {
        guard let profile else { return "v1" }
        guard profile.hasPrefix("https://datapackage.org/") || profile.hasPrefix("http://datapackage.org/"),
              let range = profile.range(of: "/profiles/") else { return "unknown" }
        let rest = profile[range.upperBound...]
        if rest.hasPrefix("1.") { return "v1" }
        if rest.hasPrefix("2.") { return "v2" }
        return "unknown"
    }

    // MARK: The schema's own profile

    private mutating func checkSchemaProfile(_ root: LocatedJSON) {
        if root["fields"] == nil {
            schemaError(root, fr: "la propriété « fields » est obligatoire", en: "'fields' is a required property")
        }
        if let name = root["name"] {
            if let text = name.stringValue {
                if !TableSchemaBuilder.matchesNamePattern(text) {
                    schemaError(name, fr: "le nom « \(text) » ne respecte pas le motif ^([-a-z0-9._/])+$ (minuscules, chiffres, - . _ /)",
                                en: "'\(text)' does not match '^([-a-z0-9._/])+$' at property 'name'")
                }
            } else {
                typeError(name, property: "name", expected: .string, code: "schema-error")
            }
        }
        if let type = root["type"] {
            if let text = type.stringValue {
                if text.isEmpty || !text.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x2F }) {
                    schemaError(type, fr: "le type « \(text) » ne respecte pas le motif ^([-a-z/])+$",
                                en: "'\(text)' does not match '^([-a-z/])+$' at property 'type'")
                }
            } else {
                typeError(type, property: "type", expected: .string, code: "schema-error")
            }
        }
        for property in ["title", "description"] {
            if let node = root[property], node.stringValue == nil { typeError(node, property: property, expected: .string, code: "schema-error") }
        }
        if let fields = root["fields"], !SchemaJSONType.array.accepts(fields) {
            typeError(fields, property: "fields", expected: .array, code: "schema-error")
        }
        if let match = root["fieldsMatch"] {
            let allowed = TableSchema.FieldsMatch.allCases.map(\.rawValue)
            if let text = match.stringValue, allowed.contains(text) {} else {
                schemaError(match, fr: "« fieldsMatch » doit valoir \(allowed.joined(separator: ", "))",
                            en: "'fieldsMatch' must be one of \(allowed.joined(separator: ", "))")
            }
        }
        if let node = root["missingValues"], !TableSchemaBuilder.isMissingValuesShape(node) {
            schemaError(node, fr: "« missingValues » doit être une liste de textes (ou d’objets {value, label})",
                        en: "'missingValues' must be an array of strings (or of {value, label} objects)")
        }
        if let node = root["primaryKey"] {
            let wrapped = node.isTruthy && !SchemaJSONType.array.accepts(node) ? [node] : nil
            let items: [LocatedJSON]? = wrapped ?? { if case let .array(items) = node.value { items } else { nil } }()
            if items?.allSatisfy({ $0.stringValue != nil }) != true {
                schemaError(node, fr: "« primaryKey » doit être un nom de champ ou une liste de noms",
                            en: "'primaryKey' must be a field name or an array of names")
            }
        }
        if let node = root["foreignKeys"] {
            if case let .array(items) = node.value {
                for item in items where !TableSchemaBuilder.isForeignKeyShape(item) {
                    schemaError(item, fr: "une clé étrangère doit être un objet {fields, reference: {resource, fields}}",
                                en: "a foreign key must be an object {fields, reference: {resource, fields}}")
                }
            } else {
                typeError(node, property: "foreignKeys", expected: .array, code: "schema-error")
            }
        }
    }

    mutating func typeError(_ node: LocatedJSON, property: String, expected: SchemaJSONType, code: String, field: String? = nil) {
        let fr = "« \(property) » doit être de type \(expected.frenchName) (trouvé : \(node.pythonText))"
        let en = "\(node.pythonText) is not of type '\(expected.name)' at property '\(property)'"
        if code == "schema-error" { schemaError(node, fr: fr, en: en) } else { fieldError(node, field: field, fr: fr, en: en) }
    }

    static func matchesNamePattern(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x2F
        }
    }

    static func isMissingValuesShape(_ node: LocatedJSON) -> Bool {
        guard case let .array(items) = node.value else { return false }
        if items.allSatisfy({ $0.stringValue != nil }) { return true }
        return items.allSatisfy { item in
            guard item.isObject, let value = item["value"], value.stringValue != nil else { return false }
            return item["label"].map { $0.stringValue != nil } ?? true
        }
    }

    static func missingValues(_ node: LocatedJSON?) -> [String]? {
        guard let node, case let .array(items) = node.value else { return nil }
        return items.compactMap { $0.stringValue ?? $0["value"]?.stringValue }
    }

    /// A name or a list of names (`primaryKey: "id"` is read as `["id"]`).
    static func names(_ node: LocatedJSON?) -> [String] {
        guard let node else { return [] }
        if let text = node.stringValue { return text.isEmpty ? [] : [text] }
        if case let .array(items) = node.value { return items.compactMap(\.stringValue) }
        return []
    }

    static func isForeignKeyShape(_ node: LocatedJSON) -> Bool {
        guard node.isObject else { return false }
        func isNames(_ value: LocatedJSON?) -> Bool {
            guard let value else { return true }
            if value.stringValue != nil { return true }
            if case let .array(items) = value.value { return items.allSatisfy { $0.stringValue != nil } }
            return !value.isTruthy
        }
        guard isNames(node["fields"]) else { return false }
        guard let reference = node["reference"] else { return true }
        guard reference.isObject else { return false }
        if let resource = reference["resource"], resource.stringValue == nil { return false }
        return isNames(reference["fields"])
    }

    static func foreignKeys(_ node: LocatedJSON?) -> [TableSchema.ForeignKey] {
        guard let node, case let .array(items) = node.value else { return [] }
        return items.filter(\.isObject).map { item in
            TableSchema.ForeignKey(fields: names(item["fields"]), resource: item["reference"]?["resource"]?.stringValue ?? "",
                                   referencedFields: names(item["reference"]?["fields"]))
        }
    }
}

extension SchemaJSONType {
    var frenchName: String {
        switch self {
        case .string: "texte"
        case .boolean: "booléen"
        case .integer: "entier"
        case .array: "liste"
        case .object: "objet"
        case .stringArray: "liste de textes"
        }
    }
}
