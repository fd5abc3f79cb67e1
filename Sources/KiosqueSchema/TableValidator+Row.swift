extension TableValidator {
    /// frictionless' `Row` processing: each column with its field (type, then constraints), extra
    /// and missing cells, a blank row replacing the row's other errors, then `unique` and the
    /// primary key.
    mutating func checkCells(_ cells: [String], line: Int) {
        pending.removeAll(keepingCapacity: true)
        var blankCells = 0
        for (column, reader) in readers.enumerated() {
            let field = reader.field
            guard column < cells.count else {
                // An absent cell reads as None: blank, and a failure of `required`.
                blankCells += 1
                values[column] = nil
                if field.constraints.required {
                    pending.append(constraintError(.required, reader: reader, column: column, cell: "", line: line, inItem: false))
                }
                continue
            }
            let cell = cells[column]
            let check = reader.read(.text(cell))
            values[column] = check.value
            if check.isTypeError {
                pending.append(TableError(.typeError, row: rowNumber, line: line, fieldNumber: column + 1, fieldName: field.name,
                                          value: cell, detail: .type(type: field.type.rawValue, format: field.format)))
            } else if check.value == nil {
                blankCells += 1
            }
            if check.failed != 0 {
                for name in check.failedConstraints {
                    pending.append(constraintError(name, reader: reader, column: column, cell: cell, line: line, inItem: check.inArrayItem))
                }
            }
        }
        if cells.count > readers.count {
            for column in readers.count..<cells.count {
                pending.append(TableError(.extraCell, row: rowNumber, line: line, fieldNumber: column + 1, fieldName: "", value: cells[column]))
            }
        }
        if readers.count > cells.count {
            for column in cells.count..<readers.count {
                pending.append(TableError(.missingCell, row: rowNumber, line: line, fieldNumber: column + 1,
                                          fieldName: readers[column].field.name, value: ""))
            }
        }
        if blankCells == readers.count {
            pending = [TableError(.blankRow, row: rowNumber, line: line)]
        }
        checkKeys(line: line, cells: cells)
        for error in pending { record(error) }
    }

    /// `unique` fields, then the primary key, with the values of the current row.
    private mutating func checkKeys(line: Int, cells: [String]) {
        func cell(_ column: Int) -> String { column < cells.count ? cells[column] : "" }
        for (column, table) in uniqueColumns {
            guard let value = values[column], let key = value.uniqueKey,
                  let previous = memory.remember(key, row: rowNumber, in: table) else { continue }
            pending.append(TableError(.uniqueError, row: rowNumber, line: line, fieldNumber: column + 1,
                                      fieldName: readers[column].field.name, value: cell(column), detail: .duplicate(previousRow: previous)))
        }
        guard let keyColumns = primaryKeyColumns else { return }
        let keyValues = keyColumns.map { values[$0] }
        if keyValues.allSatisfy({ $0 == nil }) {
            pending.append(TableError(.primaryKey, row: rowNumber, line: line, detail: .duplicate(previousRow: nil)))
            return
        }
        var parts: [String] = []
        for value in keyValues {
            if let value {
                guard let key = value.uniqueKey else { return }
                parts.append(key)
            } else {
                parts.append("\u{0}")
            }
        }
        if let previous = memory.remember(parts.joined(separator: "\u{1E}"), row: rowNumber, in: uniqueColumns.count) {
            pending.append(TableError(.primaryKey, row: rowNumber, line: line,
                                      value: keyColumns.map(cell).joined(separator: ", "),
                                      detail: .duplicate(previousRow: previous)))
        }
    }

    private func constraintError(_ name: ConstraintName, reader: CellReader, column: Int, cell: String, line: Int,
                                 inItem: Bool) -> TableError {
        let field = reader.field
        let constraints = field.constraints
        let shown: String = switch name {
        case .required: "true"
        case .minLength: constraints.minLength.map(String.init) ?? ""
        case .maxLength: constraints.maxLength.map(String.init) ?? ""
        case .pattern: constraints.pattern ?? ""
        case .minimum: constraints.minimum?.pythonText ?? ""
        case .maximum: constraints.maximum?.pythonText ?? ""
        case .exclusiveMinimum: constraints.exclusiveMinimum?.pythonText ?? ""
        case .exclusiveMaximum: constraints.exclusiveMaximum?.pythonText ?? ""
        case .enum: (constraints.enumValues ?? []).map(\.pythonText).joined(separator: ", ")
        }
        return TableError(.constraintError, row: rowNumber, line: line, fieldNumber: column + 1, fieldName: field.name,
                          value: cell, detail: .constraint(name: name.key, value: shown, inArrayItem: inItem))
    }
}
