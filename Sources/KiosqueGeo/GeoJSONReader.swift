import KiosqueModel

/// Reads a GeoJSON file (RFC 7946: `Point`, `MultiPoint`, `LineString`, `MultiLineString`, `Polygon`, `MultiPolygon`,
/// `GeometryCollection`, `Feature`, `FeatureCollection`) into a ``MapPreview``, without building a tree of the
/// document: the bytes (at most ``Limits/maxBytes``) are walked twice.
///
/// 1. Check the syntax and the shape of every geometry, count features and geometries, find the bounding box and
///    the order of the coordinates (``CoordinateOrder``); keep where the coordinates of the first features start.
/// 2. Project those coordinates onto a ``MapCanvas`` fitted to the box, merging consecutive positions that land on
///    the same unit, until ``Limits/maxFeatures`` features or ``Limits/maxPositions`` drawn positions.
///
/// Bad input never throws: a syntax error gives no map and a problem at its line and column; a bad geometry is left
/// out of the drawing and reported once, with the number of others like it.
public enum GeoJSONReader {
    public struct Limits: Sendable {
        /// Larger files get no map.
        public var maxBytes: Int
        public var maxFeatures: Int
        public var maxPositions: Int

        public init(maxBytes: Int = 50_000_000, maxFeatures: Int = 3_000, maxPositions: Int = 15_000) {
            self.maxBytes = maxBytes
            self.maxFeatures = max(1, maxFeatures)
            self.maxPositions = max(1, maxPositions)
        }
    }

    public struct Result: Sendable {
        public let map: MapPreview
        /// In file order.
        public let problems: [GeoJSONProblem]
    }

    /// `declaredBBox` is the dataset's `spatial.bbox`, used to tell swapped coordinates.
    public static func read(_ bytes: [UInt8], declaredBBox: [Double]? = nil, limits: Limits = Limits()) -> Result {
        guard bytes.count <= limits.maxBytes else {
            return Result(map: .omitted(.geojson, .tooLarge(limit: limits.maxBytes)), problems: [])
        }
        return bytes.withUnsafeBufferPointer { buffer in
            var survey = Survey(buffer, declaredBBox: declaredBBox, limits: limits)
            return survey.run()
        }
    }
}

/// Geometry types that hold `coordinates`, with the nesting level of their positions.
enum GeometryType: String, CaseIterable {
    case point = "Point", multiPoint = "MultiPoint", lineString = "LineString", multiLineString = "MultiLineString"
    case polygon = "Polygon", multiPolygon = "MultiPolygon"

    /// Arrays around a position: 0 for a point, 3 for a multipolygon.
    var positionLevel: Int {
        switch self {
        case .point: 0
        case .multiPoint, .lineString: 1
        case .multiLineString, .polygon: 2
        case .multiPolygon: 3
        }
    }

    enum Part { case points, line, ring }

    var part: Part {
        switch self {
        case .point, .multiPoint: .points
        case .lineString, .multiLineString: .line
        case .polygon, .multiPolygon: .ring
        }
    }
}

/// The two passes over one document.
private struct Survey {
    struct Geometry {
        let type: GeometryType
        let coordinates: Int
    }

    struct Summary {
        var type: String?
        var coordinates: Int?
        /// Whether the coordinates were checked and counted as they were read (when `type` came first).
        var measured: Bool?
        var geometry: [Geometry]?
        var geometries: [Geometry]?
        var start: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let limits: GeoJSONReader.Limits
    var order: CoordinateOrder
    /// Features kept for drawing, with their geometries: every `stride`-th feature of the file, so that a file with
    /// more features than can be drawn is drawn evenly over its whole extent, not only its beginning.
    var kept: [[Geometry]] = []
    var stride = 1
    var featureCount = 0
    var geometryCounts: [String: Int] = [:]
    var positionCount = 0
    var west = Double.infinity, south = Double.infinity, east = -Double.infinity, north = -Double.infinity
    var firstCoordinates: Int?
    var badGeometry: (offset: Int, type: String, others: Int)?
    var unknownType: (offset: Int, type: String?, others: Int)?

    init(_ bytes: UnsafeBufferPointer<UInt8>, declaredBBox: [Double]?, limits: GeoJSONReader.Limits) {
        self.bytes = bytes
        self.limits = limits
        order = CoordinateOrder(declared: declaredBBox)
    }

