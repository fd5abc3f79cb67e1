/// A map made at build time from a GeoJSON file or from the sampled points of a table: the geometries projected
/// (Web Mercator) onto a canvas fitted to their bounding box, rounded to whole canvas units, with what a reader
/// needs to know about what the drawing leaves out. The renderer only writes it as SVG.
public struct MapPreview: Sendable, Equatable {
    public enum Source: String, Sendable {
        /// The geometries of a GeoJSON file.
        case geojson
        /// The points of a table with latitude and longitude columns.
        case table
    }

    /// Why a file has no drawing.
    public enum Omission: Sendable, Equatable {
        /// The file is larger than the byte limit the reader keeps in memory.
        case tooLarge(limit: Int)
        /// The file could not be read as GeoJSON (a located warning says why).
        case invalid
        /// The file holds no position that can be drawn (no geometry, or coordinates that are not degrees).
        case empty
    }

    /// A position on the canvas, in whole units from its top left corner.
    public struct Pixel: Sendable, Equatable {
        public let x: Int
        public let y: Int
        public init(x: Int, y: Int) {
            self.x = x
            self.y = y
        }
    }

    /// One drawn feature: its points, lines and polygon rings (holes and parts are rings too, filled even-odd).
    public struct Feature: Sendable, Equatable {
        public let points: [Pixel]
        public let lines: [[Pixel]]
        public let rings: [[Pixel]]
        public init(points: [Pixel] = [], lines: [[Pixel]] = [], rings: [[Pixel]] = []) {
            self.points = points
            self.lines = lines
            self.rings = rings
        }
        public var isEmpty: Bool { points.isEmpty && lines.isEmpty && rings.isEmpty }
    }

    /// West, south, east, north in decimal degrees (WGS 84), as drawn (after swapping back swapped coordinates).
    public struct Bounds: Sendable, Equatable {
        public let west: Double
        public let south: Double
        public let east: Double
        public let north: Double
        public init(west: Double, south: Double, east: Double, north: Double) {
            self.west = west
            self.south = south
            self.east = east
            self.north = north
        }

        public func contains(longitude: Double, latitude: Double) -> Bool {
            longitude >= west && longitude <= east && latitude >= south && latitude <= north
        }
    }

    /// How many geometries of one GeoJSON type the file holds (`Point`, `Polygon`…).
    public struct GeometryCount: Sendable, Equatable {
        public let type: String
        public let count: Int
        public init(type: String, count: Int) {
            self.type = type
            self.count = count
        }
    }

    public let source: Source
    /// Canvas size in units; the drawing keeps its aspect ratio.
    public let width: Int
    public let height: Int
    /// The features drawn, in file order.
    public let features: [Feature]
    public let bounds: Bounds?
    /// Features in the file (GeoJSON), or rows of the table.
    public let featureCount: Int
    /// Geometries per type, sorted by type name (GeoJSON only).
    public let geometryCounts: [GeometryCount]
    /// Positions read, and positions drawn once consecutive ones on the same canvas unit are merged.
    public let positionCount: Int
    public let drawnPositionCount: Int
    /// True when a limit on features or positions stopped the drawing before the end of the file.
    public let isCapped: Bool
    /// True when the coordinates were found in latitude, longitude order and drawn the other way round.
    public let isSwapped: Bool
    /// Set when there is nothing to draw; the other values are then empty.
    public let omission: Omission?

    public init(source: Source, width: Int, height: Int, features: [Feature], bounds: Bounds?, featureCount: Int,
                geometryCounts: [GeometryCount] = [], positionCount: Int, drawnPositionCount: Int, isCapped: Bool = false,
                isSwapped: Bool = false, omission: Omission? = nil) {
        self.source = source
        self.width = width
        self.height = height
        self.features = features
        self.bounds = bounds
        self.featureCount = featureCount
        self.geometryCounts = geometryCounts
        self.positionCount = positionCount
        self.drawnPositionCount = drawnPositionCount
        self.isCapped = isCapped
        self.isSwapped = isSwapped
        self.omission = omission
    }

    /// A file that has no drawing, and why.
    public static func omitted(_ source: Source, _ omission: Omission) -> MapPreview {
        MapPreview(source: source, width: 0, height: 0, features: [], bounds: nil, featureCount: 0, positionCount: 0,
                   drawnPositionCount: 0, omission: omission)
    }
}
