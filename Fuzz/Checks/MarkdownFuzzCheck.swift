import KiosqueMarkdown

/// What the Markdown fuzz target checks: rendering never crashes, and the HTML never holds a script element, an
/// event-handler attribute or a link whose scheme runs code, however the input hides it.
public enum MarkdownFuzzCheck {
    /// The problems found in the HTML of `bytes` (empty when it is safe). The input's length picks the heading offset and
    /// whether relative links are rebased.
    public static func run(_ bytes: [UInt8]) -> [String] {
        let control = UInt8(truncatingIfNeeded: bytes.count)
        let text = String(decoding: bytes, as: UTF8.self)
        let html = Markdown.html(text, headingOffset: Int(control % 4), siteRoot: control & 0x10 != 0 ? "../../" : nil)
        _ = Markdown.plainText(text, limit: Int(control))
        _ = FrontMatter.split(text)
        return problems(in: html)
    }

    /// Script elements, handler attributes, and `href`/`src` values that are not http, https, mailto or relative.
    public static func problems(in html: String) -> [String] {
        var found: [String] = []
        let lower = html.lowercased()
        if lower.contains("<script") { found.append("a <script element") }
        for tag in tags(in: html) {
            for (name, value) in attributes(of: tag) {
                if name.hasPrefix("on") { found.append("an event handler attribute in \(tag)") }
                if name == "href" || name == "src" || name == "xlink:href" || name == "action" || name == "formaction",
                   let scheme = scheme(of: decodeEntities(value)),
                   !["http", "https", "mailto"].contains(scheme) {
                    found.append("a \(scheme): link in \(tag)")
                }
            }
            let name = tag.dropFirst().prefix { $0.isLetter || $0.isNumber }.lowercased()
            if ["iframe", "style", "object", "embed", "form", "svg", "math", "base", "meta", "link"].contains(name) {
                found.append("a <\(name)> element")
            }
        }
        return found
    }

    /// Every start tag `<name …>` of the HTML, as written.
    static func tags(in html: String) -> [Substring] {
        var result: [Substring] = []
        var index = html.startIndex
        while let open = html[index...].firstIndex(of: "<") {
            let next = html.index(after: open)
            guard next < html.endIndex, html[next].isLetter else {
                index = next
                continue
            }
            var quote: Character?
            var end = next
            while end < html.endIndex {
                let character = html[end]
                if let current = quote {
                    if character == current { quote = nil }
                } else if character == "\"" || character == "'" {
                    quote = character
                } else if character == ">" {
                    break
                }
                end = html.index(after: end)
            }
            result.append(html[open..<min(html.index(after: end), html.endIndex)])
            index = end < html.endIndex ? html.index(after: end) : html.endIndex
        }
        return result
    }

    /// The attributes of a start tag, names lower-cased, values as written (entities not decoded).
    static func attributes(of tag: Substring) -> [(String, String)] {
        var result: [(String, String)] = []
        let characters = Array(tag.dropFirst().dropLast(tag.hasSuffix(">") ? 1 : 0))
        var index = 0
        while index < characters.count, !characters[index].isWhitespace, characters[index] != "/" { index += 1 }
        while index < characters.count {
            while index < characters.count, characters[index].isWhitespace || characters[index] == "/" { index += 1 }
            var name = ""
            while index < characters.count, !characters[index].isWhitespace, characters[index] != "=", characters[index] != "/" {
                name.append(characters[index])
                index += 1
            }
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            var value = ""
            if index < characters.count, characters[index] == "=" {
                index += 1
                while index < characters.count, characters[index].isWhitespace { index += 1 }
                if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
                    let quote = characters[index]
                    index += 1
                    while index < characters.count, characters[index] != quote {
                        value.append(characters[index])
                        index += 1
                    }
                    index += 1
                } else {
                    while index < characters.count, !characters[index].isWhitespace {
                        value.append(characters[index])
                        index += 1
                    }
                }
            }
            if !name.isEmpty { result.append((name.lowercased(), value)) }
        }
        return result
    }

    /// Numeric and the few named character references a browser would decode in an attribute value.
    static func decodeEntities(_ value: String) -> String {
        let named: [String: String] = ["amp": "&", "colon": ":", "tab": "\t", "newline": "\n", "quot": "\"", "apos": "'",
                                       "lt": "<", "gt": ">", "sol": "/", "num": "#", "lpar": "(", "rpar": ")"]
        var result = ""
        var index = value.startIndex
        while index < value.endIndex {
            let character = value[index]
            guard character == "&", let semicolon = value[index...].prefix(12).firstIndex(of: ";") else {
                result.append(character)
                index = value.index(after: index)
                continue
            }
            let body = value[value.index(after: index)..<semicolon]
            var decoded: String?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if body.hasPrefix("#") {
                decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                decoded = named[body.lowercased()]
            }
            if let decoded {
                result += decoded
                index = value.index(after: semicolon)
            } else {
                result.append(character)
                index = value.index(after: index)
            }
        }
        return result
    }

    /// The scheme a browser's URL parser would read (leading controls and spaces stripped, tabs and newlines removed,
    /// percent-escapes not decoded), lower-cased; nil for a relative URL.
    static func scheme(of url: String) -> String? {
        let scalars = url.unicodeScalars.drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        var scheme = ""
        for scalar in scalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            guard scalar.isASCII, scalar.properties.isAlphabetic || (!scheme.isEmpty && "0123456789+-.".unicodeScalars.contains(scalar)) else {
                return nil
            }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }
}
