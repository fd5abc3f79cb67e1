extension String {
    /// The words separated by single spaces, without leading or trailing space. No-break spaces
    /// (U+00A0, U+202F) are kept: French typography puts them before « : ; ! ? ».
    func collapsingWhitespace() -> String {
        collapsingWhitespaceByScalars()
            ?? split(whereSeparator: { $0.isWhitespace && $0 != "\u{A0}" && $0 != "\u{202F}" }).joined(separator: " ")
    }

    /// `collapsingWhitespace` scalar by scalar, without cutting the text into characters: the same words when every
    /// white space scalar is a character of its own, which holds unless a scalar around it may join it (a combining
    /// mark after it, a prepended mark before it). Nil when one might: the text is then cut into characters.
    func collapsingWhitespaceByScalars() -> String? {
        var out = ""
        out.reserveCapacity(utf8.count)
        var wroteWord = false
        var pendingSpace = false
        var previous: Unicode.Scalar?
        var previousWasSpace = false
        for scalar in unicodeScalars {
            let space = Self.isCollapsibleSpace(scalar.value)
            if space {
                if let previous, !Self.standsAlone(previous.value) { return nil }
                if wroteWord { pendingSpace = true }
            } else {
                if previousWasSpace, !Self.standsAlone(scalar.value) { return nil }
                if pendingSpace {
                    out.append(" ")
                    pendingSpace = false
                }
                out.unicodeScalars.append(scalar)
                wroteWord = true
            }
            previous = scalar
            previousWasSpace = space
        }
        return out
    }

    /// The white space `Character.isWhitespace` finds, but the no-break spaces U+00A0 and U+202F.
    private static func isCollapsibleSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Scalars that neither extend the character before them nor join the one after: ASCII, Latin letters and
    /// marks below the combining diacritics (U+0300), general punctuation but the zero-width joiners, currency signs,
    /// and white space.
    private static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x2000...0x200A, 0x2010...0x205F, 0x20A0...0x20CF, 0x1680, 0x3000: true
        default: false
        }
    }

    /// At most `limit` characters: when longer, cut at the last word boundary that fits and end
    /// with "…" (counted in the limit). A single word longer than the limit is cut inside.
    func truncated(toCharacters limit: Int) -> String {
        guard limit >= 0 else { return "" }
        // No more characters than bytes: a short text is not counted, a long one only up to the limit.
        if utf8.count <= limit { return self }
        let end: String.Index, room: String.Index
        if let fast = scalarIndices(limit) {
            // Each scalar is a character there: the limit found scalar by scalar, without cutting characters.
            guard let found = fast.end else { return self }
            end = found
            room = fast.room
        } else {
            guard let found = index(startIndex, offsetBy: limit, limitedBy: endIndex) else { return self }
            end = found
            room = limit > 0 ? index(startIndex, offsetBy: limit - 1) : startIndex
        }
        guard end != endIndex else { return self }
        guard limit > 1 else { return limit == 1 ? "…" : "" }
        var kept = self[..<room]
        if !self[room].isWhitespace, let space = kept.lastIndex(where: \.isWhitespace) {
            kept = kept[..<space]
        }
        while let last = kept.last, Self.trailing.contains(last) { kept = kept.dropLast() }
        if kept.isEmpty { kept = self[..<room] }
        return kept + "…"
    }

    /// The indices `limit` and `limit - 1` characters in (`end` nil when the text is shorter), found scalar by scalar
    /// when, up to there, every scalar is a character of its own: below U+0300 (no combining mark, no joiner, no
    /// Hangul or emoji) and no CR before LF. Nil otherwise: the text is then walked character by character.
    private func scalarIndices(_ limit: Int) -> (end: String.Index?, room: String.Index)? {
        let scalars = unicodeScalars
        var index = scalars.startIndex
        var room = index
        var count = 0
        var previousCR = false
        while count < limit {
            guard index != scalars.endIndex else { return (nil, room) }
            let value = scalars[index].value
            if value >= 0x300 || (previousCR && value == 0x0A) { return nil }
            previousCR = value == 0x0D
            if count == limit - 1 { room = index }
            scalars.formIndex(after: &index)
            count += 1
        }
        // The scalar at the limit must not join the one before it either.
        if index != scalars.endIndex, scalars[index].value >= 0x300 || (previousCR && scalars[index].value == 0x0A) { return nil }
        return (index, room)
    }

    /// What an excerpt does not end with before its "…".
    private static let trailing: Set<Character> = [" ", "\u{A0}", "\u{202F}", ",", ";", ":", ".", "-", "–", "—", "(", "«"]
}
