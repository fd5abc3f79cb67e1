import KiosqueDerive
import KiosqueModel

/// Where each page lives, and how a page links to another: relative links, so that the site works
/// from any sub-path and from the file system; absolute ones from `base_url` for canonical URLs.
struct SiteLinks: Sendable {
    let baseURL: String?

    static func dataset(_ id: String) -> String { "datasets/\(id)/" }
    static func organization(_ id: String) -> String { "organizations/\(id)/" }
    static func theme(_ id: String) -> String { "themes/\(id)/" }
    static func reuse(_ id: String) -> String { "reuses/\(id)/" }
    static func news(_ slug: String) -> String { "news/\(slug)/" }
    static func page(_ slug: String) -> String { "\(slug)/" }

    /// The prefix that leads from a page at `path` (`datasets/x/index.html`) back to the site root.
    static func root(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// Absolute URL of a site path, when the base URL is known.
    func absolute(_ path: String) -> String? {
        baseURL.map { $0 + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path) }
    }

    /// The path part of the base URL (`/portail/`), for pages served at any depth such as 404.html.
    var basePath: String {
        guard let baseURL, let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let afterHost = baseURL[schemeEnd.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }

    /// Percent-encodes a file name for use in an href.
    static func encodePath(_ path: String) -> String { URIText.encodePath(path) }
}

private extension String {
    func range(of needle: String) -> Range<String.Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
            index = self.index(after: index)
        }
        return nil
    }
}
