extension String {
    /// The words separated by single spaces, without leading or trailing space. No-break spaces
    /// (U+00A0, U+202F) are kept: French typography puts them before « : ; ! ? ».
    func collapsingWhitespace() -> String {
        split(whereSeparator: { $0.isWhitespace && $0 != "\u{A0}" && $0 != "\u{202F}" }).joined(separator: " ")
    }

    /// At most `limit` characters: when longer, cut at the last word boundary that fits and end
    /// with "…" (counted in the limit). A single word longer than the limit is cut inside.
    func truncated(toCharacters limit: Int) -> String {
        guard limit >= 0 else { return "" }
        // No more characters than bytes: a short text is not counted, a long one only up to the limit.
        if utf8.count <= limit { return self }
        guard let end = index(startIndex, offsetBy: limit, limitedBy: endIndex), end != endIndex else { return self }
        guard limit > 1 else { return limit == 1 ? "…" : "" }
        let room = index(startIndex, offsetBy: limit - 1)
        var kept = self[..<room]
        if !self[room].isWhitespace, let space = kept.lastIndex(where: \.isWhitespace) {
            kept = kept[..<space]
        }
        while let last = kept.last, Self.trailing.contains(last) { kept = kept.dropLast() }
        if kept.isEmpty { kept = self[..<room] }
        return kept + "…"
    }

    /// What an excerpt does not end with before its "…".
    private static let trailing: Set<Character> = [" ", "\u{A0}", "\u{202F}", ",", ";", ":", ".", "-", "–", "—", "(", "«"]
}
