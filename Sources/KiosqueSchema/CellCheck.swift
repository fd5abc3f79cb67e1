/// What reading one cell found.
struct CellCheck {
    /// The cell is one of the missing values (or absent).
    var isMissing = false
    /// The text cannot be read with the field's type and format.
    var isTypeError = false
    /// Failed constraints, a bit per ``ConstraintName`` (checked only when the type is right).
    var failed: UInt16 = 0
    /// True when the failures come from an item of an `array` cell.
    var inArrayItem = false
    var value: CellValue?

    var failedConstraints: [ConstraintName] { ConstraintName.allCases.filter { failed & (1 << $0.rawValue) != 0 } }
}
