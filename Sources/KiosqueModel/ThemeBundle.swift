/// A theme with the portal's overrides applied: templates, translations and static files.
public struct ThemeBundle: Sendable, Equatable {
    /// Template name (`dataset`, `layout`) → Mustache source.
    public let templates: [String: String]
    /// Translation key → text, for the portal's language.
    public let translations: [String: String]
    /// Static files, path relative to the theme's `assets/` folder → bytes.
    public let assets: [String: [UInt8]]

    public init(templates: [String: String], translations: [String: String], assets: [String: [UInt8]]) {
        self.templates = templates
        self.translations = translations
        self.assets = assets
    }
}
