import Foundation
import KiosqueGeo
import KiosqueModel
import KiosqueTestSupport
import Testing

/// What the map of a GeoJSON file shows, and what a reader is told when the file is wrong.
@Suite struct GeoJSONReaderTests {
    func read(_ text: String, bbox: [Double]? = nil, limits: GeoJSONReader.Limits = .init()) -> GeoJSONReader.Result {
        GeoJSONReader.read(Array(text.utf8), declaredBBox: bbox, limits: limits)
    }

    @Test func everyGeometryTypeIsDrawnOneElementPerFeature() {
        let text = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"nom": "a"}, "geometry": {"type": "Point", "coordinates": [2.35, 48.85]}},
          {"type": "Feature", "properties": null, "geometry": {"type": "MultiPoint", "coordinates": [[2.30, 48.80], [2.40, 48.90]]}},
          {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[2.30, 48.80], [2.40, 48.90]]}},
          {"type": "Feature", "properties": {}, "geometry": {"type": "MultiLineString", "coordinates": [[[2.30, 48.80], [2.40, 48.90]], [[2.31, 48.81], [2.32, 48.83]]]}},
          {"type": "Feature", "properties": {}, "geometry": {"coordinates": [[[2.3, 48.8], [2.4, 48.8], [2.4, 48.9], [2.3, 48.8]]], "type": "Polygon"}},
          {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPolygon", "coordinates": [[[[2.3, 48.8], [2.35, 48.8], [2.35, 48.85], [2.3, 48.8]]], [[[2.36, 48.86], [2.38, 48.86], [2.38, 48.88], [2.36, 48.86]]]]}},
          {"type": "Feature", "properties": {}, "geometry": {"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [2.33, 48.83]}, {"type": "LineString", "coordinates": [[2.3, 48.9], [2.4, 48.8]]}]}},
          {"type": "Feature", "properties": {}, "geometry": null}
        ]}
        """
        let result = read(text)
        #expect(result.problems.isEmpty)
        let map = result.map
        #expect(map.omission == nil)
        #expect(map.featureCount == 8)
        #expect(map.features.count == 8)
        #expect(map.features[0].points.count == 1)
        #expect(map.features[1].points.count == 2)
        #expect(map.features[2].lines.count == 1)
        #expect(map.features[3].lines.count == 2)
        #expect(map.features[4].rings.count == 1)
        #expect(map.features[5].rings.count == 2)
        #expect(map.features[6].points.count == 1 && map.features[6].lines.count == 1)
        #expect(map.features[7].isEmpty)
        #expect(map.geometryCounts.map(\.type) == ["GeometryCollection", "LineString", "MultiLineString", "MultiPoint", "MultiPolygon",
                                                   "Point", "Polygon"])
        #expect(map.bounds == MapPreview.Bounds(west: 2.3, south: 48.8, east: 2.4, north: 48.9))
        #expect(!map.isSwapped && !map.isCapped)
        // Fitted with the margin: the westmost position is 16 units from the left edge, the northmost from the top.
        let xs = map.features.flatMap { $0.points + $0.lines.flatMap { $0 } + $0.rings.flatMap { $0 } }.map(\.x)
        let ys = map.features.flatMap { $0.points + $0.lines.flatMap { $0 } + $0.rings.flatMap { $0 } }.map(\.y)
        #expect(xs.min() == 16 && ys.min() == 16)
        #expect(xs.max() == map.width - 16 || ys.max() == map.height - 16)
    }

    @Test func aBareGeometryAndASingleFeatureAreOneFeature() {
        #expect(read(#"{"type": "Point", "coordinates": [1.5, 47.9]}"#).map.featureCount == 1)
        let feature = read(#"{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[1, 47], [1.1, 47.2]]}, "properties": {}}"#)
        #expect(feature.map.features.count == 1)
        #expect(feature.map.features[0].lines.count == 1)
    }

    @Test func aSyntaxErrorIsLocatedAndGivesNoMap() {
        let result = read("{\"type\": \"FeatureCollection\",\n  \"features\": [\n    {\"type\": \"Feature\" \"geometry\": null}]}")
        #expect(result.map.omission == .invalid)
        #expect(result.problems == [GeoJSONProblem(.syntax(.expectedCommaOr("}")), line: 3, column: 24)])
        #expect(read("").problems.first?.kind == .syntax(.unexpectedEnd))
        #expect(read("[1, 2]").problems.first?.kind == .notGeoJSON(type: nil))
        #expect(read(#"{"type": "Topology", "objects": {}}"#).problems.first?.kind == .notGeoJSON(type: "Topology"))
        #expect(read(#"{"type": "Point", "coordinates": [1, 2]} x"#).problems.first?.kind == .syntax(.extraData))
    }

    @Test func aBadGeometryIsLeftOutAndReportedOnce() {
        let text = """
        {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[1.9, 47.8], [2.0, 47.9]]}, "properties": {}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": ["a", 47.9]}, "properties": {}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1.95, 47.85]}, "properties": {}},
        {"type": "Feature", "geometry": {"type": "Circle", "coordinates": [1.95, 47.85]}, "properties": {}},
        {"type": "Thing"}
        ]}
        """
        let result = read(text)
        #expect(result.map.featureCount == 4)
        #expect(result.map.features.filter { !$0.isEmpty }.count == 1)
        #expect(result.problems.count == 2)
        #expect(result.problems[0].kind == .badGeometry(type: "Polygon", others: 1))
        #expect(result.problems[0].line == 2)
        #expect(result.problems[1].kind == .unknownType("Circle", others: 1))
        #expect(result.problems[1].line == 5)
    }

    @Test func swappedPositionsAreDrawnTheRightWayRound() {
        // Places in the Loiret written [latitude, longitude].
        let text = #"{"type": "MultiPoint", "coordinates": [[47.86, 2.03], [47.89, 2.06], [47.90, 1.90]]}"#
        let result = read(text)
        #expect(result.map.isSwapped)
        #expect(result.map.bounds == MapPreview.Bounds(west: 1.90, south: 47.86, east: 2.06, north: 47.90))
        guard case let .swapped(evidence)? = result.problems.first?.kind else {
            Issue.record("no swapped warning: \(result.problems)")
            return
        }
        #expect(evidence.reason == .region(declared: false))
        #expect(evidence.insideSwapped == 3 && evidence.insideAsWritten == 0)
        // The same positions in the right order: no warning.
        let right = read(#"{"type": "MultiPoint", "coordinates": [[2.03, 47.86], [2.06, 47.89], [1.90, 47.90]]}"#)
        #expect(right.problems.isEmpty && !right.map.isSwapped)
        #expect(right.map.features == result.map.features)
    }

    @Test func projectedCoordinatesAreNotDrawn() {
        let result = read(#"{"type": "Point", "coordinates": [652469.0, 6862035.0]}"#)
        #expect(result.map.omission == .empty)
        #expect(result.problems.first?.kind == .notDegrees(example: [652469, 6862035]))
    }

    @Test func aLargeFileIsCutAndSaysSo() {
        var features: [String] = []
        for index in 0..<500 {
            let x = 1.8 + Double(index % 25) * 0.01, y = 47.8 + Double(index / 25) * 0.01
            features.append(#"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[\#(x),\#(y)]}}"#)
        }
        let text = #"{"type":"FeatureCollection","features":["# + features.joined(separator: ",") + "]}"
        let capped = read(text, limits: GeoJSONReader.Limits(maxFeatures: 100))
        #expect(capped.map.featureCount == 500)
        // Every fourth feature: spread over the whole file, so over the whole extent.
        #expect(capped.map.features.count == 63)
        #expect(capped.map.isCapped)
        let ys = capped.map.features.flatMap(\.points).map(\.y)
        #expect(ys.max() == capped.map.height - 16 && ys.min() == 16)
        let byPositions = read(text, limits: GeoJSONReader.Limits(maxPositions: 50))
        #expect(byPositions.map.features.count <= 50 && byPositions.map.features.count >= 25 && byPositions.map.isCapped)
        let ysByPositions = byPositions.map.features.flatMap(\.points).map(\.y)
        #expect(ysByPositions.max() ?? 0 > byPositions.map.height / 2)
        let tooLarge = read(text, limits: GeoJSONReader.Limits(maxBytes: 1_000))
        #expect(tooLarge.map.omission == .tooLarge(limit: 1_000))
    }

    @Test func consecutivePositionsOnOneUnitAreMerged() {
        var positions: [String] = []
        for index in 0...1_000 { positions.append("[\(2.0 + Double(index) * 0.0001), 47.9]") }
        let result = read(#"{"type": "LineString", "coordinates": ["# + positions.joined(separator: ",") + "]}")
        #expect(result.map.positionCount == 1_001)
        #expect(result.map.drawnPositionCount <= 770)
        #expect(result.map.features[0].lines[0].count == result.map.drawnPositionCount)
    }

    @Test func escapedKeysAndExtraMembersAreRead() {
        let text = #"{"bbox": [0, 0, 1, 1], "crs": null, "ty\u0070e": "Point", "coordinates": [1.0e0, 4.75E1, 120]}"#
        let result = read(text)
        #expect(result.problems.isEmpty)
        #expect(result.map.bounds == MapPreview.Bounds(west: 1, south: 47.5, east: 1, north: 47.5))
    }

    /// Every GeoJSON file of the corpus is read without a crash and drawn.
    @Test(.enabled(if: SharedFolder.isAvailable)) func everyCorpusFileMaps() throws {
        let folder = SharedFolder.path("corpus")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "geojson" }.sorted { $0.path < $1.path } ?? []
        #expect(files.count >= 14)
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: file))
            let result = GeoJSONReader.read(bytes)
            #expect(result.map.omission == nil, "\(file.lastPathComponent): \(result.problems)")
            #expect(!result.map.features.isEmpty, "\(file.lastPathComponent)")
            #expect(result.problems.isEmpty, "\(file.lastPathComponent): \(result.problems)")
            // Every drawn position lies on the canvas.
            for feature in result.map.features {
                for pixel in feature.points + feature.lines.flatMap({ $0 }) + feature.rings.flatMap({ $0 }) {
                    #expect((0...result.map.width).contains(pixel.x) && (0...result.map.height).contains(pixel.y),
                            "\(file.lastPathComponent): \(pixel)")
                }
            }
        }
    }
}
