import KiosqueModel

/// `sitemap.xml` (every HTML page, absolute addresses, `lastmod` where a date is known) and the `robots.txt`
/// that names it.
public enum Sitemap {
    /// nil when the portal has no `base_url`: a sitemap lists absolute addresses.
    public static func document(_ catalog: Catalog, pages: [String]) -> String? {
        guard let site = SiteAddress(catalog.portal) else { return nil }
        // The latest date: the greatest instant, then (`DateStamp.<` breaks ties by the text) the greatest text among
        // those of that instant only.
        let dates = catalog.datasets.compactMap(\.modified)
        let latest = dates.map(\.epochSeconds).max().flatMap { top in dates.filter { $0.epochSeconds == top }.max() }
        // Each distinct date printed once.
        var printed: [DateStamp: String] = [:]
        var modified: [String: DateStamp] = [:]
        for dataset in catalog.datasets { modified["datasets/\(dataset.id)/index.html"] = dataset.modified }
        for post in catalog.news { modified["news/\(post.slug)/index.html"] = post.date }
        modified["index.html"] = latest
        modified["datasets/index.html"] = latest
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in pages.sorted() where path.hasSuffix(".html") && path != "404.html" {
            let address = site.page(path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
            out += "  <url><loc>\(escape(address))</loc>"
            if let date = modified[path] {
                let text = printed[date] ?? date.iso8601
                printed[date] = text
                out += "<lastmod>\(text)</lastmod>"
            }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }

    public static func robots(_ catalog: Catalog) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let site = SiteAddress(catalog.portal) { text += "Sitemap: \(site.page("sitemap.xml"))\n" }
        return text
    }

    private static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else { return text }
        return text.replacingOccurrences("&", "&amp;").replacingOccurrences("<", "&lt;").replacingOccurrences(">", "&gt;")
    }
}

private extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
