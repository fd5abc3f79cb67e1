import KiosqueModel

/// The map of a table with latitude and longitude columns, from the points the profiler sampled.
public enum TableMap {
    public struct Result: Sendable {
        public let map: MapPreview
        /// Set when the columns look swapped; the map is then drawn with the values the other way round.
        public let swapped: CoordinateOrder.Evidence?
    }

    /// `rowCount` is the table's; `declaredBBox` the dataset's `spatial.bbox`; at most `maxPoints` are drawn.
    public static func map(points: [TablePreview.Point], rowCount: Int, declaredBBox: [Double]? = nil,
                           maxPoints: Int = 5_000) -> Result? {
        guard !points.isEmpty else { return nil }
        var order = CoordinateOrder(declared: declaredBBox)
        for point in points { order.add(x: point.longitude, y: point.latitude) }
        let verdict = order.verdict
        guard verdict != .notDegrees else { return nil }
        let swapped = verdict == .swapped
        // As drawn: longitude first.
        let positions = points.map { swapped ? ($0.latitude, $0.longitude) : ($0.longitude, $0.latitude) }
        var west = Double.infinity, south = Double.infinity, east = -Double.infinity, north = -Double.infinity
        for (x, y) in positions {
            west = min(west, x); east = max(east, x)
            south = min(south, y); north = max(north, y)
        }
        let bounds = MapPreview.Bounds(west: west, south: south, east: east, north: north)
        let canvas = MapCanvas(bounds: bounds)
        var seen: Set<Int> = []
        var pixels: [MapPreview.Pixel] = []
        var capped = false
        for (x, y) in positions {
            let pixel = canvas.pixel(longitude: x, latitude: y)
            guard seen.insert(pixel.x &* 1_000_003 &+ pixel.y).inserted else { continue }
            guard pixels.count < maxPoints else { capped = true; break }
            pixels.append(pixel)
        }
        let map = MapPreview(source: .table, width: canvas.width, height: canvas.height, features: [MapPreview.Feature(points: pixels)],
                             bounds: bounds, featureCount: rowCount, positionCount: points.count, drawnPositionCount: pixels.count,
                             isCapped: capped, isSwapped: swapped)
        return Result(map: map, swapped: order.evidence)
    }
}
