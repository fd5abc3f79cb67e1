import Foundation

/// How text becomes search terms, the same way at build time and in the browser (`kiosque-search.js` repeats these
/// rules line for line): lower case, accents folded, words of letters and digits, French and English stop words
/// left out, and a light stemmer that makes plurals, feminines and a few endings meet (`arbres` and `arbre`,
/// `municipaux` and `municipale`, `énergie` and `energy`).
public enum TextAnalyzer {
    /// The search terms of a text, in order, repeated as often as they occur.
    public static func terms(_ text: String) -> [String] {
        if let terms = asciiTerms(text) { return terms }
        return words(text).compactMap { word in stopWords.contains(word) ? nil : stem(word) }
    }

    /// `terms` for a text whose fold is ASCII letters and digits apart from separators (nearly every title,
    /// keyword and description of a French portal), worked out on bytes: the same terms as the general rule
    /// (`SearchIndexTests` compares them on every Latin scalar and on the corpus' texts), without a `String` per word
    /// until its term. Nil for any other text.
    static func asciiTerms(_ text: String) -> [String]? {
        var terms: [String] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func flush() {
            defer { word.removeAll(keepingCapacity: true) }
            guard word.count >= 2 else { return }
            let folded = String(decoding: word, as: UTF8.self)
            guard !stopWords.contains(folded) else { return }
            terms.append(asciiStem(&word) ? String(decoding: word, as: UTF8.self) : folded)
        }
        func append(_ byte: UInt8) {
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) { word.append(byte) } else { flush() }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else if value < 0x250 {
                guard let bytes = latinASCIIFolds[Int(value)] else { return nil }
                for byte in bytes { append(byte) }
            } else if keptAsIs.contains(value), !isWordScalar(scalar) {
                flush()
            } else {
                return nil
            }
        }
        flush()
        return terms
    }

    /// The fold of each scalar below U+0250 with every scalar that is not a letter or digit as a space, when that is
    /// ASCII; nil when the fold holds a letter or digit beyond ASCII (`ø`, `ð`).
    private static let latinASCIIFolds: [[UInt8]?] = (0..<0x250).map { value in
        var bytes: [UInt8] = []
        for scalar in foldScalars(String(Character(Unicode.Scalar(UInt32(value))!))).unicodeScalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else if isWordScalar(scalar) {
                return nil
            } else {
                bytes.append(0x20)
            }
        }
        return bytes
    }

    /// `stem` on a folded ASCII word of letters and digits, in place; false when it is kept as it is.
    private static func asciiStem(_ w: inout [UInt8]) -> Bool {
        guard !w.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard w.count >= count else { return false }
            let start = suffix.utf8Start
            for offset in 0..<count where w[w.count - count + offset] != start[offset] { return false }
            return true
        }
        let original = w.count
        var changed = false
        if w.count > 4, ends("eaux") {
            w.removeLast()
        } else if w.count > 4, ends("aux") {
            w.removeLast(3)
            w.append(0x61)
            w.append(0x6C)
            changed = true
        } else if w.count > 3, ends("s") || ends("x"), !ends("ss") {
            w.removeLast()
        }
        if w.count > 3, ends("y") {
            w[w.count - 1] = 0x69
            changed = true
        }
        for _ in 0..<2 where w.count > 4 && ends("e") { w.removeLast() }
        return changed || w.count != original
    }

    /// Lower-cased, accent-folded words of two characters or more.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= 2 { words.append(String(current)) }
            current.removeAll()
        }
        for scalar in fold(text).unicodeScalars {
            if isWordScalar(scalar) { current.append(scalar) } else { flush() }
        }
        flush()
        return words
    }

    /// Lower case, canonical decomposition with the combining marks removed, and the ligatures spelt out.
    ///
    /// A text of Latin letters only (every scalar below U+0250, the case of nearly every title, or punctuation of
    /// `keptAsIs`) is folded scalar by scalar from a table made by the general rule below: the same result, since these
    /// scalars lower-case and decompose on their own, into letters and the marks U+0300–U+036F that are removed.
    public static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else if value < 0x250 {
                bytes.append(contentsOf: latinFolds[Int(value)])
            } else if keptAsIs.contains(value) {
                bytes.append(contentsOf: scalar.utf8)
            } else {
                return foldScalars(text)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Punctuation and currency signs that fold to themselves (no case, no canonical decomposition): the dashes,
    /// quotes and apostrophes of French titles (`—`, `’`) and `€` keep them on the fast path.
    public static let keptAsIs: ClosedRange<UInt32> = 0x2010...0x20CF

    /// The fold of each scalar below U+0250, as UTF-8.
    private static let latinFolds: [[UInt8]] = (0..<0x250).map { value in
        Array(foldScalars(String(Character(Unicode.Scalar(UInt32(value))!))).utf8)
    }

    /// The general rule, for any text.
    public static func foldScalars(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x300...0x36F: continue
            case 0x153: out.append(contentsOf: "oe".unicodeScalars)
            case 0xE6: out.append(contentsOf: "ae".unicodeScalars)
            case 0xDF: out.append(contentsOf: "ss".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Letters and digits (Unicode general categories L* and N*), as `\p{L}` and `\p{N}` in JavaScript.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// The light stemmer, on a folded word. Words with a digit are kept whole (`2024`, `m57`).
    public static func stem(_ word: String) -> String {
        guard !word.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else { return word }
        var w = Array(word.unicodeScalars)
        func ends(_ suffix: String) -> Bool {
            let count = suffix.unicodeScalars.count
            guard w.count >= count else { return false }
            var index = w.count - count
            for scalar in suffix.unicodeScalars {
                if w[index] != scalar { return false }
                index += 1
            }
            return true
        }
        if w.count > 4, ends("eaux") {
            w.removeLast()
        } else if w.count > 4, ends("aux") {
            w.removeLast(3)
            w += "al".unicodeScalars
        } else if w.count > 3, ends("s") || ends("x"), !ends("ss") {
            w.removeLast()
        }
        if w.count > 3, ends("y") {
            w.removeLast()
            w.append("i")
        }
        for _ in 0..<2 where w.count > 4 && ends("e") { w.removeLast() }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: w)
        return String(out)
    }

    /// Folded French and English words too common to search for.
    public static let stopWords: Set<String> = [
        // French
        "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "elles", "en", "et", "eux",
        "il", "ils", "je", "la", "le", "les", "leur", "leurs", "lui", "ma", "mais", "me", "mes", "moi", "mon", "ne", "nos",
        "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "ta", "te",
        "tes", "ton", "tu", "un", "une", "vos", "votre", "vous", "est", "sont", "ete", "etre", "ont", "plus", "ainsi",
        "aussi", "comme", "dont", "entre", "sans", "sous", "vers", "chaque", "tout", "tous", "toute", "toutes", "ci", "ca",
        // English
        "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its", "of",
        "or", "that", "the", "their", "this", "to", "was", "were", "which", "with",
    ]
}
