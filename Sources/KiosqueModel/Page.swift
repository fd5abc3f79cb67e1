/// An editorial page, from `site/pages/<slug>.md`.
public struct Page: Sendable, Equatable {
    public let slug: String
    public let title: String
    public let description: String?
    /// Markdown body.
    public let body: String

    public init(slug: String, title: String, description: String?, body: String) {
        self.slug = slug
        self.title = title
        self.description = description
        self.body = body
    }
}
