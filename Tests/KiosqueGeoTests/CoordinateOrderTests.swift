import KiosqueGeo
import KiosqueModel
import Testing

/// Telling latitude, longitude from longitude, latitude by the values.
@Suite struct CoordinateOrderTests {
    func verdict(_ positions: [(Double, Double)], declared: [Double]? = nil) -> CoordinateOrder.Verdict {
        var order = CoordinateOrder(declared: declared)
        for (x, y) in positions { order.add(x: x, y: y) }
        return order.verdict
    }

    @Test func frenchPlacesInEitherOrder() {
        let nantes = (-1.5536, 47.2184), reunion = (55.45, -20.88), cayenne = (-52.33, 4.93), ajaccio = (8.74, 41.92)
        #expect(verdict([nantes, reunion, cayenne, ajaccio]) == .expected)
        #expect(verdict([nantes, reunion, cayenne, ajaccio].map { ($0.1, $0.0) }) == .swapped)
    }

    @Test func theCorpusTreesWithSwappedColumns() {
        // table-schemas/arbres-urbains/exemple-valide.csv: "longitude" 49.802, 43.29…, "latitude" 0.3768, 5.37…
        let written = [(49.802, 0.3768), (43.2959, 5.3761), (43.2915, 5.4805), (44.2920, 5.3705)]
        #expect(verdict(written) == .swapped)
    }

    @Test func valuesBeyondNinetyCannotBeLatitudes() {
        // Tahiti: longitude -149.5 written as the latitude.
        var order = CoordinateOrder(declared: nil)
        order.add(x: -17.53, y: -149.56)
        #expect(order.verdict == .swapped)
        #expect(order.evidence?.reason == .outOfRange)
    }

    @Test func placesAbroadAreLeftAlone() {
        // Brussels and Montreal in the right order, and a place whose swapped order would not be French either.
        #expect(verdict([(4.35, 50.85), (-73.57, 45.50)]) == .expected)
        #expect(verdict([(30.0, 10.0)]) == .expected)
    }

    @Test func theDeclaredBoxWins() {
        // Val-de-Lys (bbox 1.85…2.10, 47.80…47.95): inside France both ways? No: swapped it would be off Somalia.
        let box = [1.85, 47.80, 2.10, 47.95]
        #expect(verdict([(47.86, 2.03)], declared: box) == .swapped)
        #expect(verdict([(2.03, 47.86)], declared: box) == .expected)
        var order = CoordinateOrder(declared: box)
        order.add(x: 47.86, y: 2.03)
        #expect(order.evidence?.reason == .region(declared: true))
    }

    @Test func projectedCoordinatesAreNotDegrees() {
        #expect(verdict([(652_469, 6_862_035)]) == .notDegrees)
        #expect(verdict([]) == .expected)
    }

    @Test func aTableSampleIsDrawnTheRightWayRound() throws {
        let points = [TablePreview.Point(latitude: 2.03, longitude: 47.86), TablePreview.Point(latitude: 2.06, longitude: 47.89)]
        let result = try #require(TableMap.map(points: points, rowCount: 10))
        #expect(result.swapped != nil)
        #expect(result.map.isSwapped)
        #expect(result.map.bounds == MapPreview.Bounds(west: 2.03, south: 47.86, east: 2.06, north: 47.89))
        // West-south point at the bottom left, east-north point at the top right.
        let drawn = result.map.features[0].points
        #expect(drawn.count == 2)
        #expect(drawn[0].x < drawn[1].x && drawn[0].y > drawn[1].y)
        #expect(result.map.featureCount == 10 && result.map.positionCount == 2)
    }
}
