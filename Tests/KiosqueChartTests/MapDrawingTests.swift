import KiosqueChart
import KiosqueModel
import Testing

/// A map preview written as SVG.
@Suite struct MapDrawingTests {
    typealias Pixel = MapPreview.Pixel

    let map = MapPreview(source: .geojson, width: 200, height: 100, features: [
        MapPreview.Feature(rings: [[Pixel(x: 16, y: 16), Pixel(x: 60, y: 16), Pixel(x: 60, y: 50)]]),
        MapPreview.Feature(lines: [[Pixel(x: 20, y: 80), Pixel(x: 30, y: 70), Pixel(x: 45, y: 70)]]),
        MapPreview.Feature(points: [Pixel(x: 100, y: 50)]),
        MapPreview.Feature(points: [Pixel(x: 120, y: 60), Pixel(x: 125, y: 55)]),
        MapPreview.Feature(points: [Pixel(x: 150, y: 20)], lines: [[Pixel(x: 150, y: 20), Pixel(x: 180, y: 30)]]),
    ], bounds: MapPreview.Bounds(west: 1, south: 47, east: 2, north: 48), featureCount: 5, positionCount: 11, drawnPositionCount: 11)

    @Test func eachFeatureIsOneElement() {
        let svg = MapDrawing.svg(map, id: "m1", title: "Carte", description: "5 objets")
        #expect(svg.ranges(of: "class=\"map-feature\"").count == 5)
        #expect(svg.contains("<path class=\"map-feature\" d=\"M16 16l44 0 0 34z\"/>"))
        #expect(svg.contains("<path class=\"map-feature\" d=\"M20 80l10-10 15 0\"/>"))
        #expect(svg.contains("<path class=\"map-feature\" d=\"M100 50h0\"/>"))
        #expect(svg.contains("<path class=\"map-feature\" d=\"M120 60h0m5-5h0\"/>"))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"m1-title\" aria-describedby=\"m1-desc\""))
        #expect(svg.contains("viewBox=\"0 0 200 100\""))
        #expect(!svg.contains("style"))
    }

    @Test func anOmittedMapHasNoDrawing() {
        #expect(MapDrawing.svg(.omitted(.geojson, .invalid), id: "m", title: "t", description: "d").isEmpty)
    }
}
