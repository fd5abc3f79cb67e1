import Foundation
import KiosqueModel
import Testing

/// The `basic` fixture portal built end to end: what a visitor and a reuser find in `public/`.
@Suite struct FixturePortalTests {
    @Test func buildsEveryPageOfTheSpec() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let report = await fixture.build()
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let files = snapshot(of: fixture.output)
        for path in ["index.html", "datasets/index.html", "datasets/budget/index.html", "datasets/arbres/index.html",
                     "organizations/mairie/index.html", "organizations/index.html", "themes/econ/index.html", "themes/cantine/index.html",
                     "reuses/index.html", "reuses/carte-arbres/index.html", "news/index.html", "news/2024-05-02-ouverture/index.html",
                     "mentions-legales/index.html", "404.html", "catalog.jsonld", "theme/kiosque.css", "assets/logo.svg"] {
            #expect(files[path] != nil, "missing \(path)")
        }
    }

    @Test func dataFilesArePublishedByteForByte() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        _ = await fixture.build()
        for (dataset, file) in [("budget", "budget-2024.csv"), ("arbres", "arbres.csv"), ("quartiers", "quartiers.geojson")] {
            let original = try Data(contentsOf: fixture.root.appendingPathComponent("data/\(dataset)/\(file)"))
            let published = try Data(contentsOf: fixture.output.appendingPathComponent("datasets/\(dataset)/\(file)"))
            #expect(original == published)
        }
    }

    @Test func datasetPageShowsMetadataAndAReadablePreview() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        _ = await fixture.build()
        let page = text(fixture.output.appendingPathComponent("datasets/budget/index.html"))
        #expect(page.contains("<html lang=\"fr\">"))
        #expect(page.contains("<h1>Budget primitif 2024</h1>"))
        // The Windows-1252/Latin-1 file is decoded for the preview.
        #expect(page.contains("<th scope=\"col\">Libellé</th>"))
        #expect(page.contains("<td>Charges à caractère général</td>"))
        #expect(page.contains("<a href=\"https://www.etalab.gouv.fr/licence-ouverte-open-licence\">Licence Ouverte / Open Licence version 2.0</a>"))
        #expect(page.contains("<time datetime=\"2024-03-02\">2 mars 2024</time>"))
        #expect(page.contains("1er janvier 2024 – 31 décembre 2024"))
        #expect(page.contains("href=\"budget-2024.csv\" download"))
        // The Markdown table of the description renders as a table (cmark-gfm extensions registered).
        #expect(page.contains("<th>Section</th>"))
        #expect(page.contains("href=\"../../organizations/mairie/\""))
        #expect(page.contains("https://forge.example/fixtureville/opendata/edit/main/data/budget/dataset.yaml"))
        // No script is needed to read the page, and none is inline: schema.org data, and the table viewer's file,
        // which only adds paging, sorting and filtering to the preview.
        let scripts = page.components(separatedBy: "<script").dropFirst()
        #expect(scripts.allSatisfy {
            $0.hasPrefix(" type=\"application/ld+json\">") || $0.hasPrefix(" src=\"../../theme/kiosque-table.js\" defer></script>")
        })
    }

    @Test func remoteResourcesAndReusesAppearOnTheDatasetPage() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        _ = await fixture.build()
        let page = text(fixture.output.appendingPathComponent("datasets/arbres/index.html"))
        #expect(page.contains("href=\"https://api.fixtureville.example/arbres\""))
        #expect(page.contains("<h3>Inventaire des arbres</h3>"))
        #expect(page.contains("La carte des arbres"))
        #expect(page.contains("Open Data Commons Open Database License (ODbL)"))
    }

    @Test func linksWorkFromASubPath() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        _ = await fixture.build()
        let files = snapshot(of: fixture.output)
        // Every page links with relative URLs, so the site works under https://host/portail/ and from the disk.
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("href=\"/"), "\(path) has a root-absolute link")
            #expect(!html.contains("src=\"/"), "\(path) has a root-absolute source")
        }
        let notFound = String(decoding: files["404.html"] ?? Data(), as: UTF8.self)
        #expect(notFound.contains("href=\"/portail/theme/kiosque.css\""))
        let home = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        #expect(home.contains("<link rel=\"canonical\" href=\"https://data.fixtureville.example/portail/\">"))
    }

    @Test func sameRepositoryAndDateGiveAByteIdenticalSite() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let other = fixture.root.appendingPathComponent("public-2")
        _ = await fixture.build()
        _ = await fixture.build(output: other)
        let first = snapshot(of: fixture.output), second = snapshot(of: other)
        #expect(first.count > 20)
        #expect(first == second)
        _ = await fixture.build(now: "2026-12-25", output: other)
        #expect(snapshot(of: other) != first)
    }

    @Test func anEnglishPortalSpeaksEnglish() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let portal = text(fixture.root.appendingPathComponent("site/portal.yaml")).replacingOccurrences(of: "language: fr", with: "language: en")
        try fixture.write("site/portal.yaml", portal)
        let report = await fixture.build()
        #expect(!report.hasErrors)
        let page = text(fixture.output.appendingPathComponent("datasets/budget/index.html"))
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("March 2, 2024"))
        #expect(page.contains(">Download<"))
        #expect(!page.contains("Télécharger"))
    }

    @Test func aPortalWithoutThemesFolderUsesTheEmbeddedTheme() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("themes").path))
        try fixture.write("themes/default/templates/404.mustache", "{{<layout}}{{$content}}<h1>Perdu !</h1>{{/content}}{{/layout}}")
        _ = await fixture.build()
        #expect(text(fixture.output.appendingPathComponent("404.html")).contains("<h1>Perdu !</h1>"))
        #expect(text(fixture.output.appendingPathComponent("index.html")).contains("Mis à jour récemment"))
    }
}
