import KiosqueModel

/// A problem in a schema file, located, in French and English.
///
/// Errors are those frictionless reports as `schema-error` or `field-error` (the schema is then
/// unusable and no row is checked, as in frictionless); warnings say what Kiosque leaves unchecked.
public struct SchemaProblem: Sendable, Equatable {
    public let severity: Diagnostic.Severity
    /// `schema-error` or `field-error` (frictionless' codes), or `schema-note` for a warning.
    public let code: String
    public let location: SourceLocation
    /// The field concerned, if any.
    public let fieldName: String?
    let french: String
    let english: String

    init(_ severity: Diagnostic.Severity = .error, code: String, at location: SourceLocation, field: String? = nil,
         fr: String, en: String) {
        self.severity = severity
        self.code = code
        self.location = location
        self.fieldName = field
        self.french = fr
        self.english = en
    }

    public func message(in language: Language) -> String { language.pick(french, english) }

    /// The problem as a diagnostic (`schema.schema-error`, `schema.field-error`, `schema.schema-note`).
    public func diagnostic(in language: Language) -> Diagnostic {
        let hint = severity == .error
            ? language.pick("corrigez le schéma : frictionless le refuse aussi, et aucune ligne n’est vérifiée tant qu’il est invalide",
                            "fix the schema: frictionless refuses it too, and no row is checked while it is invalid")
            : nil
        return Diagnostic(severity, location, code: "schema." + code, message: message(in: language), hint: hint)
    }
}
