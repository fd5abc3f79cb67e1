import KiosqueDerive
import KiosqueDigest
import KiosqueMarkdown
import KiosqueModel
import KiosqueTemplate

/// Builds the values a template sees. Every text is escaped by the template (`{{…}}`); only keys that end in
/// `_html` hold markup, produced here from Markdown or JSON, and only those may appear in `{{{…}}}`.
struct PageContext {
    let catalog: Catalog
    let theme: ThemeBundle
    let options: RenderOptions
    let links: SiteLinks
    let format: Formatter
    let index: CatalogIndex
    /// Shared by every page of one build.
    let memo = RenderMemo()
    /// Where an incremental build keeps texts from one build to the next (`storedPlainText`), with the key that
    /// names the executable; nil for a cold build without cache.
    var fragments: (any FragmentStore)? = nil
    var salt = ContentHash.zero

    var language: Language { catalog.portal.language }

    func t(_ key: String) -> String { theme.translations[key] ?? key }

    /// Translations as templates address them: `{{t.nav.datasets}}` for the key `nav.datasets`.
    var translationTree: TemplateValue { memo.value("t") { TemplateValue(any: makeTranslationTree()) } }

    private func makeTranslationTree() -> [String: Any] {
        var tree: [String: Any] = [:]
        var sections: [String: [String: String]] = [:]
        for (key, text) in theme.translations {
            if let dot = key.firstIndex(of: ".") {
                sections[String(key[..<dot]), default: [:]][String(key[key.index(after: dot)...])] = text
            } else {
                tree[key] = text
            }
        }
        for (section, entries) in sections { tree[section] = entries }
        return tree
    }

    /// The values every page shares. `path` is the page's own output path.
    func common(path: String, title: String?, description: String?, section: String) -> [String: Any] {
        let root = path == "404.html" ? links.basePath : SiteLinks.root(from: path)
        let portal = catalog.portal
        // What depends on the way back to the root only (most pages share one of a few) is made once.
        let shared = memo.value("common " + root) { () -> [String: TemplateValue] in
            [
                "portal": [
                    "title": portal.title,
                    "description_html": markdown(portal.description, root: root),
                    "footer_html": markdown(portal.footer, root: root),
                    "logo": portal.logo.map { root + "assets/" + SiteLinks.encodePath($0) } ?? "",
                    "contact_email": portal.contact?.email ?? "",
                    "contact_url": portal.contact?.url ?? "",
                ] as [String: Any],
                "pages": catalog.pages.map { ["title": $0.title, "url": root + SiteLinks.page($0.slug)] },
            ].mapValues(TemplateValue.init(any:))
        }
        let summary = description.map { Markdown.plainText($0, limit: 200) }
            ?? memo.value("portal summary") { Markdown.plainText(portal.description ?? portal.title, limit: 200) }
        var values: [String: Any] = [
            "lang": language.rawValue,
            "t": translationTree,
            "root": root,
            "page_title": title.map { $0 + " — " + portal.title } ?? portal.title,
            "meta_description": summary,
            "section": section,
            "generator": options.generator,
            "build_date": format.date(options.now),
            "build_date_iso": options.now.isoDate,
            "portal": shared["portal"] ?? TemplateValue.absent,
            "nav": memo.value("nav \(section) \(root)") { TemplateValue(any: navigation(root: root, section: section)) },
            "pages": shared["pages"] ?? TemplateValue.absent,
            // The catalogue feeds exist when the portal has a base URL (they hold absolute addresses).
            "has_feeds": portal.baseURL != nil,
        ]
        if let canonical = links.absolute(path) { values["canonical"] = canonical }
        return values
    }

    private func navigation(root: String, section: String) -> [[String: Any]] {
        let entries: [(String, String)] = catalog.portal.nav.isEmpty
            ? [(t("nav.datasets"), "datasets/"), (t("nav.organizations"), "organizations/"), (t("nav.themes"), "themes/"),
               (t("nav.reuses"), "reuses/"), (t("nav.news"), "news/")]
            : catalog.portal.nav.map { ($0.label, $0.url) }
        return entries.map { label, url in
            let isExternal = Self.hasScheme(url)
            let href = isExternal ? (isSafeExternal(url) ? url : "#") : root + (url.hasPrefix("/") ? String(url.dropFirst()) : url)
            let current = !isExternal && url.split(separator: "/").first.map(String.init) == section
            return ["label": label, "url": href, "current": current]
        }
    }

    /// True when the URL starts with a scheme (`javascript:`, `https:`), i.e. is not a path of the site.
    static func hasScheme(_ url: String) -> Bool {
        let trimmed = url.drop { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.value < 0x20 } }
        guard let colon = trimmed.firstIndex(of: ":") else { return false }
        return !trimmed[..<colon].contains { $0 == "/" || $0 == "?" || $0 == "#" }
    }

    /// Only http, https and mailto links leave the site.
    func isSafeExternal(_ url: String) -> Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:"))
            && !url.unicodeScalars.contains { $0.value < 0x20 }
    }

    /// `Markdown.plainText(text, limit:)`, kept in the build cache by the text's content: a card's summary is made
    /// once per description, not once per build (the theme and organization pages that list a changed dataset show
    /// thousands of cards).
    func storedPlainText(_ text: String, limit: Int) -> String {
        guard let fragments else { return Markdown.plainText(text, limit: limit) }
        var hasher = ContentHasher()
        hasher.update(salt)
        hasher.update("plain text")
        hasher.update(limit)
        hasher.update(text)
        let key = hasher.finish()
        if let bytes = fragments.fragment(key) { return String(decoding: bytes, as: UTF8.self) }
        let made = Markdown.plainText(text, limit: limit)
        fragments.store(fragment: Array(made.utf8), key: key)
        return made
    }

    /// Markdown of the repository as HTML for a page whose way back to the site root is `root`:
    /// relative links in descriptions are written from the site root.
    func markdown(_ text: String?, root: String) -> String {
        text.map { Markdown.html($0, headingOffset: 1, siteRoot: root) } ?? ""
    }
}
