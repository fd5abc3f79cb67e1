/// One problem found in the repository, located and explained in the portal's language.
public struct Diagnostic: Sendable, Hashable, Comparable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public let severity: Severity
    public let location: SourceLocation
    /// A stable code for tests and machine output (`yaml.duplicate-key`, `dataset.unknown-key`…).
    public let code: String
    public let message: String
    public let hint: String?

    public init(_ severity: Severity, _ location: SourceLocation, code: String, message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.code = code
        self.message = message
        self.hint = hint
    }

    public static func error(_ location: SourceLocation, _ code: String, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, location, code: code, message: message, hint: hint)
    }

    public static func warning(_ location: SourceLocation, _ code: String, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, location, code: code, message: message, hint: hint)
    }

    /// `path:line:column: erreur: message`, then the hint on its own indented line.
    public func formatted(in language: Language) -> String {
        let word = switch (severity, language) {
        case (.error, .fr): "erreur"
        case (.warning, .fr): "avertissement"
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        }
        var text = "\(location): \(word): \(message)"
        if let hint { text += "\n  " + (language == .fr ? "conseil : " : "hint: ") + hint }
        return text
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.severity, a.code, a.message) < (b.location, b.severity, b.code, b.message)
    }
}

extension Diagnostic.Severity {
    fileprivate var rank: Int { self == .error ? 0 : 1 }
}

private func < (a: (SourceLocation, Diagnostic.Severity, String, String), b: (SourceLocation, Diagnostic.Severity, String, String)) -> Bool {
    if a.0 != b.0 { return a.0 < b.0 }
    if a.1 != b.1 { return a.1.rank < b.1.rank }
    if a.2 != b.2 { return a.2 < b.2 }
    return a.3 < b.3
}
