import Testing
@testable import KiosqueMarkdown

@Suite("Whitespace collapsing and excerpts")
struct WhitespaceCollapsingTests {
    /// What `collapsingWhitespace` must give: the text cut into characters at white space.
    private func byCharacters(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace && $0 != "\u{A0}" && $0 != "\u{202F}" }).joined(separator: " ")
    }

    @Test("the same words as cutting into characters, accents, no-break spaces and marks around spaces included")
    func sameWords() {
        let texts = [
            "", " ", "\r\n\t", "  Budget   primitif \n 2024 ", "été\u{2003}à\u{3000}Paris", "prix\u{A0}: 12\u{202F}€ ; « ok »",
            "a \u{301}b", "a\u{301} b", "x \u{200D}y", "\u{600} 12", "emoji 👍🏽 ok", "ligne\u{2028}suivante\u{85}fin",
            "tab\u{0B}\u{0C}end", "é\u{300} \u{1F1EB}\u{1F1F7} fin", "œuvre — “citation” … €",
        ]
        for text in texts {
            #expect(text.collapsingWhitespace() == byCharacters(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        // A combining mark after a space joins it: the scalar path gives way to the characters.
        #expect("a \u{301}b".collapsingWhitespaceByScalars() == nil)
        #expect("Le budget de l’année".collapsingWhitespaceByScalars() == "Le budget de l’année")
    }

    @Test("excerpts cut at the limit in characters, short texts kept whole")
    func excerpts() {
        #expect("court".truncated(toCharacters: 10) == "court")
        #expect("éééé".truncated(toCharacters: 4) == "éééé")
        #expect("Le budget primitif de la commune".truncated(toCharacters: 12) == "Le budget…")
        #expect("abc".truncated(toCharacters: 0) == "")
        #expect("abc".truncated(toCharacters: -1) == "")
        #expect("".truncated(toCharacters: 0) == "")
    }

    /// The excerpt cut character by character, as it was before the scalar walk: the reference.
    private func byCharacters(_ text: String, _ limit: Int) -> String {
        guard limit >= 0 else { return "" }
        guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end != text.endIndex else { return text }
        guard limit > 1 else { return limit == 1 ? "…" : "" }
        let room = text.index(text.startIndex, offsetBy: limit - 1)
        var kept = text[..<room]
        if !text[room].isWhitespace, let space = kept.lastIndex(where: \.isWhitespace) { kept = kept[..<space] }
        let trailing: Set<Character> = [" ", "\u{A0}", "\u{202F}", ",", ";", ":", ".", "-", "–", "—", "(", "«"]
        while let last = kept.last, trailing.contains(last) { kept = kept.dropLast() }
        if kept.isEmpty { kept = text[..<room] }
        return kept + "…"
    }

    @Test("excerpts found scalar by scalar are those cut character by character")
    func excerptsByScalars() {
        let texts = [
            "Le budget primitif de la commune", "été à Paris, « citation » ; fin.", "e\u{301}te\u{301} a\u{300} Paris",
            "ligne\r\nsuivante\r\nfin", "emoji 👍🏽 ok 🇫🇷 fin", "\u{1100}\u{1161} hangul", "a\u{200D}b c", "x\ry\nz",
            "mot-composé — tiret", "abcdefghijklmnopqrstuvwxyz", "é", "\r\n\r\n\r\n",
        ]
        for text in texts {
            for limit in -1...(text.unicodeScalars.count + 2) {
                #expect(text.truncated(toCharacters: limit) == byCharacters(text, limit), "\(text) \(limit)")
            }
        }
    }
}
