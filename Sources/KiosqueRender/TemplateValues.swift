import Mustache

/// Template values are built with `""` for "absent". Mustache treats any string as true in a section, and a
/// missing key would be looked up in the enclosing context (a resource without description would show its
/// dataset's). So empty strings become `Absent`: present for the lookup, false for sections, empty as text.
enum TemplateValues {
    struct Absent: MustacheCustomRenderable {
        var renderText: String { "" }
        var isNull: Bool { true }
    }

    static func prepared(_ value: Any) -> Any {
        switch value {
        case let text as String:
            return text.isEmpty ? Absent() : text
        case let dictionary as [String: Any]:
            return dictionary.mapValues(prepared)
        case let array as [[String: Any]]:
            return array.map { $0.mapValues(prepared) }
        case let array as [Any]:
            return array.map(prepared)
        default:
            return value
        }
    }
}
