import Foundation

/// How text becomes search terms, the same way at build time and in the browser (`kiosque-search.js` repeats these
/// rules line for line): lower case, accents folded, words of letters and digits, French and English stop words
/// left out, and a light stemmer that makes plurals, feminines and a few endings meet (`arbres` and `arbre`,
/// `municipaux` and `municipale`, `énergie` and `energy`).
public enum TextAnalyzer {
    /// The search terms of a text, in order, repeated as often as they occur.
    public static func terms(_ text: String) -> [String] {
        words(text).compactMap { word in stopWords.contains(word) ? nil : stem(word) }
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
    public static func fold(_ text: String) -> String {
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
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: true
        default: false
        }
    }

    /// The light stemmer, on a folded word. Words with a digit are kept whole (`2024`, `m57`).
    public static func stem(_ word: String) -> String {
        guard !word.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else { return word }
        var w = Array(word.unicodeScalars)
        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix.unicodeScalars)
            return w.count >= s.count && Array(w.suffix(s.count)) == s
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
