import KiosqueModel

/// Tells whether positions were written in the expected order (longitude, latitude for GeoJSON; the named columns for
/// a table) or swapped, from their values: a first value outside ±90 cannot be a latitude; and positions that all
/// fall outside the expected region (the dataset's declared `bbox`, else France with its overseas territories) but
/// inside it once swapped were swapped.
public struct CoordinateOrder: Sendable {
    /// What the positions look like.
    public enum Verdict: Sendable, Equatable {
        /// Longitude and latitude as expected (or no reason to think otherwise).
        case expected
        /// Latitude and longitude: draw them the other way round.
        case swapped
        /// Not degrees in either order (a projected system): do not draw.
        case notDegrees
    }

    /// Why the positions look swapped, for the warning.
    public struct Evidence: Sendable, Equatable {
        public enum Reason: Sendable, Equatable {
            /// Values meant as latitudes go beyond ±90.
            case outOfRange
            /// Swapped back, the positions fall inside the region; as written, outside.
            case region(declared: Bool)
        }
        public let reason: Reason
        /// The range of the values written where latitudes were expected (they are longitudes).
        public let latitudeRange: ClosedRange<Double>
        /// The range of the values written where longitudes were expected (they are latitudes).
        public let longitudeRange: ClosedRange<Double>
        /// Positions that fall inside the region, as written and once swapped, out of `count`.
        public let insideAsWritten: Int
        public let insideSwapped: Int
        public let count: Int
    }

    /// Where the positions are expected to be, as boxes of longitude and latitude.
    public let regions: [MapPreview.Bounds]
    public let isDeclared: Bool

    private(set) var count = 0
    private(set) var validAsWritten = 0
    private(set) var validSwapped = 0
    private(set) var insideAsWritten = 0
    private(set) var insideSwapped = 0
    private var latitudeLow = Double.infinity, latitudeHigh = -Double.infinity
    private var longitudeLow = Double.infinity, longitudeHigh = -Double.infinity
    private(set) var firstInvalid: [Double]?

    /// `declared` is a dataset's `spatial.bbox` (west, south, east, north); France when nil.
    public init(declared: [Double]?) {
        if let box = declared, box.count == 4, box[0] <= box[2], box[1] <= box[3] {
            // A little room around the declared box: points on its edge, and boxes drawn a little tight.
            let marginX = max(0.05, (box[2] - box[0]) * 0.1), marginY = max(0.05, (box[3] - box[1]) * 0.1)
            regions = [MapPreview.Bounds(west: box[0] - marginX, south: box[1] - marginY, east: box[2] + marginX, north: box[3] + marginY)]
            isDeclared = true
        } else {
            regions = Self.france
            isDeclared = false
        }
    }

    /// Metropolitan France with Corsica, then the overseas departments and collectivities.
    public static let france: [MapPreview.Bounds] = [
        .init(west: -5.8, south: 41.2, east: 10.0, north: 51.3),
        .init(west: -63.2, south: 15.8, east: -60.8, north: 18.2),
        .init(west: -61.3, south: 14.3, east: -60.7, north: 14.95),
        .init(west: -54.7, south: 2.1, east: -51.5, north: 5.9),
        .init(west: 55.1, south: -21.5, east: 56.0, north: -20.8),
        .init(west: 44.9, south: -13.1, east: 45.4, north: -12.6),
        .init(west: -56.5, south: 46.7, east: -56.1, north: 47.2),
        .init(west: -155.0, south: -28.0, east: -134.0, north: -7.0),
        .init(west: 163.5, south: -22.8, east: 168.2, north: -19.5),
        .init(west: -178.3, south: -14.4, east: -176.1, north: -13.2),
    ]

    /// Counts one position as written: `x` where a longitude is expected, `y` where a latitude is.
    public mutating func add(x: Double, y: Double) {
        count += 1
        longitudeLow = min(longitudeLow, x); longitudeHigh = max(longitudeHigh, x)
        latitudeLow = min(latitudeLow, y); latitudeHigh = max(latitudeHigh, y)
        let asWritten = abs(x) <= 180 && abs(y) <= 90
        let swapped = abs(y) <= 180 && abs(x) <= 90
        if asWritten { validAsWritten += 1 }
        if swapped { validSwapped += 1 }
        if !asWritten && !swapped && firstInvalid == nil { firstInvalid = [x, y] }
        if asWritten, regions.contains(where: { $0.contains(longitude: x, latitude: y) }) { insideAsWritten += 1 }
        if swapped, regions.contains(where: { $0.contains(longitude: y, latitude: x) }) { insideSwapped += 1 }
    }

    public var verdict: Verdict {
        guard count > 0 else { return .expected }
        if validAsWritten == count {
            // Swapped only when the written order misses the region and the other order fits it.
            return insideAsWritten * 2 < count && insideSwapped * 10 >= count * 9 ? .swapped : .expected
        }
        return validSwapped == count ? .swapped : .notDegrees
    }

    /// Why the verdict is `.swapped`; nil otherwise.
    public var evidence: Evidence? {
        guard verdict == .swapped else { return nil }
        return Evidence(reason: validAsWritten == count ? .region(declared: isDeclared) : .outOfRange,
                        latitudeRange: latitudeLow...latitudeHigh, longitudeRange: longitudeLow...longitudeHigh,
                        insideAsWritten: insideAsWritten, insideSwapped: insideSwapped, count: count)
    }
}
