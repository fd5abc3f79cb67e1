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

    // The fields live in one immutable object: a catalogue's pages, indexes and feeds pass datasets around by the
    // thousand, and copying a struct of twenty strings and arrays retained and released each of them (a sixth of an
    // edit build's time at 5,000 datasets). The value stays immutable; copies share the object.
    @usableFromInline
    final class Storage: Sendable {
        @usableFromInline let id: String
        @usableFromInline let title: String
        @usableFromInline let description: String
        @usableFromInline let organizationID: String
        @usableFromInline let license: License
        @usableFromInline let themeIDs: [String]
        @usableFromInline let keywords: [String]
        @usableFromInline let frequency: Frequency?
        @usableFromInline let temporal: Temporal?
        @usableFromInline let spatial: Spatial?
        @usableFromInline let contact: Portal.Contact?
        @usableFromInline let schema: String?
        @usableFromInline let issued: DateStamp?
        @usableFromInline let modified: DateStamp?
        @usableFromInline let featured: Bool
        @usableFromInline let distributions: [Distribution]
        @usableFromInline let descriptorPath: String

        init(id: String, title: String, description: String, organizationID: String, license: License,
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

    @usableFromInline let storage: Storage

    @inlinable public var id: String { storage.id }
    @inlinable public var title: String { storage.title }
    @inlinable public var description: String { storage.description }
    @inlinable public var organizationID: String { storage.organizationID }
    @inlinable public var license: License { storage.license }
    @inlinable public var themeIDs: [String] { storage.themeIDs }
    @inlinable public var keywords: [String] { storage.keywords }
    @inlinable public var frequency: Frequency? { storage.frequency }
    @inlinable public var temporal: Temporal? { storage.temporal }
    @inlinable public var spatial: Spatial? { storage.spatial }
    @inlinable public var contact: Portal.Contact? { storage.contact }
    /// Table Schema reference (repository path or https URL) for the tabular files.
    @inlinable public var schema: String? { storage.schema }
    @inlinable public var issued: DateStamp? { storage.issued }
    @inlinable public var modified: DateStamp? { storage.modified }
    @inlinable public var featured: Bool { storage.featured }
    @inlinable public var distributions: [Distribution] { storage.distributions }
    /// The descriptor's path, for diagnostics and "edit" links (`data/budget/dataset.yaml`).
    @inlinable public var descriptorPath: String { storage.descriptorPath }

    public init(id: String, title: String, description: String, organizationID: String, license: License,
                themeIDs: [String], keywords: [String], frequency: Frequency?, temporal: Temporal?, spatial: Spatial?,
                contact: Portal.Contact?, schema: String?, issued: DateStamp?, modified: DateStamp?, featured: Bool,
                distributions: [Distribution], descriptorPath: String) {
        storage = Storage(id: id, title: title, description: description, organizationID: organizationID, license: license,
                          themeIDs: themeIDs, keywords: keywords, frequency: frequency, temporal: temporal, spatial: spatial,
                          contact: contact, schema: schema, issued: issued, modified: modified, featured: featured,
                          distributions: distributions, descriptorPath: descriptorPath)
    }

    /// Field by field, as the synthesized `==` was; two copies of one dataset share their storage.
    public static func == (lhs: Dataset, rhs: Dataset) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.id == rhs.id &&
            lhs.title == rhs.title &&
            lhs.description == rhs.description &&
            lhs.organizationID == rhs.organizationID &&
            lhs.license == rhs.license &&
            lhs.themeIDs == rhs.themeIDs &&
            lhs.keywords == rhs.keywords &&
            lhs.frequency == rhs.frequency &&
            lhs.temporal == rhs.temporal &&
            lhs.spatial == rhs.spatial &&
            lhs.contact == rhs.contact &&
            lhs.schema == rhs.schema &&
            lhs.issued == rhs.issued &&
            lhs.modified == rhs.modified &&
            lhs.featured == rhs.featured &&
            lhs.distributions == rhs.distributions &&
            lhs.descriptorPath == rhs.descriptorPath
    }
}
