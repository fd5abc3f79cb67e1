/// What a template sees: a tree of typed values. Lookups walk dictionaries of this enum, never cast `Any`.
///
/// `absent` is a value that is there but empty: a name that finds it stops looking in the enclosing contexts
/// (a resource without description does not show its dataset's), sections skip it, inverted sections show, and it
/// prints nothing. An empty text is made `absent` by `init(_:)`.
public enum TemplateValue: Sendable {
    case absent
    case text(String)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// A text, `absent` when empty.
    public init(_ text: String) {
        self = text.isEmpty ? .absent : .text(text)
    }

    /// Values written as Swift dictionaries and arrays (`[String: Any]`), made typed once per page. Texts,
    /// booleans, integers, numbers, lists and dictionaries of them; a `TemplateValue` inside is kept as it is (values
    /// many pages share are made typed once). `nil` and empty texts become `absent`.
    public init(any value: Any) {
        switch value {
        case let typed as TemplateValue: self = typed
        case let text as String: self.init(text)
        case let flag as Bool: self = .bool(flag)
        case let dictionary as [String: Any]: self = .object(dictionary.mapValues(TemplateValue.init(any:)))
        case let dictionaries as [[String: Any]]: self = .list(dictionaries.map { .object($0.mapValues(TemplateValue.init(any:))) })
        case let texts as [String]: self = .list(texts.map(TemplateValue.init))
        case let values as [TemplateValue]: self = .list(values)
        case let values as [Any]: self = .list(values.map(TemplateValue.init(any:)))
        case let number as Int: self = .text(String(number))
        case let number as Double: self = .text(String(describing: number))
        case let optional as OptionalValue: self = optional.wrapped.map(TemplateValue.init(any:)) ?? .absent
        default: self = .text(String(describing: value))
        }
    }

    /// The value under `key` of an object, nil for anything else or a missing key.
    @inline(__always)
    func child(_ key: String) -> TemplateValue? {
        if case let .object(entries) = self { return entries[key] }
        return nil
    }
}

/// `Optional` seen through `Any`.
private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    var wrapped: Any? { self.map { $0 as Any } }
}
