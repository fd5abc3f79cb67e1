/// A news post, from `site/news/<yyyy-mm-dd>-<slug>.md`.
public struct NewsPost: Sendable, Equatable {
    /// The URL slug: the file name without `.md` (`2024-05-02-ouverture`).
    public let slug: String
    public let title: String
    public let date: DateStamp
    public let summary: String?
    public let description: String?
    public let image: String?
    /// Markdown body.
    public let body: String

    public init(slug: String, title: String, date: DateStamp, summary: String?, description: String?, image: String?, body: String) {
        self.slug = slug
        self.title = title
        self.date = date
        self.summary = summary
        self.description = description
        self.image = image
        self.body = body
    }
}
