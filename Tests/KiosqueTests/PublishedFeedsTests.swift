import Foundation
import KiosqueDigest
import Testing

/// What a harvester or a search engine finds in a built portal besides the catalogue feeds: the links that
/// announce them, the schema.org descriptions, the checksums, the Data Packages, the sitemap.
@Suite struct PublishedFeedsTests {
    @Test func everyPageAnnouncesTheCatalogueFeeds() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        _ = await fixture.build()
        let pages = snapshot(of: fixture.output).filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 10)
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            for (type, file) in [("application/ld+json", "catalog.jsonld"), ("text/turtle", "catalog.ttl"),
                                 ("application/rdf+xml", "catalog.rdf"), ("application/json", "data.json")] {
                #expect(html.contains("<link rel=\"alternate\" type=\"\(type)\""), "\(path) does not announce \(file)")
                #expect(html.contains(file + "\">"), "\(path) does not link \(file)")
            }
        }
    }

    @Test func datasetPagesDescribeTheDatasetForSearchEngines() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        _ = await fixture.build()
        let page = text(fixture.output.appendingPathComponent("datasets/budget/index.html"))
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        #expect(json["@type"] as? String == "Dataset")
        #expect(json["name"] as? String == "Budget primitif 2024")
        #expect(json["temporalCoverage"] as? String == "2024-01-01/2024-12-31")
        let downloads = try #require(json["distribution"] as? [[String: Any]])
        #expect(downloads.first?["contentUrl"] as? String == "https://data.fixtureville.example/portail/datasets/budget/budget-2024.csv")
        let home = text(fixture.output.appendingPathComponent("index.html"))
        #expect(home.contains("\"@type\":\"DataCatalog\""))
    }

    @Test func checksumsMatchThePublishedFiles() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        _ = await fixture.build()
        let lines = text(fixture.output.appendingPathComponent("SHA256SUMS")).split(separator: "\n")
        #expect(lines.count >= 3)
        for line in lines {
            let digest = String(line.prefix(64)), path = String(line.dropFirst(66))
            let bytes = try Data(contentsOf: fixture.output.appendingPathComponent(path))
            #expect(SHA256.hexDigest(of: Array(bytes)) == digest, "\(path)")
            let folder = (path as NSString).deletingLastPathComponent
            // The dataset page shows the same digest.
            #expect(text(fixture.output.appendingPathComponent(folder + "/index.html")).contains(digest), "\(path) on its page")
        }
    }

    @Test func tabularDatasetsHaveADataPackage() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        _ = await fixture.build()
        let files = snapshot(of: fixture.output)
        #expect(files["datasets/budget/datapackage.json"] != nil)
        #expect(files["datasets/arbres/datapackage.json"] != nil)
        #expect(files["datasets/quartiers/datapackage.json"] == nil, "GeoJSON only: no tabular resource")
        let package = try #require(try JSONSerialization.jsonObject(with: files["datasets/budget/datapackage.json"] ?? Data()) as? [String: Any])
        let resource = try #require((package["resources"] as? [[String: Any]])?.first)
        #expect(resource["path"] as? String == "budget-2024.csv")
        #expect((resource["hash"] as? String)?.hasPrefix("sha256:") == true)
        #expect(resource["encoding"] as? String == "windows-1252" || resource["encoding"] as? String == "iso-8859-1")
    }

    @Test func theSitemapListsEveryPageAndRobotsNameIt() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        _ = await fixture.build()
        let files = snapshot(of: fixture.output)
        let sitemap = String(decoding: files["sitemap.xml"] ?? Data(), as: UTF8.self)
        for path in files.keys where path.hasSuffix("index.html") {
            let address = "https://data.fixtureville.example/portail/" + path.dropLast("index.html".count)
            #expect(sitemap.contains("<loc>\(address)</loc>"), "\(path) missing from the sitemap")
        }
        #expect(!sitemap.contains("404"))
        #expect(sitemap.contains("<loc>https://data.fixtureville.example/portail/datasets/budget/</loc><lastmod>2024-03-02</lastmod>"))
        #expect(String(decoding: files["robots.txt"] ?? Data(), as: UTF8.self)
            .contains("Sitemap: https://data.fixtureville.example/portail/sitemap.xml"))
    }

    @Test func withoutBaseURLTheFeedsAreLeftOutAndTheAuthorIsTold() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let portal = text(fixture.root.appendingPathComponent("site/portal.yaml"))
            .split(separator: "\n").filter { !$0.hasPrefix("base_url:") }.joined(separator: "\n")
        try fixture.write("site/portal.yaml", portal + "\n")
        let report = await fixture.build()
        #expect(!report.hasErrors)
        #expect(report.diagnostics.contains { $0.code == "portal.no-base-url" && $0.severity == .warning })
        let files = snapshot(of: fixture.output)
        for feed in ["catalog.jsonld", "catalog.ttl", "catalog.rdf", "data.json", "sitemap.xml"] { #expect(files[feed] == nil, "\(feed)") }
        let home = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        #expect(!home.contains("catalog.jsonld"))
        #expect(files["SHA256SUMS"] != nil)
    }
}
