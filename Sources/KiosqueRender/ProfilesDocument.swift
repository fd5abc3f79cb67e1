import KiosqueModel

/// `datasets/<id>/profiles.json` (SPEC §3): for each tabular file of a dataset, its encoding, delimiter, shape and
/// column profiles — a pure function of the dataset, serialized with sorted keys.
///
/// ```json
/// {"files": [{"path": "budget.csv", "encoding": "windows-1252", "delimiter": ";", "rows": 1250, "columns": 9,
///             "fields": [{"name": "montant", "type": "number", "nulls": 3, "distinct": 1180, "min": 0, "max": 98000}],
///             "validation": {"schema": "https://…/schema.json", "valid": false, "errors": 12}}]}
/// ```
/// Beyond the SPEC's keys: `raggedRows`, `coordinates`, `derivedFiles`, and per field `format`, `semantic`,
/// `distinctExact`, `minText`/`maxText` (as written in the file), `mean`, `top`, `minLength`/`maxLength`,
/// `decimalChar`/`groupChar`, `histogram` and `months`. `validation` is there only when a schema applies.
public enum ProfilesDocument {
    public static let fileName = "profiles.json"

    /// The document, or nil when the dataset has no tabular file. `validation` gives a file's schema validation
    /// summary (`{"schema", "valid", "errors"}`), when one applies.
    public static func document(_ dataset: Dataset, validation: (Distribution) -> JSONValue? = { _ in nil }) -> JSONValue? {
        let files: [JSONValue] = dataset.distributions.compactMap { distribution in
            guard let name = distribution.fileName, let table = distribution.table else { return nil }
            return file(name: name, table: table, validation: validation(distribution))
        }
        guard !files.isEmpty else { return nil }
        return ["files": .array(files)]
    }

    /// A file's `validation`: `{"schema", "valid", "errors"}` as SPEC §3 shows, with `checked`, `status`, `rows`,
    /// `errorsByType`, `keyChecksComplete`, `schemaTitle` and `report` (the report page, from the site root). A file whose
    /// schema could not be read has `checked: false`, its `status` (`not-cached`, `unreadable`, `invalid-schema`), and
    /// neither `valid` nor `errors`: it was not checked.
    public static func validation(_ validation: SchemaValidation, report: String?) -> JSONValue {
        var members: [String: JSONValue] = [
            "schema": .string(validation.schema),
            "checked": .bool(validation.isChecked),
            "status": .string(validation.status.rawValue),
        ]
        if let title = validation.schemaTitle { members["schemaTitle"] = .string(title) }
        if validation.isChecked {
            members["valid"] = .bool(validation.valid)
            members["errors"] = .integer(validation.errors)
            members["rows"] = .integer(validation.rows)
            members["errorsByType"] = .object(Dictionary(validation.errorCounts.map { ($0.type, JSONValue.integer($0.count)) }) { a, _ in a })
            members["keyChecksComplete"] = .bool(validation.keyChecksComplete)
        }
        if let report { members["report"] = .string(report) }
        return .object(members)
    }

    static func file(name: String, table: TablePreview, validation: JSONValue?) -> JSONValue {
        var members: [String: JSONValue] = [
            "path": .string(name),
            "encoding": .string(table.encoding),
            "delimiter": .string(table.delimiter),
            "rows": .integer(table.rowCount),
            "columns": .integer(table.columnCount),
            "raggedRows": .integer(table.raggedRowCount),
            "fields": .array(table.fields.map(field)),
        ]
        if let coordinates = table.coordinates {
            members["coordinates"] = ["latitude": .string(coordinates.latitude), "longitude": .string(coordinates.longitude),
                                      "sampledPoints": .integer(table.points.count)]
        }
        let published = table.derivedFiles.filter { $0.kind != .page }
        if !published.isEmpty {
            members["derivedFiles"] = .array(published.map { ["path": .string($0.name), "mediaType": .string($0.mediaType),
                                                              "kind": .string($0.kind.rawValue)] })
        }
        if let validation { members["validation"] = validation }
        return .object(members)
    }

    static func field(_ profile: ColumnProfile) -> JSONValue {
        var members: [String: JSONValue] = [
            "name": .string(profile.name),
            "type": .string(profile.type),
            "nulls": .integer(profile.nulls),
            "distinct": .integer(profile.distinct),
            "distinctExact": .bool(profile.distinctIsExact),
        ]
        func put(_ key: String, _ value: JSONValue?) { if let value { members[key] = value } }
        put("format", profile.format.map(JSONValue.string))
        put("semantic", profile.semantic.map(JSONValue.string))
        put("min", profile.minValue)
        put("max", profile.maxValue)
        put("minText", profile.min.map(JSONValue.string))
        put("maxText", profile.max.map(JSONValue.string))
        put("mean", profile.mean.map(JSONValue.number))
        put("minLength", profile.minLength.map(JSONValue.integer))
        put("maxLength", profile.maxLength.map(JSONValue.integer))
        put("decimalChar", profile.decimalChar.map(JSONValue.string))
        put("groupChar", profile.groupChar.map(JSONValue.string))
        if !profile.top.isEmpty {
            members["top"] = .array(profile.top.map { ["value": .string($0.value), "count": .integer($0.count)] })
            members["topExact"] = .bool(profile.topIsExact)
        }
        if let histogram = profile.histogram {
            members["histogram"] = ["lower": .number(histogram.lower), "upper": .number(histogram.upper),
                                    "counts": .array(histogram.counts.map(JSONValue.integer)), "exact": .bool(histogram.isExact)]
        }
        if !profile.months.isEmpty {
            members["months"] = .array(profile.months.map { ["month": .string($0.value), "count": .integer($0.count)] })
        }
        return .object(members)
    }
}
