/// Template values are built with `""` for "absent"; Mustache treats any string as true in a section,
/// so empty strings are removed before rendering: `{{#logo}}<img src="{{logo}}">{{/logo}}` then shows nothing.
enum TemplateValues {
    static func pruned(_ value: Any) -> Any? {
        switch value {
        case let text as String:
            return text.isEmpty ? nil : text
        case let dictionary as [String: Any]:
            var result: [String: Any] = [:]
            result.reserveCapacity(dictionary.count)
            for (key, item) in dictionary {
                if let kept = pruned(item) { result[key] = kept }
            }
            return result
        case let array as [[String: Any]]:
            return array.compactMap { pruned($0) as? [String: Any] }
        case let array as [Any]:
            return array.compactMap(pruned)
        default:
            return value
        }
    }
}
