import Foundation
import KiosqueBuild
import KiosqueChart
import KiosqueLoad
import KiosqueModel
import KiosqueTestSupport
import Testing

/// What readers see of the data on a dataset page: a chart per column that suits one, maps of GeoJSON files and of
/// tables with coordinates, warnings where the coordinates are wrong.
@Suite struct ChartsAndMapsTests {
    /// Every column that suits a chart has one in the data dictionary, with its text alternative and its numbers.
    @Test func exampleDatasetPagesChartEverySuitableColumn() async throws {
        let catalog = try #require(await RepositoryLoader(root: SharedFolder.packageRoot.path, options: .init(useGit: false, keepVersions: false))
            .load().catalog)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-charts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = await Site.build(BuildOptions(root: SharedFolder.packageRoot.path, output: output.path, now: DateStamp.parse("2026-11-22")))
        #expect(!report.hasErrors)
        var charts = 0
        for dataset in catalog.datasets {
            let page = try String(contentsOf: output.appendingPathComponent("datasets/\(dataset.id)/index.html"), encoding: .utf8)
            let expected = dataset.distributions.compactMap(\.table).flatMap(\.fields)
                .filter { ColumnChart.make(for: $0, language: .fr) != nil }.count
            let svgs = page.ranges(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-").count
            #expect(svgs == expected, "\(dataset.id): \(svgs) charts for \(expected) suitable columns")
            #expect(page.ranges(of: "<details class=\"chart-values\">").count == expected, "\(dataset.id)")
            for svg in Self.elements("svg", in: page) {
                #expect(svg.contains("role=\"img\""), "\(dataset.id)")
                #expect(svg.contains("<title id=\"") && svg.contains("<desc id=\""), "\(dataset.id)")
            }
            // No inline style anywhere (a Content-Security-Policy without unsafe-inline).
            #expect(!page.contains("style=\"") && !page.contains("<style"), "\(dataset.id)")
            let ids = page.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) }
            #expect(Set(ids).count == ids.count, "\(dataset.id): duplicate ids")
            charts += svgs
        }
        #expect(charts >= 40)
        // A few that a reader would look for.
        let subsidies = try String(contentsOf: output.appendingPathComponent("datasets/subventions-associations/index.html"), encoding: .utf8)
        #expect(subsidies.contains("<title id=\"ressource-1-colonne-9-title\">Histogramme de « montant »</title>"))
        let deliberations = try String(contentsOf: output.appendingPathComponent("datasets/deliberations-conseil-municipal/index.html"),
                                       encoding: .utf8)
        #expect(deliberations.contains("class=\"chart chart-timeline\""))
        #expect(deliberations.contains("class=\"chart chart-top-values\""))
        // The points of the example portal's GeoJSON files and coordinates columns are mapped.
        for id in ["points-apport-volontaire", "quartiers", "arbres-alignement", "equipements-publics"] {
            let page = try String(contentsOf: output.appendingPathComponent("datasets/\(id)/index.html"), encoding: .utf8)
            #expect(page.contains("<figure class=\"map\">"), "\(id) has no map")
            #expect(page.contains("class=\"map-drawing\""), "\(id)")
        }
    }

    /// The viewer reads the published page index and pages; the page carries what it needs and loads its script.
    @Test func theTableViewerFindsThePagesOfTheWholeFile() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        // 25 rows, more than the dataset page shows (20): the whole file is published as JSON pages.
        let csv = fixture.root.appendingPathComponent("data/budget/budget-2024.csv")
        var bytes = try Data(contentsOf: csv)
        for row in 1...22 { bytes += Data("9\(row);Ligne \(row);\(row) 000,00\r\n".utf8) }
        try bytes.write(to: csv)
        let report = await fixture.build()
        #expect(!report.hasErrors)
        let page = try String(contentsOf: fixture.output.appendingPathComponent("datasets/budget/index.html"), encoding: .utf8)
        #expect(page.contains("<script src=\"../../theme/kiosque-table.js\" defer></script>"))
        #expect(page.contains("<div class=\"table-viewer\" hidden data-index=\"budget-2024.pages/index.json\" data-max-pages=\"20\""))
        #expect(page.contains("data-t-page=\"Page {page} sur {pages}\""))
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("theme/kiosque-table.js").path))
        let folder = fixture.output.appendingPathComponent("datasets/budget/budget-2024.pages")
        let index = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("index.json"))) as? [String: Any])
        #expect(index["header"] as? [String] == ["Chapitre", "Libellé", "Montant"])
        #expect(index["types"] as? [String] == ["string", "string", "number"])
        let pages = try #require(index["pages"] as? [String])
        var rows: [[String]] = []
        for name in pages {
            let chunk = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name))) as? [String: Any])
            #expect(chunk["first"] as? Int == rows.count + 1)
            rows += try #require(chunk["rows"] as? [[String]])
        }
        #expect(rows.count == index["rows"] as? Int)
        #expect(rows.first == ["011", "Charges à caractère général", "125 000,50"])
        // A page without tables does not load the script.
        let zones = try String(contentsOf: fixture.output.appendingPathComponent("datasets/quartiers/index.html"), encoding: .utf8)
        #expect(!zones.contains("kiosque-table.js"))
    }

    /// A table the dataset page shows whole gets no JSON pages (nor their folder): the viewer sorts and filters the rows
    /// of the page, told the columns' types.
    @Test func aTableShownWholeIsSortedInThePageWithoutJSONPages() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let report = await fixture.build()
        #expect(!report.hasErrors)
        let page = try String(contentsOf: fixture.output.appendingPathComponent("datasets/budget/index.html"), encoding: .utf8)
        #expect(page.contains("<script src=\"../../theme/kiosque-table.js\" defer></script>"))
        #expect(page.contains("<div class=\"table-viewer\" hidden data-types=\"string string number\" data-view-size=\"3\""))
        #expect(!page.contains("data-index="))
        let folder = fixture.output.appendingPathComponent("datasets/budget")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("budget-2024.pages").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("budget-2024.json").path))
        let profiles = try String(contentsOf: folder.appendingPathComponent("profiles.json"), encoding: .utf8)
        #expect(!profiles.contains(".pages"))
        // Nor in the build cache.
        let cached = fixture.root.appendingPathComponent(".kiosque/derived/budget")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cached.path).sorted() == ["budget-2024.csv.json", "budget-2024.csv.utf8.csv"])
    }

    /// The swapped columns are reported at the header, and the trees are drawn where they stand.
    @Test func swappedColumnsAreReportedAndDrawnTheRightWayRound() async throws {
        let fixture = try PortalFixture("maps")
        defer { fixture.remove() }
        let report = await fixture.build()
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let warning = try #require(report.diagnostics.first { $0.code == "map.swapped-columns" })
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: "data/arbres-inverses/arbres.csv", line: 1, column: 12))
        #expect(warning.formatted(in: .fr).hasPrefix("data/arbres-inverses/arbres.csv:1:12: avertissement: les colonnes « latitude » et "
            + "« longitude » semblent inversées (« latitude » va de 1,8805 à 2,0902 : dans cet ordre, 5 point(s) sur 5 tombent hors de "
            + "l'emprise déclarée (spatial.bbox), 5 dedans une fois inversés) ; la carte les dessine dans l'autre sens"))
        let page = try String(contentsOf: fixture.output.appendingPathComponent("datasets/arbres-inverses/index.html"), encoding: .utf8)
        #expect(page.contains("Latitude et longitude semblent inversées dans le fichier : la carte les dessine dans le bon sens."))
        #expect(page.contains("Emprise : ouest 1,8805, sud 47,8105, est 2,0902, nord 47,9402 (degrés WGS 84)."))
        let svg = try #require(Self.elements("svg", in: page).first { $0.contains("map-drawing") })
        let points = Self.points(in: svg)
        #expect(points.count == 5)
        // Tree 5 (1.8805 E, 47.9402 N) is the north-west corner; tree 4 (2.0902 E, 47.8105 N) the south-east one.
        let west = try #require(points.min { $0.x < $1.x }), east = try #require(points.max { $0.x < $1.x })
        #expect(west == points[4] && east == points[3])
        #expect(west.x == 16 && west.y == 16)
        #expect(points.allSatisfy { $0.y >= west.y && $0.y <= east.y })
    }

    @Test func geoJSONFilesGetAMapOrASayWhyNot() async throws {
        let fixture = try PortalFixture("maps")
        defer { fixture.remove() }
        let report = await fixture.build()
        let page = try String(contentsOf: fixture.output.appendingPathComponent("datasets/zones/index.html"), encoding: .utf8)
        let svg = try #require(Self.elements("svg", in: page).first { $0.contains("map-drawing") })
        #expect(svg.ranges(of: "class=\"map-feature\"").count == 7)
        #expect(svg.contains("role=\"img\""))
        #expect(page.contains("7 objet(s) géographique(s) (GeometryCollection : 1, LineString : 2, MultiLineString : 1, MultiPoint : 1, "
            + "MultiPolygon : 1, Point : 2, Polygon : 1)."))
        #expect(!report.diagnostics.contains { $0.location.file.hasPrefix("data/zones/") })

        let broken = try #require(report.diagnostics.first { $0.location.file == "data/carte-cassee/cassee.geojson" })
        #expect(broken.code == "map.invalid-json")
        #expect(broken.severity == .warning)
        #expect((broken.location.line, broken.location.column) == (3, 50))
        #expect(broken.message == "GeoJSON illisible, pas de carte : « , » ou « } » attendu ici")
        let brokenPage = try String(contentsOf: fixture.output.appendingPathComponent("datasets/carte-cassee/index.html"), encoding: .utf8)
        #expect(brokenPage.contains("<p class=\"map-note\">Pas de carte : ce fichier n&#39;a pas pu être lu comme du GeoJSON.</p>")
            || brokenPage.contains("<p class=\"map-note\">Pas de carte : ce fichier n'a pas pu être lu comme du GeoJSON.</p>"))
        #expect(!brokenPage.contains("map-drawing"))

        let projected = try #require(report.diagnostics.first { $0.location.file == "data/points-lambert/points.geojson" })
        #expect(projected.code == "map.not-degrees")
        #expect(projected.hint?.contains("EPSG:4326") == true)
    }

    /// Every GeoJSON file of the corpus, published in one dataset, is mapped without a warning.
    @Test(.enabled(if: SharedFolder.isAvailable)) func everyCorpusGeoJSONFileIsMapped() async throws {
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        let corpus = SharedFolder.path("corpus")
        let files = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "geojson" }.sorted { $0.path < $1.path } ?? []
        #expect(files.count >= 14)
        try fixture.write("data/corpus/dataset.yaml", "title: Corpus\ndescription: Les GeoJSON du corpus.\nlicense: etalab-2.0\n")
        for (number, file) in files.enumerated() {
            let name = String(format: "%02d-", number) + file.lastPathComponent
            try FileManager.default.copyItem(at: file, to: fixture.root.appendingPathComponent("data/corpus/" + name))
        }
        let report = await fixture.build()
        #expect(!report.hasErrors)
        #expect(report.diagnostics.filter { $0.location.file.hasPrefix("data/corpus/") }.isEmpty, "\(report.diagnostics)")
        let page = try String(contentsOf: fixture.output.appendingPathComponent("datasets/corpus/index.html"), encoding: .utf8)
        #expect(page.ranges(of: "<figure class=\"map\">").count == files.count)
        #expect(page.utf8.count < 1_500_000, "the corpus page weighs \(page.utf8.count) bytes")
    }

    // MARK: Reading the HTML

    /// The `<name …>…</name>` elements of a page (not nested in one another).
    static func elements(_ name: String, in page: String) -> [String] {
        var found: [String] = []
        var rest = page[...]
        while let start = rest.range(of: "<\(name)"), let end = rest[start.upperBound...].range(of: "</\(name)>") {
            found.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    /// The dots of a map's point path (`M12 34h0m5 6h0`), in canvas units.
    static func points(in svg: String) -> [MapPreview.Pixel] {
        guard let match = svg.firstMatch(of: /<g class="map-points"[^>]*><path class="map-feature" d="([^"]+)"/) else { return [] }
        var result: [MapPreview.Pixel] = []
        for step in String(match.output.1).matches(of: /([Mm])(-?\d+) ?(-?\d+)h0/) {
            let x = Int(step.output.2) ?? 0, y = Int(step.output.3) ?? 0
            if step.output.1 == "M" || result.isEmpty {
                result.append(MapPreview.Pixel(x: x, y: y))
            } else {
                let last = result[result.count - 1]
                result.append(MapPreview.Pixel(x: last.x + x, y: last.y + y))
            }
        }
        return result
    }
}
