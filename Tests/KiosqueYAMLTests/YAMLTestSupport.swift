import KiosqueModel
import KiosqueYAML

/// Parses YAML text as `test.yaml`.
func parse(_ text: String, language: Language = .fr, firstLine: Int = 1,
           limits: YAMLLimits = .standard) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
    YAMLDocument.parse(Array(text.utf8), file: "test.yaml", language: language, firstLine: firstLine, limits: limits)
}

/// `line:column` of a location, for compact expectations.
func position(_ location: SourceLocation?) -> String? {
    location.map { "\($0.line):\($0.column)" }
}

extension Array {
    /// The single element, or nil when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
