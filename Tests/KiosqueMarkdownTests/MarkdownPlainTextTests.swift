import Testing
import KiosqueMarkdown

@Suite("Markdown to plain text")
struct MarkdownPlainTextTests {
    @Test("markup, raw HTML and extra whitespace go; text, code and image descriptions stay")
    func plainText() {
        let markdown = """
            # Budget primitif

            Le **budget**   de la [commune](https://example.org),
            voté le 12 avril.  <span>caché</span>

            - ligne `comptable`
            - ![carte des quartiers](carte.png)

            | a | b |
            |---|---|
            | 1 | 2 |
            """
        #expect(Markdown.plainText(markdown)
                == "Budget primitif Le budget de la commune, voté le 12 avril. caché ligne comptable carte des quartiers a b 1 2")
    }

    @Test("entities are decoded and nothing is escaped")
    func entities() {
        #expect(Markdown.plainText("Données &amp; statistiques &lt;2024&gt;") == "Données & statistiques <2024>")
    }

    @Test("French no-break spaces survive")
    func noBreakSpaces() {
        #expect(Markdown.plainText("Attention\u{202F}: chiffres\u{A0}!") == "Attention\u{202F}: chiffres\u{A0}!")
    }

    @Test("truncation cuts on a word boundary and ends with an ellipsis within the limit",
          arguments: [
              (30, "Le budget primitif de la…"),
              (26, "Le budget primitif de la…"),
              (25, "Le budget primitif de la…"),
              (24, "Le budget primitif de…"),
              (12, "Le budget…"),
              (3, "Le…"),
              (2, "L…"),
              (1, "…"),
              (0, ""),
              (1000, "Le budget primitif de la commune, voté en avril."),
              (48, "Le budget primitif de la commune, voté en avril."),
              (47, "Le budget primitif de la commune, voté en…"),
          ])
    func truncation(limit: Int, expected: String) {
        let text = Markdown.plainText("Le **budget** primitif de la commune, voté en avril.", limit: limit)
        #expect(text == expected)
        #expect(text.count <= max(limit, 0))
    }

    @Test("truncation drops a trailing comma before the ellipsis")
    func truncationPunctuation() {
        #expect(Markdown.plainText("Le budget primitif de la commune, voté en avril.", limit: 34) == "Le budget primitif de la commune…")
    }

    @Test("a single long word is cut inside")
    func longWord() {
        #expect(Markdown.plainText("anticonstitutionnellement", limit: 10) == "anticonst…")
    }
}
