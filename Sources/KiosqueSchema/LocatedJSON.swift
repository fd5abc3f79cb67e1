/// A JSON value with the 1-based line and column where it starts, so that a problem in a schema
/// can point at the field that causes it.
///
/// The parser follows Python's `json.loads`, which frictionless uses for schemas and for cells of
/// type `object`, `array`, `geojson` and `geopoint`: integers and floats are told apart (`1` is an
/// integer, `1.0` a float), `NaN`, `Infinity` and `-Infinity` are accepted, a duplicated key keeps
/// its last value, control characters inside strings are refused.
struct LocatedJSON: Sendable, Equatable {
    enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        /// An integer literal, as written (`-12`); Python reads it with arbitrary precision.
        case integer(String)
        /// A literal with a fraction or an exponent (`1.5`, `2e3`), or `NaN`/`Infinity`.
        case float(Double)
        case string(String)
        case array([LocatedJSON])
        /// Members in document order; a key may occur twice (the last one counts).
        case object([Member])
    }

    struct Member: Sendable, Equatable {
        let key: String
        let value: LocatedJSON
    }

    let value: Value
    let line: Int
    let column: Int

    /// The value of `key` in an object (the last occurrence), nil otherwise.
    subscript(key: String) -> LocatedJSON? {
        guard case let .object(members) = value else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    var isObject: Bool { if case .object = value { true } else { false } }

    var stringValue: String? { if case let .string(text) = value { text } else { nil } }

    /// Python truthiness: `None`, `False`, `0`, `""`, `[]` and `{}` are false.
    var isTruthy: Bool {
        switch value {
        case .null: false
        case let .bool(flag): flag
        case let .integer(text): text.contains(where: { $0 != "0" && $0 != "-" })
        case let .float(number): number != 0
        case let .string(text): !text.isEmpty
        case let .array(items): !items.isEmpty
        case let .object(members): !members.isEmpty
        }
    }

    /// Python's `str()` of the value, as frictionless prints it in notes (`True`, `None`, `'a'`…).
    var pythonText: String {
        switch value {
        case .null: "None"
        case let .bool(flag): flag ? "True" : "False"
        case let .integer(text): text
        case let .float(number): PythonFloat.repr(number)
        case let .string(text): text
        case let .array(items): "[" + items.map(\.pythonRepr).joined(separator: ", ") + "]"
        case let .object(members): "{" + members.map { "'\($0.key)': \($0.value.pythonRepr)" }.joined(separator: ", ") + "}"
        }
    }

    private var pythonRepr: String {
        if case let .string(text) = value { return "'\(text)'" }
        return pythonText
    }

    /// Parses a whole document; a leading UTF-8 byte-order mark is skipped.
    static func parse(_ bytes: [UInt8]) throws(LocatedJSONError) -> LocatedJSON {
        var parser = LocatedJSONParser(bytes: bytes)
        return try parser.document()
    }

    static func parse(_ text: String) throws(LocatedJSONError) -> LocatedJSON {
        try parse(Array(text.utf8))
    }
}
