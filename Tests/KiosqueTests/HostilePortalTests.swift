import Foundation
import Testing

/// The hostile fixture puts script and event-handler payloads in every text field: the site builds, and no
/// payload reaches the pages as markup or as a link that runs.
@Suite struct HostilePortalTests {
    @Test func noPayloadReachesThePagesAsMarkup() async throws {
        let fixture = try PortalFixture("hostile")
        defer { fixture.remove() }
        let report = await fixture.build()
        #expect(!report.hasErrors, "\(report.diagnostics.map { $0.formatted(in: .fr) })")
        let pages = snapshot(of: fixture.output).filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 10)
        let scriptTag = try Regex(#"<script(?![^>]*(type="application/ld\+json"|src="[^"]*theme/[a-z-]+\.js"))"#)
        let tag = try Regex(#"<[a-zA-Z][^>]*>"#)
        let quoted = try Regex(#""[^"]*"|'[^']*'"#)
        let handler = try Regex(#"\son[a-z]+\s*="#).ignoresCase()
        let badLink = try Regex(#"(href|src)\s*=\s*"\s*(javascript|data|vbscript):"#).ignoresCase()
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.firstMatch(of: scriptTag) == nil, "\(path): a script element from the input")
            // Attribute names outside quoted values: an event handler would be a real one.
            for match in html.matches(of: tag) {
                let names = String(html[match.range]).replacing(quoted, with: "\"\"")
                #expect(names.firstMatch(of: handler) == nil, "\(path): an event handler attribute in \(html[match.range])")
            }
            #expect(html.firstMatch(of: badLink) == nil, "\(path): a link that runs code")
            #expect(!html.contains("<iframe") && !html.contains("<style>"), "\(path): raw HTML passed through")
        }
        // Files with quotes and angle brackets in their names are published under their own name.
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("datasets/fichiers/rapport \"final\" <v2>.csv").path))
    }

    /// The schema.org JSON-LD is embedded in a `<script>` data block: a title holding `</script>` must not close it.
    /// Every block on every page ends where the renderer ended it and parses as JSON, with the title intact.
    @Test func aClosingScriptTagInATitleStaysInsideTheJSONLD() async throws {
        let fixture = try PortalFixture("hostile")
        defer { fixture.remove() }
        _ = await fixture.build()
        let title = "Budget </title></script><script>window.__pwned=1</script>"
        let opening = "<script type=\"application/ld+json\">"
        var blocks = 0
        for (path, data) in snapshot(of: fixture.output) where path.hasSuffix(".html") {
            let page = String(decoding: data, as: UTF8.self)
            var rest = page[...]
            while let start = rest.range(of: opening) {
                let end = try #require(rest.range(of: "</script>", range: start.upperBound..<rest.endIndex), "\(path)")
                let block = rest[start.upperBound..<end.lowerBound]
                #expect(!block.contains("<"), "\(path): a raw < inside the JSON-LD")
                #expect((try? JSONSerialization.jsonObject(with: Data(block.utf8))) != nil, "\(path): JSON-LD cut short")
                blocks += 1
                rest = rest[end.upperBound...]
            }
        }
        #expect(blocks > 1)
        let page = text(fixture.output.appendingPathComponent("datasets/xss/index.html"))
        let start = try #require(page.range(of: opening))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        #expect(json["name"] as? String == title)
        #expect(page[start.upperBound..<end.lowerBound].contains("\\u003c/script\\u003e"))
    }
}
