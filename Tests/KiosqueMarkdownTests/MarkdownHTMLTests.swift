import Testing
import KiosqueMarkdown

@Suite("Markdown to HTML")
struct MarkdownHTMLTests {
    @Test("a GFM table renders as <table>, which needs the extensions registered")
    func table() {
        let html = Markdown.html("""
            | Commune | Population |
            |---------|-----------:|
            | Lyon    | 522 250    |
            """)
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>Commune</th>"))
        #expect(html.contains("<td class=\"align-right\">522 250</td>"))
    }

    @Test("aligned columns get a class, never the obsolete align attribute nor an inline style")
    func alignedColumns() {
        let html = Markdown.html("""
            | Gauche | Centre | Droite | Sans |
            |:-------|:------:|-------:|------|
            | a      | b      | 1      | `" align="right">` |
            """)
        #expect(html.contains("<th class=\"align-left\">Gauche</th><th class=\"align-center\">Centre</th><th class=\"align-right\">Droite</th><th>Sans</th>")
                || html.contains("<th class=\"align-left\">Gauche</th>\n<th class=\"align-center\">Centre</th>\n<th class=\"align-right\">Droite</th>\n<th>Sans</th>"))
        #expect(html.contains("<td class=\"align-left\">a</td>"))
        #expect(!html.contains(" align=\""))
        #expect(!html.contains("style="))
        #expect(html.contains("<code>&quot; align=&quot;right&quot;&gt;</code>"))
    }

    @Test("strikethrough and autolinks render")
    func strikethroughAndAutolinks() {
        let html = Markdown.html("~~ancien~~ voir www.data.gouv.fr ou https://example.org/a?b=1 et contact@mairie.fr")
        #expect(html.contains("<del>ancien</del>"))
        #expect(html.contains("<a href=\"http://www.data.gouv.fr\">www.data.gouv.fr</a>"))
        #expect(html.contains("<a href=\"https://example.org/a?b=1\">https://example.org/a?b=1</a>"))
        #expect(html.contains("<a href=\"mailto:contact@mairie.fr\">contact@mairie.fr</a>"))
    }

    @Test("plain CommonMark renders as expected")
    func commonMark() {
        #expect(Markdown.html("Un **budget** *primitif*.") == "<p>Un <strong>budget</strong> <em>primitif</em>.</p>\n")
        #expect(Markdown.html("") == "")
    }

    @Test("headings shift by the offset and stay within h1…h6",
          arguments: [(0, "<h1>Titre</h1>"), (1, "<h2>Titre</h2>"), (2, "<h3>Titre</h3>"), (9, "<h6>Titre</h6>"), (-3, "<h1>Titre</h1>")])
    func headingOffset(offset: Int, expected: String) {
        #expect(Markdown.html("# Titre", headingOffset: offset) == expected + "\n")
    }

    @Test("every heading level shifts, setext ones too")
    func allHeadingsShift() {
        let html = Markdown.html("Titre\n=====\n\n## Partie\n\n###### Fin", headingOffset: 1)
        #expect(html == "<h2>Titre</h2>\n<h3>Partie</h3>\n<h6>Fin</h6>\n")
    }

    @Test("allowed links keep their destination", arguments: [
        "https://example.org/x", "http://example.org", "mailto:a@b.fr", "data/budget.csv", "/about/",
        "../datasets/", "#colonnes", "?page=2", "//cdn.example.org/logo.png", "HTTPS://EXAMPLE.ORG",
    ])
    func allowedLinks(url: String) {
        let html = Markdown.html("[lien](<\(url)>)")
        #expect(html.contains("<a href=\""), "\(html)")
        #expect(html.contains(">lien</a>"))
    }
}
