import KiosqueModel

/// An Atom 1.0 document (RFC 4287) written from worded entries: escaping and dates are handled here, the words
/// come from the theme's translations.
public struct AtomFeed: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// An absolute IRI, stable across builds.
        public let id: String
        public let title: String
        public let updated: DateStamp
        /// The page the entry is about: absolute with a base URL, else relative to the feed.
        public let link: String
        /// Plain text.
        public let summary: String
        /// HTML, escaped into the document.
        public let contentHTML: String?
        public let category: String

        public init(id: String, title: String, updated: DateStamp, link: String, summary: String, contentHTML: String?, category: String) {
            self.id = id
            self.title = title
            self.updated = updated
            self.link = link
            self.summary = summary
            self.contentHTML = contentHTML
            self.category = category
        }
    }

    public let id: String
    public let title: String
    public let subtitle: String?
    public let language: Language
    /// The newest entry's date, or the build's.
    public let updated: DateStamp
    /// Where the feed is published (absolute), nil without a base URL.
    public let selfLink: String?
    /// The site's home page.
    public let homeLink: String
    public let author: String
    public let generator: String
    public let entries: [Entry]

    public init(id: String, title: String, subtitle: String?, language: Language, updated: DateStamp, selfLink: String?,
                homeLink: String, author: String, generator: String, entries: [Entry]) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.updated = updated
        self.selfLink = selfLink
        self.homeLink = homeLink
        self.author = author
        self.generator = generator
        self.entries = entries
    }

    /// The XML text.
    public var document: String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(language.rawValue)\">\n"
        xml += "  <id>\(Self.escape(id))</id>\n"
        xml += "  <title>\(Self.escape(title))</title>\n"
        if let subtitle, !subtitle.isEmpty { xml += "  <subtitle>\(Self.escape(subtitle))</subtitle>\n" }
        xml += "  <updated>\(Self.timestamp(updated))</updated>\n"
        if let selfLink { xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(Self.escape(selfLink))\"/>\n" }
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(Self.escape(homeLink))\"/>\n"
        xml += "  <author><name>\(Self.escape(author))</name></author>\n"
        xml += "  <generator>\(Self.escape(generator))</generator>\n"
        for entry in entries {
            xml += "  <entry>\n"
            xml += "    <id>\(Self.escape(entry.id))</id>\n"
            xml += "    <title>\(Self.escape(entry.title))</title>\n"
            xml += "    <updated>\(Self.timestamp(entry.updated))</updated>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(Self.escape(entry.link))\"/>\n"
            xml += "    <category term=\"\(Self.escape(entry.category))\"/>\n"
            xml += "    <summary>\(Self.escape(entry.summary))</summary>\n"
            if let html = entry.contentHTML { xml += "    <content type=\"html\">\(Self.escape(html))</content>\n" }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }

    /// RFC 3339: a day is taken at midnight UTC.
    static func timestamp(_ date: DateStamp) -> String {
        date.hasTime ? date.iso8601 : date.isoDate + "T00:00:00Z"
    }

    /// Escapes markup characters and leaves out what XML 1.0 cannot hold (control characters but tab and newlines):
    /// text fit for XML and for HTML alike.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
