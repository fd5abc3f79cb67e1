import KiosqueSchema
import KiosqueTable

/// The Table Schema the generated files follow (see ``BenchData``), with the checks a commune's schema makes: a primary
/// key, patterns, a date format, a number with a decimal comma and no-break-space groups, an enum, bounds, booleans in
/// French, e-mail addresses.
enum BenchSchema {
    static let json = #"""
    {
      "primaryKey": ["id"],
      "fields": [
        {"name": "id", "type": "integer", "constraints": {"required": true, "minimum": 1}},
        {"name": "code_insee", "type": "string", "constraints": {"required": true, "pattern": "([013-9]\\d|2[AB1-9])\\d{3}"}},
        {"name": "commune", "type": "string", "constraints": {"required": true}},
        {"name": "code_postal", "type": "string", "constraints": {"pattern": "\\d{5}"}},
        {"name": "siret", "type": "string", "constraints": {"pattern": "\\d{14}"}},
        {"name": "date_decision", "type": "date", "format": "%d/%m/%Y"},
        {"name": "date_maj", "type": "datetime"},
        {"name": "montant", "type": "number", "decimalChar": ",", "groupChar": "\u00a0", "constraints": {"minimum": 0}},
        {"name": "categorie", "type": "string",
         "constraints": {"enum": ["culture", "sport", "social", "éducation", "environnement", "santé", "jeunesse", "économie"]}},
        {"name": "latitude", "type": "number", "constraints": {"minimum": -90, "maximum": 90}},
        {"name": "longitude", "type": "number", "constraints": {"minimum": -180, "maximum": 180}},
        {"name": "beneficiaire", "type": "string"},
        {"name": "objet", "type": "string", "constraints": {"maxLength": 256}},
        {"name": "actif", "type": "boolean", "trueValues": ["oui"], "falseValues": ["non"]},
        {"name": "contact", "type": "string", "format": "email"}
      ]
    }
    """#

    static var schema: TableSchema { TableSchema.parse(json, file: "bench-schema.json") }
}

/// The loader's Table Schema check, as the bench runs it: a validator fed by ``TableScan``'s one pass.
struct BenchValidation: TableRecordConsumer {
    let schema: TableSchema
    var validator: TableValidator?

    mutating func start(header: [String], headerLine: Int) {
        validator = TableValidator(schema: schema, header: header, headerLine: headerLine)
    }

    mutating func consume(_ fields: [String], line: Int) {
        validator?.validate(row: fields, line: line)
    }

    func finish(header: [String]) -> TableValidation {
        (validator ?? TableValidator(schema: schema, header: header)).finish()
    }
}
