import Foundation
import Testing

/// Without JavaScript: the list of datasets is paged, and each keyword, format and licence has its page, all linked
/// from `datasets/index.html`; reuses are grouped by type.
@Suite struct ListingPagesTests {
    @Test func datasetsArePagedAndEveryFacetValueHasAPage() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        for n in 1...42 {
            let id = String(format: "jeu-%02d", n)
            try fixture.write("data/\(id)/dataset.yaml", """
            title: Jeu numéro \(n)
            description: Un jeu de données généré pour les pages de la liste.
            organization: mairie
            license: cc0-1.0
            keywords: [\(n % 2 == 0 ? "pair" : "impair"), Généré]
            """)
            try fixture.write("data/\(id)/valeurs.csv", "a,b\n\(n),\(n * 2)\n")
        }
        let report = await fixture.build()
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let files = snapshot(of: fixture.output)
        // 45 datasets, 20 a page.
        #expect(files["datasets/page/2/index.html"] != nil && files["datasets/page/3/index.html"] != nil)
        #expect(files["datasets/page/4/index.html"] == nil)
        let first = text(fixture.output.appendingPathComponent("datasets/index.html"))
        #expect(first.contains("<a href=\"../datasets/page/2/\" rel=\"next\">Page suivante</a>"))
        #expect(first.contains("45 jeu(x) de données"))
        let third = text(fixture.output.appendingPathComponent("datasets/page/3/index.html"))
        #expect(third.contains("rel=\"prev\"") && !third.contains("rel=\"next\""))
        #expect(third.components(separatedBy: "<li class=\"card\">").count - 1 == 5)
        // One page per value, linked from the first page, with its count.
        for (path, count) in [("keywords/genere", "42"), ("keywords/pair", "21"), ("formats/csv", "44"), ("licenses/cc0-1-0", "42"),
                              ("licenses/etalab-2-0", "1"), ("keywords/budget", "1")] {
            #expect(files["datasets/\(path)/index.html"] != nil, "missing datasets/\(path)/")
            #expect(first.contains("<a href=\"../datasets/\(path)/\" data-key=\""), "datasets/index.html does not link \(path)")
            #expect(text(fixture.output.appendingPathComponent("datasets/\(path)/index.html")).contains("<p class=\"count\">\(count) jeu(x)"), "\(path)")
        }
        #expect(files["datasets/keywords/genere/page/3/index.html"] != nil)
        #expect(first.contains("<a href=\"../themes/econ/\" data-key=\"econ\">Économie et finances</a>"))
        #expect(first.contains("<a href=\"../organizations/mairie/\" data-key=\"mairie\">Mairie de Fixtureville</a>"))
        // The search script and its index are there, and the page works without them.
        #expect(first.contains("<script src=\"../theme/kiosque-search.js\" defer></script>"))
        #expect(files["search/meta.json"] != nil && files["theme/kiosque-search.js"] != nil)
        #expect(!first.contains("<script>"))
    }

    @Test func reusesAreGroupedByTypeAndCanBeProposed() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        try fixture.write("site/reuses/appli.yaml", "title: Une appli\nurl: https://appli.example/\ntype: application\ndatasets: [budget]\n")
        _ = await fixture.build()
        let page = text(fixture.output.appendingPathComponent("reuses/index.html"))
        #expect(page.contains("<a href=\"#type-application\">Applications <span class=\"count\">(1)</span></a>"))
        #expect(page.contains("<section class=\"reuse-type\" id=\"type-visualization\""))
        #expect(page.contains("href=\"https://forge.example/fixtureville/opendata/issues/new?title=Proposer%20une%20r%C3%A9utilisation\""))
        let dataset = text(fixture.output.appendingPathComponent("datasets/budget/index.html"))
        #expect(dataset.contains("Une appli"))
        #expect(dataset.contains("Vous avez réutilisé ces données ?"))
    }
}
