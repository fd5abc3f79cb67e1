/// A reuse showcase, from `site/reuses/<id>.yaml`.
public struct Reuse: Sendable, Equatable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable {
        case application, visualization, article, api, idea, paper, post, hardware
    }

    public struct Author: Sendable, Equatable {
        public let name: String
        public let url: String?
        public init(name: String, url: String?) {
            self.name = name
            self.url = url
        }
    }

    public let id: String
    public let title: String
    public let description: String?
    public let url: String
    public let kind: Kind
    /// Path relative to the repository root.
    public let image: String?
    public let author: Author?
    public let datasetIDs: [String]
    public let date: DateStamp?
    public let featured: Bool

    public init(id: String, title: String, description: String?, url: String, kind: Kind, image: String?,
                author: Author?, datasetIDs: [String], date: DateStamp?, featured: Bool) {
        self.id = id
        self.title = title
        self.description = description
        self.url = url
        self.kind = kind
        self.image = image
        self.author = author
        self.datasetIDs = datasetIDs
        self.date = date
        self.featured = featured
    }
}
