/// Markdown descriptions and pages, rendered safely with cmark-gfm.
///
/// GitHub-flavoured Markdown: tables, autolinks, ~~strikethrough~~, tag filter. Raw HTML is never
/// passed through, and links or images whose destination is not `http`, `https`, `mailto`,
/// relative or a fragment lose their link (see `LinkPolicy`). Every function may be called
/// concurrently from many tasks.
public enum Markdown {
    /// GFM (tables, autolinks, strikethrough, tagfilter) to HTML.
    ///
    /// Raw HTML becomes `<!-- raw HTML omitted -->`, which carries nothing of the input. Links and
    /// images keep only http, https, mailto, relative URLs and fragment links; any other scheme
    /// (`javascript:`, `data:`, `vbscript:`, `file:`…, in any case, with whitespace, control
    /// characters or entities inside) leaves its text unlinked. Headings are shifted by
    /// `headingOffset` within `h1`…`h6` (a description's `# Titre` becomes `<h2>` with offset 1).
    /// With a `siteRoot` (`../../`), relative destinations are read from the site's root, so that
    /// `[budget](datasets/budget/)` works from every page. Table cells aligned in the source get a class
    /// (`align-right`, `align-center`, `align-left`) instead of cmark-gfm's obsolete `align` attribute, and
    /// without an inline `style`, which a Content-Security-Policy without `unsafe-inline` would block.
    public static func html(_ markdown: String, headingOffset: Int = 0, siteRoot: String? = nil) -> String {
        guard let document = CMarkDocument(markdown) else { return "" }
        document.unlinkUnsafeDestinations()
        if let siteRoot { document.rebaseRelativeDestinations(onto: siteRoot) }
        document.shiftHeadings(by: headingOffset)
        return alignmentClasses(document.html())
    }

    /// cmark-gfm writes `<th align="right">` / `<td align="right">`. Text and attribute values it writes have
    /// their `"` escaped and raw HTML is omitted, so ` align="…">` only ever comes from its table renderer.
    static func alignmentClasses(_ html: String) -> String {
        // Byte search: `String.contains` goes through Foundation's locale-aware search (1 % of a large build).
        let pattern = Array(" align=\"".utf8)
        var html = html
        let found = html.withUTF8 { bytes in
            bytes.count >= pattern.count && (0...(bytes.count - pattern.count)).contains { start in
                (0..<pattern.count).allSatisfy { bytes[start + $0] == pattern[$0] }
            }
        }
        guard found else { return html }
        for side in ["left", "center", "right"] {
            html = html.replacing(" align=\"\(side)\">", with: " class=\"align-\(side)\">")
        }
        return html
    }

    /// Plain text (for `<meta name=description>`, the search index, feeds): what a reader sees,
    /// without markup or raw HTML, whitespace collapsed to single spaces.
    ///
    /// With a `limit`, the text is cut to at most `limit` characters on a word boundary and ends
    /// with "…" (the ellipsis counts in the limit). The result is not HTML-escaped.
    public static func plainText(_ markdown: String, limit: Int? = nil) -> String {
        let text = PlainTextMemo.shared.text(markdown) {
            guard let document = CMarkDocument(markdown) else { return "" }
            return document.text().collapsingWhitespace()
        }
        guard let limit else { return text }
        return text.truncated(toCharacters: max(0, limit))
    }
}
