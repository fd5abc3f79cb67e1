import Testing
import KiosqueMarkdown

@Suite("Markdown concurrency")
struct MarkdownConcurrencyTests {
    /// Long enough that parses overlap on two cores.
    static let samples = [
        "~~barré~~ et www.example.org",
        "| a | b |\n|---|---|\n| 1 | ~~2~~ |",
        "contact@mairie.fr ~x~ https://example.org",
        "# Titre\n\n[lien](javascript:alert(1)) ~~non~~",
        "Texte *simple* sans extension",
    ].map { Array(repeating: $0, count: 40).joined(separator: "\n\n") }

    @Test("many tasks render at once and get exactly what a lone render gives")
    func concurrentRendering() async {
        let expected = Self.samples.map { Markdown.html($0, headingOffset: 1) }
        let expectedText = Self.samples.map { Markdown.plainText($0) }
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for round in 0..<400 {
                let index = round % Self.samples.count
                group.addTask {
                    let html = Markdown.html(Self.samples[index], headingOffset: 1)
                    let text = Markdown.plainText(Self.samples[index])
                    return html == expected[index] && text == expectedText[index] ? 0 : 1
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}
