import KiosqueModel

/// The header compared with the schema, as frictionless' `Header` does it: the errors, and the
/// field each column is read with.
///
/// Labels are trimmed (`str.strip()`). Under `fieldsMatch: exact` (the default) labels and fields
/// pair by position: a label past the last field is an extra label, a field past the last label a
/// missing label, and each pair may be blank, duplicated or incorrect. The other modes pair by name.
/// A label that pairs with no field is read as an `any` field, so its cells raise no error.
struct HeaderMatch: Sendable {
    let labels: [String]
    private(set) var errors: [TableError] = []
    /// The field each column is read with, in column order.
    private(set) var expectedFields: [SchemaField] = []

    init(header: [String], schema: TableSchema) {
        labels = header.map { String(PythonText.strip($0)) }
        let fields = schema.fields
        guard !labels.isEmpty else {
            expectedFields = fields
            return
        }
        let mode = schema.fieldsMatch
        let byName = mode != .exact
        var fieldsByName: [String: SchemaField] = [:]
        for field in fields where fieldsByName[field.name] == nil { fieldsByName[field.name] = field }
        func matchingField(_ position: Int, _ label: String) -> SchemaField? {
            byName ? fieldsByName[label] : (position < fields.count ? fields[position] : nil)
        }

        // Extra labels
        if mode != .subset && mode != .partial {
            for (index, label) in labels.enumerated() where matchingField(index, label) == nil {
                errors.append(TableError(.extraLabel, fieldNumber: index + 1, fieldName: "", value: label))
            }
        }
        // Unmatched header
        if mode == .partial, !fields.isEmpty, !labels.enumerated().contains(where: { matchingField($0.offset, $0.element) != nil }) {
            errors.append(TableError(.unmatchedHeader))
        }
        // Missing fields
        var missing: [SchemaField]
        if byName {
            let present = Set(labels)
            missing = fields.filter { !present.contains($0.name) }
        } else {
            missing = Array(fields.dropFirst(labels.count))
        }
        if mode == .superset || mode == .partial {
            missing = missing.filter { $0.constraints.required || schema.primaryKey.contains($0.name) }
        }
        for (offset, field) in missing.enumerated() {
            errors.append(TableError(.missingLabel, fieldNumber: labels.count + offset + 1, fieldName: field.name, value: ""))
        }
        // Pairs, by position only
        if byName {
            if Set(labels).count != labels.count {
                // frictionless refuses to pair by name with duplicated labels (it stops there).
                var seen: [String: Int] = [:]
                for (index, label) in labels.enumerated() {
                    if let first = seen[label] {
                        errors.append(TableError(.duplicateLabel, fieldNumber: index + 1, fieldName: label, value: label,
                                                 detail: .duplicateLabel(positions: [first])))
                    } else {
                        seen[label] = index + 1
                    }
                }
            }
        } else {
            for (index, (field, label)) in zip(fields, labels).enumerated() {
                if label.isEmpty {
                    errors.append(TableError(.blankLabel, fieldNumber: index + 1, fieldName: field.name, value: ""))
                    continue
                }
                let earlier = labels[..<index].enumerated().filter { $0.element == label }.map { $0.offset + 1 }
                if !earlier.isEmpty {
                    errors.append(TableError(.duplicateLabel, fieldNumber: index + 1, fieldName: field.name, value: label,
                                             detail: .duplicateLabel(positions: earlier)))
                    continue
                }
                if label != field.name {
                    errors.append(TableError(.incorrectLabel, fieldNumber: index + 1, fieldName: field.name, value: label))
                }
            }
        }
        // Expected fields: the paired field, or an `any` field named after the label (deduplicated).
        let matched = labels.enumerated().map { matchingField($0.offset, $0.element) }
        var used: Set<String> = []
        var names: [String] = []
        for (field, label) in zip(matched, labels) {
            let base = field?.name ?? label
            var name = base
            var suffix = 2
            while used.contains(name) {
                name = base + String(suffix)
                suffix += 1
            }
            used.insert(name)
            names.append(name)
        }
        let location = SourceLocation(file: schema.file)
        expectedFields = zip(matched, names).map { field, name in field ?? SchemaField.fabricated(name: name, location: location) }
    }
}
