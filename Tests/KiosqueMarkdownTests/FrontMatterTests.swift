import Testing
import KiosqueMarkdown

@Suite("Front matter")
struct FrontMatterTests {
    @Test("YAML between --- lines, and the body after them, with their first lines")
    func split() {
        let page = FrontMatter.split("---\ntitle: À propos\ndescription: x\n---\n# Bonjour\n\nTexte\n")
        #expect(page == FrontMatter(yaml: "title: À propos\ndescription: x\n", yamlFirstLine: 2,
                                    body: "# Bonjour\n\nTexte\n", bodyFirstLine: 5))
    }

    @Test("CR LF line endings are kept in the YAML and the body")
    func crlf() {
        let page = FrontMatter.split("---\r\ntitle: A\r\n---\r\nCorps\r\n")
        #expect(page.yaml == "title: A\r\n")
        #expect(page.body == "Corps\r\n")
        #expect(page.bodyFirstLine == 4)
    }

    @Test("a byte-order mark is ignored")
    func byteOrderMark() {
        let page = FrontMatter.split("\u{FEFF}---\ntitle: A\n---\nCorps")
        #expect(page.yaml == "title: A\n")
        #expect(page.body == "Corps")
        let plain = FrontMatter.split("\u{FEFF}# Titre\n")
        #expect(plain.yaml == nil)
        #expect(plain.body == "# Titre\n")
    }

    @Test("... closes the front matter too, and delimiters may have trailing spaces")
    func dotsAndSpaces() {
        let page = FrontMatter.split("--- \ntitle: A\n...\t\nCorps\n")
        #expect(page.yaml == "title: A\n")
        #expect(page.body == "Corps\n")
    }

    @Test("no front matter: the whole text is the body")
    func none() {
        let page = FrontMatter.split("# Titre\n\n---\n\nTexte\n")
        #expect(page == FrontMatter(yaml: nil, yamlFirstLine: 1, body: "# Titre\n\n---\n\nTexte\n", bodyFirstLine: 1))
        #expect(FrontMatter.split("").yaml == nil)
        #expect(FrontMatter.split("----\ntitle: A\n---\n").yaml == nil)
    }

    @Test("an empty front matter gives empty YAML; one at the very end gives an empty body")
    func emptyParts() {
        #expect(FrontMatter.split("---\n---\nCorps") == FrontMatter(yaml: "", yamlFirstLine: 2, body: "Corps", bodyFirstLine: 3))
        #expect(FrontMatter.split("---\ntitle: A\n---") == FrontMatter(yaml: "title: A\n", yamlFirstLine: 2, body: "", bodyFirstLine: 4))
    }

    @Test("a front matter that is never closed is flagged, and the text stays whole")
    func unclosed() {
        let page = FrontMatter.split("---\ntitle: A\n\n# Titre\n")
        #expect(page.yaml == nil)
        #expect(page.isUnclosed)
        #expect(page.body == "---\ntitle: A\n\n# Titre\n")
        #expect(!FrontMatter.split("# Titre").isUnclosed)
    }

    @Test("a --- inside the YAML's block scalar still closes it, as in Jekyll")
    func firstDelimiterWins() {
        #expect(FrontMatter.split("---\na: |\n  x\n---\n---\n").body == "---\n")
    }
}