    mutating func run() -> GeoJSONReader.Result {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var cursor = JSONCursor(bytes, at: start)
        do throws(JSONCursor.Failure) {
            guard cursor.peek() == UInt8(ascii: "{") else {
                if cursor.isAtEnd { throw cursor.fail(.unexpectedEnd) }
                try cursor.skipValue()
                cursor.skipWhitespace()
                guard cursor.isAtEnd else { throw cursor.fail(.extraData) }
                return finish(omission: .invalid, extra: [(start, .notGeoJSON(type: nil))])
            }
            let root = try object(&cursor, depth: 0)
            cursor.skipWhitespace()
            guard cursor.isAtEnd else { throw cursor.fail(.extraData) }
            switch root.type {
            case "FeatureCollection":
                break
            case "Feature":
                feature(root)
            case let type? where GeometryType(rawValue: type) != nil || type == "GeometryCollection":
                featureCount += 1
                kept.append(geometries(of: root))
            default:
                return finish(omission: .invalid, extra: [(root.start, .notGeoJSON(type: root.type))])
            }
        } catch {
            return finish(omission: .invalid, extra: [(error.offset, .syntax(error.reason))])
        }
        return draw()
    }

    // MARK: Pass 1

    /// Reads an object, walking into `features`, `geometry` and `geometries` and skipping everything else.
    mutating func object(_ cursor: inout JSONCursor, depth: Int) throws(JSONCursor.Failure) -> Summary {
        guard depth < 64 else { throw cursor.fail(.tooDeep) }
        _ = cursor.peek()
        var summary = Summary(start: cursor.index)
        try cursor.object { (cursor: inout JSONCursor, key: String) throws(JSONCursor.Failure) in
            switch key {
            case "type":
                if cursor.peek() == UInt8(ascii: "\"") { summary.type = try cursor.string(keep: 64) } else { try cursor.skipValue() }
            case "coordinates":
                _ = cursor.peek()
                summary.coordinates = cursor.index
                // `type` usually comes first: then the coordinates are checked and counted in the same reading.
                if let name = summary.type, let type = GeometryType(rawValue: name) {
                    if let end = measure(at: cursor.index, type: type) {
                        cursor.index = end
                        summary.measured = true
                        return
                    }
                    summary.measured = false
                }
                try cursor.skipValue()
            case "geometry":
                if try cursor.takeNull() {
                    summary.geometry = []
                } else if cursor.peek() == UInt8(ascii: "{") {
                    let inner = try object(&cursor, depth: depth + 1)
                    summary.geometry = geometries(of: inner)
                } else {
                    note(unknown: nil, at: cursor.index)
                    try cursor.skipValue()
                }
            case "geometries":
                guard cursor.peek() == UInt8(ascii: "[") else { try cursor.skipValue(); return }
                var list: [Geometry] = []
                try cursor.array { (cursor: inout JSONCursor) throws(JSONCursor.Failure) in
                    guard cursor.peek() == UInt8(ascii: "{") else {
                        note(unknown: nil, at: cursor.index)
                        try cursor.skipValue()
                        return
                    }
                    list += geometries(of: try object(&cursor, depth: depth + 1))
                }
                summary.geometries = list
            case "features":
                guard cursor.peek() == UInt8(ascii: "[") else { try cursor.skipValue(); return }
                try cursor.array { (cursor: inout JSONCursor) throws(JSONCursor.Failure) in
                    guard cursor.peek() == UInt8(ascii: "{") else {
                        note(unknown: nil, at: cursor.index)
                        try cursor.skipValue()
                        return
                    }
                    let inner = try object(&cursor, depth: depth + 1)
                    if inner.type == "Feature" { feature(inner) } else { note(unknown: inner.type, at: inner.start) }
                }
            default:
                try cursor.skipValue()
            }
        }
        return summary
    }

    mutating func feature(_ summary: Summary) {
        defer { featureCount += 1 }
        guard featureCount % stride == 0 else { return }
        kept.append(summary.geometry ?? [])
        if kept.count > limits.maxFeatures {
            kept = Self.everyOther(kept)
            stride *= 2
        }
    }

