import Mustache

/// Mustache's HTML escaping, faster: a text holding none of `<`, `>`, `&`, `"`, `'` (most texts) is returned as it
/// is, without walking its characters; any other is escaped character by character exactly as Mustache's
/// `HTMLContentType` does (a quote carrying a combining mark is one character, not a quote, and stays as it is).
/// Templates get it through the `CONTENT_TYPE` pragma that `SiteRenderer` puts on their first line.
struct FastHTMLEscaping: MustacheContentType {
    static let name = "KIOSQUE_HTML"

    /// Registered once, before the first template that names it is parsed.
    static let pragma: String = {
        MustacheContentTypes.register(FastHTMLEscaping(), named: name)
        return "{{% CONTENT_TYPE: \(name)}}\n"
    }()

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
