/// A cell as it reaches a reader: text from the CSV, or a JSON value (an `example`, a bound, an
/// `enum` member, an item of an `array` cell).
enum CellInput {
    case text(String)
    case json(LocatedJSON)

    /// Python's `str(cell)`, which frictionless compares with the missing values.
    var pythonText: String {
        switch self {
        case let .text(text): text
        case let .json(node): node.pythonText
        }
    }
}

extension CellInput {
    /// The text of a text cell or of a JSON string; nil otherwise (date and string readers need text).
    var text: String? {
        switch self {
        case let .text(text): text
        case let .json(node): node.stringValue
        }
    }
}