    /// The drawable geometries of a geometry object (one, or those of a collection); checks their coordinates.
    mutating func geometries(of summary: Summary) -> [Geometry] {
        if summary.type == "GeometryCollection" {
            geometryCounts["GeometryCollection", default: 0] += 1
            return summary.geometries ?? []
        }
        guard let name = summary.type, let type = GeometryType(rawValue: name) else {
            note(unknown: summary.type, at: summary.start)
            return []
        }
        guard let offset = summary.coordinates else {
            note(bad: name, at: summary.start)
            return []
        }
        let good = summary.measured ?? (measure(at: offset, type: type) != nil)
        guard good else {
            note(bad: name, at: offset)
            return []
        }
        return [Geometry(type: type, coordinates: offset)]
    }

    /// Checks the coordinates at `offset` against `type` and counts them; the offset after them, nil when their shape is
    /// wrong (nothing is counted then).
    mutating func measure(at offset: Int, type: GeometryType) -> Int? {
        var visitor = Statistics(order: order, west: west, south: south, east: east, north: north)
        var cursor = JSONCursor(bytes, at: offset)
        do throws(JSONCursor.Failure) {
            try walk(&cursor, type: type, level: 0, &visitor)
        } catch {
            return nil
        }
        geometryCounts[type.rawValue, default: 0] += 1
        if firstCoordinates == nil { firstCoordinates = offset }
        order = visitor.order
        (west, south, east, north) = (visitor.west, visitor.south, visitor.east, visitor.north)
        positionCount += visitor.count
        return cursor.index
    }

    mutating func note(bad type: String, at offset: Int) {
        if let first = badGeometry {
            badGeometry = (first.offset, first.type, first.others + 1)
        } else {
            badGeometry = (offset, type, 0)
        }
    }

    mutating func note(unknown type: String?, at offset: Int) {
        if let first = unknownType {
            unknownType = (first.offset, first.type, first.others + 1)
        } else {
            unknownType = (offset, type, 0)
        }
    }

    // MARK: Pass 2

    mutating func draw() -> GeoJSONReader.Result {
        guard positionCount > 0, west.isFinite, south.isFinite else { return finish(omission: .empty, extra: []) }
        var extra: [(Int, GeoJSONProblem.Kind)] = []
        let swapped: Bool
        switch order.verdict {
        case .expected:
            swapped = false
        case .swapped:
            swapped = true
            if let evidence = order.evidence { extra.append((firstCoordinates ?? 0, .swapped(evidence))) }
        case .notDegrees:
            return finish(omission: .empty, extra: [(firstCoordinates ?? 0, .notDegrees(example: order.firstInvalid ?? [west, south]))])
        }
        let bounds = swapped ? MapPreview.Bounds(west: south, south: west, east: north, north: east)
            : MapPreview.Bounds(west: west, south: south, east: east, north: north)
        let canvas = MapCanvas(bounds: bounds)
        var features: [MapPreview.Feature] = []
        var drawn = 0
        var truncated = false
        // Too many positions for the budget: every other feature is left out, and the drawing starts again.
        attempt: while true {
            features = []
            drawn = 0
            truncated = false
            for geometries in kept {
                var drawing = Drawing(canvas: canvas, swapped: swapped, budget: limits.maxPositions - drawn)
                for geometry in geometries {
                    var cursor = JSONCursor(bytes, at: geometry.coordinates)
                    drawing.type = geometry.type
                    try? walk(&cursor, type: geometry.type, level: 0, &drawing)
                }
                if drawing.isOverBudget, kept.count > 1 {
                    kept = Self.everyOther(kept)
                    continue attempt
                }
                // A single feature too large for the budget is drawn in part.
                truncated = truncated || drawing.isOverBudget
                drawn += drawing.count
                features.append(drawing.feature)
            }
            break
        }
        let capped = features.count < featureCount || truncated
        let counts = geometryCounts.sorted { $0.key < $1.key }.map { MapPreview.GeometryCount(type: $0.key, count: $0.value) }
        let map = MapPreview(source: .geojson, width: canvas.width, height: canvas.height, features: features, bounds: bounds,
                             featureCount: featureCount, geometryCounts: counts, positionCount: positionCount, drawnPositionCount: drawn,
                             isCapped: capped, isSwapped: swapped)
        return result(map, extra: extra)
    }

    static func everyOther<T>(_ items: [T]) -> [T] {
        items.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
    }

    // MARK: Results

    func finish(omission: MapPreview.Omission, extra: [(Int, GeoJSONProblem.Kind)]) -> GeoJSONReader.Result {
        result(.omitted(.geojson, omission), extra: extra)
    }

