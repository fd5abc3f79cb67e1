import KiosqueModel

extension TableSchemaBuilder {
    /// frictionless' schema rules, checked once the profile holds: unique field names, a primary
    /// key and foreign keys among the fields, `missingValues` objects.
    mutating func checkSchemaRules(_ root: LocatedJSON, fields: [SchemaField], primaryKey: [String],
                                   foreignKeys: [TableSchema.ForeignKey]) {
        let names = fields.map(\.name)
        var seen: Set<String> = []
        for field in fields where !seen.insert(field.name).inserted {
            problems.append(SchemaProblem(code: "schema-error", at: field.location, field: field.name,
                                          fr: "le nom de champ « \(field.name) » est déclaré deux fois",
                                          en: "names of the fields are not unique"))
        }
        if let node = root["primaryKey"] {
            for name in primaryKey where !names.contains(name) {
                schemaError(node, fr: "la clé primaire « \(name) » n’est pas un champ du schéma",
                            en: "primary key \"\(primaryKey)\" does not match the fields \"\(names)\"")
            }
        }
        if let values = root["missingValues"] { checkMissingValueObjects(values, field: nil) }
        if let node = root["foreignKeys"] {
            for key in foreignKeys {
                for name in key.fields where !names.contains(name) {
                    schemaError(node, fr: "la clé étrangère « \(name) » n’est pas un champ du schéma",
                                en: "foreign key \"\(name)\" does not match the fields \"\(names)\"")
                }
                if key.fields.count != key.referencedFields.count {
                    schemaError(node, fr: "une clé étrangère doit référencer autant de champs qu’elle en compte",
                                en: "foreign key fields \"\(key.fields)\" does not match the reference fields \"\(key.referencedFields)\"")
                }
            }
        }
    }

    /// What frictionless cannot even run with — it stops with an exception, so the verdict is
    /// "invalid" there too: a pattern that is not a regular expression, a bound that cannot be read
    /// with the field's type and format. Also the warnings about what Kiosque leaves unchecked.
    mutating func checkKiosqueRules(_ node: LocatedJSON, fields: [SchemaField]) {
        guard let name = node["name"]?.stringValue, let field = fields.first(where: { $0.name == name }),
              field.location == location(node) else { return }
        let constraints = node["constraints"]
        if let pattern = field.constraints.pattern, field.type == .string, PythonPattern(pattern) == nil {
            fieldError(constraints?["pattern"] ?? node, field: name,
                       fr: "le motif « \(pattern) » n’est pas une expression régulière valide",
                       en: "the pattern \"\(pattern)\" is not a valid regular expression")
        }
        let reader = ValueReader(field: field)
        for key in ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] where field.type.supportedConstraints.contains(key) {
            guard let bound = constraints?[key], reader.read(.json(bound)) == nil else { continue }
            fieldError(bound, field: name,
                       fr: "la borne « \(key) » = \(bound.pythonText) ne se lit pas comme une valeur de type \(field.type.rawValue) (format \(field.format))",
                       en: "the bound \"\(key)\" = \(bound.pythonText) cannot be read as a \(field.type.rawValue) value (format \(field.format))")
        }
        switch (field.type, field.format) {
        case (.string, "wkt"):
            note(node, field: name, fr: "le format wkt n’est pas vérifié (frictionless demande un module en plus)",
                 en: "the wkt format is not checked (frictionless needs an extra module)")
        case (.geojson, "topojson"):
            note(node, field: name, fr: "le format topojson n’est vérifié que sommairement (type « Topology »)",
                 en: "the topojson format is only checked loosely (type \"Topology\")")
        case (.date, "any"), (.time, "any"), (.datetime, "any"):
            note(node, field: name, fr: "le format « any » est lu par une approximation de dateutil",
                 en: "the format \"any\" is read by an approximation of dateutil")
        default:
            break
        }
    }
}
