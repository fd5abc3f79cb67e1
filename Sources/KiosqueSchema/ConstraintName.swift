/// The constraints, in the order frictionless reports them.
enum ConstraintName: Int, CaseIterable, Sendable {
    case required, minLength, maxLength, pattern, minimum, maximum, exclusiveMinimum, exclusiveMaximum, `enum`

    var key: String { String(describing: self) }
}
