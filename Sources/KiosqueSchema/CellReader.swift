/// Reads the cells of one field as frictionless' `Field.create_cell_reader()` does: a missing value
/// gives no value; otherwise the type reader must accept the text (else a type error and no
/// constraint is checked); then each constraint the field declares is checked.
final class CellReader: Sendable {
    let field: SchemaField
    let missingValues: Set<String>
    let values: ValueReader
    let pattern: PythonPattern?
    let enumValues: [CellValue]?
    /// Bounds read with the field's type; a nil value when the bound cannot be read (always a failure).
    let bounds: [(name: ConstraintName, value: CellValue?)]
    /// Hot-path copies of the field's settings.
    private let isRequired: Bool
    private let minLength: Int?
    private let maxLength: Int?
    /// True when the only missing value is the empty text (the common case, tested without hashing).
    private let onlyEmptyIsMissing: Bool

    init(field: SchemaField, schemaMissingValues: [String]) {
        self.field = field
        missingValues = Set(field.missingValues ?? schemaMissingValues)
        let values = ValueReader(field: field)
        self.values = values
        let supported = field.type.supportedConstraints
        let constraints = field.constraints
        pattern = field.type == .string ? constraints.pattern.flatMap(PythonPattern.init) : nil
        let pairs: [(ConstraintName, LocatedJSON?)] = [(.minimum, constraints.minimum), (.maximum, constraints.maximum),
                                                       (.exclusiveMinimum, constraints.exclusiveMinimum),
                                                       (.exclusiveMaximum, constraints.exclusiveMaximum)]
        bounds = pairs.compactMap { name, node in
            guard let node, supported.contains(name.key) else { return nil }
            return (name, values.read(.json(node)))
        }
        enumValues = supported.contains("enum") ? constraints.enumValues.map { $0.compactMap { values.read(.json($0)) } } : nil
        isRequired = constraints.required
        minLength = supported.contains("minLength") ? constraints.minLength : nil
        maxLength = supported.contains("maxLength") ? constraints.maxLength : nil
        onlyEmptyIsMissing = missingValues == [""]
    }

    /// `cell_reader(cell)`.
    func read(_ input: CellInput) -> CellCheck {
        var check = CellCheck()
        let isMissing: Bool
        if onlyEmptyIsMissing, case let .text(text) = input {
            isMissing = text.isEmpty
        } else {
            isMissing = missingValues.contains(input.pythonText)
        }
        if isMissing {
            check.isMissing = true
            if isRequired { check.failed |= 1 << ConstraintName.required.rawValue }
            return check
        }
        guard let value = values.read(input) else {
            check.isTypeError = true
            return check
        }
        check.value = value
        func fail(_ name: ConstraintName) { check.failed |= 1 << name.rawValue }
        if let minLength, let length = value.length, length < minLength { fail(.minLength) }
        if let maxLength, let length = value.length, length > maxLength { fail(.maxLength) }
        if let pattern, case let .text(text) = value, !pattern.matches(text) { fail(.pattern) }
        for (name, bound) in bounds {
            guard let bound, let order = CellValue.compare(value, bound) else { fail(name); continue }
            let holds = switch name {
            case .minimum: order >= 0
            case .maximum: order <= 0
            case .exclusiveMinimum: order > 0
            default: order < 0
            }
            if !holds { fail(name) }
        }
        if let enumValues, !enumValues.contains(where: { CellValue.equal(value, $0) }) { fail(.enum) }
        if check.failed == 0, field.type == .array, let itemReader = values.itemReaders.first,
           case let .json(node) = value, case let .array(items) = node.value {
            for item in items {
                let itemCheck = itemReader.read(.json(item))
                if itemCheck.isTypeError { check.isTypeError = true }
                check.failed |= itemCheck.failed
            }
            // frictionless keeps both an item's type error and other items' failed constraints.
            check.inArrayItem = check.isTypeError || check.failed != 0
        }
        return check
    }
}
