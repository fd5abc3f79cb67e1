/// What reading a tabular file found: its dialect, its shape, its first rows, its column profiles, a sample of its
/// points, and the files derived from it for reusers — all from one streaming pass.
public struct TablePreview: Sendable, Equatable {
    public let encoding: String
    public let delimiter: String
    public let header: [String]
    /// The first data rows (at most the preview size), each padded or cut to the header's width.
    public var rows: [[String]] { detail.value.rows }
    public let rowCount: Int
    public let columnCount: Int
    /// One profile per header column, in order; empty until the profiler has run.
    public var fields: [ColumnProfile] { detail.value.fields }
    /// Records whose field count differs from the header's.
    public let raggedRowCount: Int
    /// The latitude and longitude columns, when the table has one of each.
    public let coordinates: Coordinates?
    /// A bounded sample of the table's points (reservoir sampling: every row equally likely), in file order.
    public var points: [Point] { detail.value.points }
    /// Files made from this one for reusers (UTF-8 copy, JSON records, paged JSON), published beside it.
    public let derivedFiles: [DerivedFile]
    /// The rows, profiles and points: only the table's own pages and files read them, so a table taken from the build
    /// cache decodes them when one of those is made again (`Deferred`).
    public let detail: Deferred<Detail>

    /// What only the table's own pages and files read.
    public struct Detail: Sendable, Equatable {
        public let rows: [[String]]
        public let fields: [ColumnProfile]
        public let points: [Point]

        public init(rows: [[String]], fields: [ColumnProfile], points: [Point]) {
            self.rows = rows
            self.fields = fields
            self.points = points
        }
    }

    public init(encoding: String, delimiter: String, header: [String], rows: [[String]], rowCount: Int, columnCount: Int,
                fields: [ColumnProfile] = [], raggedRowCount: Int = 0, coordinates: Coordinates? = nil, points: [Point] = [],
                derivedFiles: [DerivedFile] = []) {
        self.init(encoding: encoding, delimiter: delimiter, header: header, rowCount: rowCount, columnCount: columnCount,
                  raggedRowCount: raggedRowCount, coordinates: coordinates, derivedFiles: derivedFiles,
                  detail: Deferred(Detail(rows: rows, fields: fields, points: points)))
    }

    public init(encoding: String, delimiter: String, header: [String], rowCount: Int, columnCount: Int, raggedRowCount: Int,
                coordinates: Coordinates?, derivedFiles: [DerivedFile], detail: Deferred<Detail>) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.header = header
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.raggedRowCount = raggedRowCount
        self.coordinates = coordinates
        self.derivedFiles = derivedFiles
        self.detail = detail
    }

    /// The columns that hold WGS 84 coordinates.
    public struct Coordinates: Sendable, Equatable {
        public let latitude: String
        public let longitude: String
        public init(latitude: String, longitude: String) {
            self.latitude = latitude
            self.longitude = longitude
        }
    }

    /// One point of a table with coordinates, in decimal degrees (WGS 84).
    public struct Point: Sendable, Equatable {
        public let latitude: Double
        public let longitude: Double
        public init(latitude: Double, longitude: Double) {
            self.latitude = latitude
            self.longitude = longitude
        }
    }

    /// A file made from the table while it was read, kept in the repository's cache and published beside the original.
    public struct DerivedFile: Sendable, Equatable {
        public enum Kind: String, Sendable {
            /// The table as UTF-8, comma-separated CSV.
            case utf8CSV = "utf8-csv"
            /// A JSON array of objects keyed by header.
            case jsonRecords = "json-records"
            /// The index of the paged JSON chunks: header, row count, page count.
            case pageIndex = "page-index"
            /// One page of rows, for the table viewer.
            case page
        }

        /// Its path beside the original, relative to the dataset folder (`budget.utf8.csv`, `budget.pages/0001.json`).
        public let name: String
        /// Where the bytes are: an absolute path under `<root>/.kiosque/derived/`.
        public let sourcePath: String
        public let kind: Kind
        public let mediaType: String

        public init(name: String, sourcePath: String, kind: Kind, mediaType: String) {
            self.name = name
            self.sourcePath = sourcePath
            self.kind = kind
            self.mediaType = mediaType
        }
    }
}
