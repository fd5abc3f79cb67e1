/// One resource of a dataset: a file published beside its page, or a remote URL.
public struct Distribution: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case main, documentation, api, code, other
    }

    public enum Source: Sendable, Equatable {
        /// A file of the dataset folder: its name inside the folder and its path from the repository root.
        case file(name: String, repositoryPath: String, byteSize: Int)
        /// A remote http(s) URL.
        case remote(url: String)
    }

    public let source: Source
    public let title: String
    public let description: String?
    /// Upper-case short format (`CSV`, `GEOJSON`, `PDF`).
    public let format: String
    public let mediaType: String?
    public let schema: String?
    public let kind: Kind
    /// What the reader found in a tabular file; nil for other files.
    public let table: TablePreview?
    /// SHA-256 of a published file, 64 lower-case hexadecimal digits; nil for remote resources.
    public let sha256: String?
    /// The file checked against its Table Schema (the resource's or the dataset's); nil when none applies or no
    /// validator ran. The quality score reads it.
    public let schemaValidation: SchemaValidation?
    /// The map drawn from a GeoJSON file or from a table's latitude and longitude columns; nil when there is none.
    public let map: MapPreview?

    public init(source: Source, title: String, description: String?, format: String, mediaType: String?,
                schema: String?, kind: Kind, table: TablePreview?, sha256: String? = nil,
                schemaValidation: SchemaValidation? = nil, map: MapPreview? = nil) {
        self.source = source
        self.title = title
        self.description = description
        self.format = format
        self.mediaType = mediaType
        self.schema = schema
        self.kind = kind
        self.table = table
        self.sha256 = sha256
        self.schemaValidation = schemaValidation
        self.map = map
    }

    /// The file name inside the dataset folder, when it is a file.
    public var fileName: String? {
        if case let .file(name, _, _) = source { return name }
        return nil
    }

    public var byteSize: Int? {
        if case let .file(_, _, size) = source { return size }
        return nil
    }
}