    func result(_ map: MapPreview, extra: [(Int, GeoJSONProblem.Kind)]) -> GeoJSONReader.Result {
        var found = extra
        if let bad = badGeometry { found.append((bad.offset, .badGeometry(type: bad.type, others: bad.others))) }
        if let unknown = unknownType { found.append((unknown.offset, .unknownType(unknown.type, others: unknown.others))) }
        let problems = found.sorted { $0.0 < $1.0 }.map { offset, kind in
            let (line, column) = bytes.lineAndColumn(of: offset)
            return GeoJSONProblem(kind, line: line, column: column)
        }
        return GeoJSONReader.Result(map: map, problems: problems)
    }
}

// MARK: Coordinates

/// What a walk over `coordinates` reports.
protocol CoordinateVisitor {
    mutating func position(x: Double, y: Double)
    mutating func beginPart()
    mutating func endPart()
}

/// Checks that `coordinates` have the nesting `type` needs, calling the visitor for every position and part (a line,
/// a ring; each point of a multipoint is its own part). A position is an array of at least two numbers.
private func walk<V: CoordinateVisitor>(_ cursor: inout JSONCursor, type: GeometryType, level: Int,
                                        _ visitor: inout V) throws(JSONCursor.Failure) {
    let target = type.positionLevel
    guard cursor.peek() == UInt8(ascii: "[") else { throw cursor.fail(.expected("[")) }
    if level == target {
        var values: (Double, Double) = (0, 0)
        var count = 0
        try cursor.array { (cursor: inout JSONCursor) throws(JSONCursor.Failure) in
            guard let value = try cursor.number() else { throw cursor.fail(.badNumber) }
            if count == 0 { values.0 = value } else if count == 1 { values.1 = value }
            count += 1
        }
        guard count >= 2 else { throw cursor.fail(.badNumber) }
        if type.part == .points { visitor.beginPart() }
        visitor.position(x: values.0, y: values.1)
        if type.part == .points { visitor.endPart() }
        return
    }
    let isPart = type.part != .points && level == target - 1
    if isPart { visitor.beginPart() }
    try cursor.array { (cursor: inout JSONCursor) throws(JSONCursor.Failure) in
        try walk(&cursor, type: type, level: level + 1, &visitor)
    }
    if isPart { visitor.endPart() }
}

/// Pass 1: the counts and the box, with the positions of one more geometry.
private struct Statistics: CoordinateVisitor {
    var order: CoordinateOrder
    var west: Double, south: Double, east: Double, north: Double
    var count = 0

    mutating func position(x: Double, y: Double) {
        order.add(x: x, y: y)
        west = min(west, x); east = max(east, x)
        south = min(south, y); north = max(north, y)
        count += 1
    }

    mutating func beginPart() {}
    mutating func endPart() {}
}

/// Pass 2: one feature projected onto the canvas.
private struct Drawing: CoordinateVisitor {
    let canvas: MapCanvas
    let swapped: Bool
    /// Positions this feature may still draw.
    let budget: Int
    var type: GeometryType = .point
    var run = PixelRun()
    var points: [MapPreview.Pixel] = []
    var seenPoints: Set<Int> = []
    var lines: [[MapPreview.Pixel]] = []
    var rings: [[MapPreview.Pixel]] = []
    var count = 0
    private(set) var isOverBudget = false

    init(canvas: MapCanvas, swapped: Bool, budget: Int) {
        self.canvas = canvas
        self.swapped = swapped
        self.budget = max(0, budget)
    }

    var feature: MapPreview.Feature { MapPreview.Feature(points: points, lines: lines, rings: rings) }

    mutating func position(x: Double, y: Double) {
        guard !isOverBudget else { return }
        run.add(swapped ? canvas.pixel(longitude: y, latitude: x) : canvas.pixel(longitude: x, latitude: y))
        if count + run.count > budget { isOverBudget = true }
    }

    mutating func beginPart() { run = PixelRun() }

    mutating func endPart() {
        var pixels = run.pixels
        guard !pixels.isEmpty else { return }
        switch type.part {
        case .points:
            guard seenPoints.insert(pixels[0].x &* 1_000_003 &+ pixels[0].y).inserted else { return }
            points.append(pixels[0])
        case .line:
            lines.append(pixels)
        case .ring:
            if pixels.count > 1, pixels.last == pixels.first { pixels.removeLast() }
            rings.append(pixels)
        }
        count += pixels.count
    }
}
