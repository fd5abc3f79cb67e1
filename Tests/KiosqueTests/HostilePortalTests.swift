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
}
