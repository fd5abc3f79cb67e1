import KiosqueModel
import KiosqueYAML

/// Typed, located access to the keys of one YAML mapping, collecting every problem as a diagnostic.
struct MappingReader {
    let node: YAMLNode
    let messages: Messages
    /// What the mapping is, for messages ("site/portal.yaml", "une ressource"…).
    let what: String
    let allowedKeys: [String]

    /// Nil (with a diagnostic) when `node` is not a mapping.
    init?(_ node: YAMLNode?, what: String, allowedKeys: [String], messages: Messages, fallback: SourceLocation,
          diagnostics: inout [Diagnostic]) {
        guard let node else {
            // An unreadable or syntactically broken file has already said why; an empty one has not.
            if !diagnostics.contains(where: { $0.location.file == fallback.file && $0.severity == .error }) {
                diagnostics.append(.error(fallback, "descriptor.not-mapping", messages.notAMapping(what)))
            }
            return nil
        }
        guard node.pairs != nil else {
            diagnostics.append(.error(node.location, "descriptor.not-mapping", messages.notAMapping(what)))
            return nil
        }
        self.node = node
        self.messages = messages
        self.what = what
        self.allowedKeys = allowedKeys
    }

    var location: SourceLocation { node.location }

    /// Reports every key that is not allowed, suggesting the nearest allowed one.
    func checkUnknownKeys(_ diagnostics: inout [Diagnostic]) {
        for pair in node.pairs ?? [] where !allowedKeys.contains(pair.key) {
            let hint = Suggestion.nearest(to: pair.key, among: allowedKeys).map(messages.didYouMean)
                ?? messages.allowedKeys(allowedKeys)
            diagnostics.append(.error(pair.keyLocation, "descriptor.unknown-key", messages.unknownKey(pair.key, in: what), hint: hint))
        }
    }

    func value(_ key: String) -> YAMLNode? {
        guard let value = node[key], !value.isNull else { return nil }
        return value
    }

    func keyLocation(_ key: String) -> SourceLocation {
        node.pairs?.first { $0.key == key }?.keyLocation ?? node.location
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    /// A text value; a number or boolean written plainly is read as its text.
    func string(_ key: String, required: Bool = false, example: String = "…", _ diagnostics: inout [Diagnostic]) -> String? {
        guard let value = value(key) else {
            if required {
                diagnostics.append(.error(node[key]?.location ?? node.location, "descriptor.missing-field", messages.missingField(key),
                                          hint: messages.missingFieldHint(key, example: example)))
            }
            return nil
        }
        guard let text = value.string else {
            diagnostics.append(wrongType(key, value, expected: messages.expectedText))
            return nil
        }
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty {
            if required {
                diagnostics.append(.error(value.location, "descriptor.empty-field", messages.emptyField(key),
                                          hint: messages.missingFieldHint(key, example: example)))
            }
            return nil
        }
        return trimmed
    }

    func bool(_ key: String, _ diagnostics: inout [Diagnostic]) -> Bool? {
        guard let value = value(key) else { return nil }
        if case let .scalar(text, plain) = value.kind, plain {
            switch text.lowercased() {
            case "true", "yes", "oui", "on": return true
            case "false", "no", "non", "off": return false
            default: break
            }
        }
        diagnostics.append(wrongType(key, value, expected: messages.expectedBool))
        return nil
    }

    /// A list of texts; a single text is accepted as a list of one.
    func stringList(_ key: String, _ diagnostics: inout [Diagnostic]) -> [(String, SourceLocation)]? {
        guard let value = value(key) else { return nil }
        if let text = value.string { return [(text.trimmingWhitespace, value.location)].filter { !$0.0.isEmpty } }
        guard let items = value.items else {
            diagnostics.append(wrongType(key, value, expected: messages.expectedList))
            return nil
        }
        var result: [(String, SourceLocation)] = []
        for item in items {
            guard let text = item.string else {
                diagnostics.append(wrongType(key, item, expected: messages.expectedText))
                continue
            }
            let trimmed = text.trimmingWhitespace
            if !trimmed.isEmpty { result.append((trimmed, item.location)) }
        }
        return result
    }

    func date(_ key: String, _ diagnostics: inout [Diagnostic]) -> DateStamp? {
        guard let value = value(key) else { return nil }
        guard let text = value.string else {
            diagnostics.append(wrongType(key, value, expected: messages.expectedText))
            return nil
        }
        guard let date = DateStamp.parse(text.trimmingWhitespace) else {
            diagnostics.append(.error(value.location, "descriptor.bad-date", messages.badDate(key, text), hint: messages.badDateHint))
            return nil
        }
        return date
    }

    /// An http(s) URL.
    func url(_ key: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let text = string(key, required: required, example: "https://…", &diagnostics) else { return nil }
        guard WebAddress.isHTTP(text) else {
            diagnostics.append(.error(value(key)?.location ?? node.location, "descriptor.bad-url", messages.badURL(key, text),
                                      hint: messages.badURLHint))
            return nil
        }
        return text
    }

    func email(_ key: String, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let text = string(key, &diagnostics) else { return nil }
        let withoutScheme = text.hasPrefix("mailto:") ? String(text.dropFirst(7)) : text
        guard WebAddress.isEmail(withoutScheme) else {
            diagnostics.append(.error(value(key)?.location ?? node.location, "descriptor.bad-email", messages.badEmail(text)))
            return nil
        }
        return withoutScheme
    }

    /// A nested mapping, with its own allowed keys checked.
    func mapping(_ key: String, allowedKeys: [String], _ diagnostics: inout [Diagnostic]) -> MappingReader? {
        guard let value = value(key) else { return nil }
        guard value.pairs != nil else {
            diagnostics.append(wrongType(key, value, expected: messages.expectedMapping))
            return nil
        }
        let reader = MappingReader(value, what: "« \(key) »", allowedKeys: allowedKeys, messages: messages,
                                   fallback: value.location, diagnostics: &diagnostics)
        reader?.checkUnknownKeys(&diagnostics)
        return reader
    }

    func wrongType(_ key: String, _ value: YAMLNode, expected: String) -> Diagnostic {
        let found: YAMLKind = value.isNull ? .null : value.items != nil ? .list : value.pairs != nil ? .mapping : .text
        let hint = expected == messages.expectedList ? messages.listHint(key)
            : expected == messages.expectedText ? messages.textHint(key) : nil
        return .error(value.location, "descriptor.wrong-type",
                      messages.wrongType(key, expected: expected, found: messages.typeName(found)), hint: hint)
    }
}

extension String {
    var trimmingWhitespace: String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }
}
