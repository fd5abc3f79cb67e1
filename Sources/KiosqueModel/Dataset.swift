/// A dataset, from `data/<id>/dataset.yaml` and the files beside it.
public struct Dataset: Sendable, Equatable, Identifiable {
    public struct Temporal: Sendable, Equatable {
        public let start: DateStamp?
        public let end: DateStamp?
        public init(start: DateStamp?, end: DateStamp?) {
            self.start = start
            self.end = end
        }
    }

    public struct Spatial: Sendable, Equatable {
        public let name: String?
        public let insee: String?
        /// west, south, east, north (WGS 84).
        public let bbox: [Double]?
        public init(name: String?, insee: String?, bbox: [Double]?) {
            self.name = name
            self.insee = insee
            self.bbox = bbox
        }
    }

    public let id: String
    public let title: String
    public let description: String
    public let organizationID: String
    public let license: License
    public let themeIDs: [String]
    public let keywords: [String]
    public let frequency: Frequency?
    public let temporal: Temporal?
    public let spatial: Spatial?
    public let contact: Portal.Contact?
    /// Table Schema reference (repository path or https URL) for the tabular files.
    public let schema: String?
    public let issued: DateStamp?
    public let modified: DateStamp?
    public let featured: Bool
    public let distributions: [Distribution]
    /// The descriptor's path, for diagnostics and "edit" links (`data/budget/dataset.yaml`).
    public let descriptorPath: String

    public init(id: String, title: String, description: String, organizationID: String, license: License,
                themeIDs: [String], keywords: [String], frequency: Frequency?, temporal: Temporal?, spatial: Spatial?,
                contact: Portal.Contact?, schema: String?, issued: DateStamp?, modified: DateStamp?, featured: Bool,
                distributions: [Distribution], descriptorPath: String) {
        self.id = id
        self.title = title
        self.description = description
        self.organizationID = organizationID
        self.license = license
        self.themeIDs = themeIDs
        self.keywords = keywords
        self.frequency = frequency
        self.temporal = temporal
        self.spatial = spatial
        self.contact = contact
        self.schema = schema
        self.issued = issued
        self.modified = modified
        self.featured = featured
        self.distributions = distributions
        self.descriptorPath = descriptorPath
    }
}
