/// The portal's settings, from `site/portal.yaml`.
public struct Portal: Sendable, Equatable {
    public struct Contact: Sendable, Equatable {
        public let name: String?
        public let email: String?
        public let url: String?
        public init(name: String? = nil, email: String?, url: String?) {
            self.name = name
            self.email = email
            self.url = url
        }
    }

    public struct Repository: Sendable, Equatable {
        public let url: String
        public let branch: String
        public init(url: String, branch: String) {
            self.url = url
            self.branch = branch
        }
    }

    public struct NavEntry: Sendable, Equatable {
        public let label: String
        public let url: String
        public init(label: String, url: String) {
            self.label = label
            self.url = url
        }
    }

    public let title: String
    public let description: String?
    /// Absolute URL where the site is published, always ending with `/`; nil when unknown.
    public let baseURL: String?
    public let language: Language
    public let publisherID: String?
    public let contact: Contact?
    /// Path under `site/assets/`.
    public let logo: String?
    public let theme: String
    public let repository: Repository?
    public let nav: [NavEntry]
    public let footer: String?
    /// Previous versions of each published file kept downloadable (`history: {versions: N}`); 0 keeps none.
    public let historyVersions: Int

    public init(title: String, description: String?, baseURL: String?, language: Language, publisherID: String?,
                contact: Contact?, logo: String?, theme: String, repository: Repository?, nav: [NavEntry], footer: String?,
                historyVersions: Int = Portal.defaultHistoryVersions) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.publisherID = publisherID
        self.contact = contact
        self.logo = logo
        self.theme = theme
        self.repository = repository
        self.nav = nav
        self.footer = footer
        self.historyVersions = historyVersions
    }

    public static let defaultHistoryVersions = 3
}
