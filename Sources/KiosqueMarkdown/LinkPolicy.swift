/// Which link and image destinations a rendered description may keep.
///
/// Allowed: `http:`, `https:`, `mailto:`, relative URLs (`data/file.csv`, `/about/`, `../x`,
/// `//host/x`, `?q=1`) and fragments (`#section`). Anything else that names a scheme —
/// `javascript:`, `data:`, `vbscript:`, `file:`, `ftp:`… — is refused, however it is disguised:
/// any case, with control characters or whitespace inside or around the scheme, or with
/// characters a scheme cannot hold (such as a percent sign), since browsers strip some of those.
enum LinkPolicy {
    private static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// True when `url` (as cmark stores it: entities and backslash escapes already decoded) may be linked.
    static func allows(_ url: String) -> Bool {
        // A scheme is whatever precedes the first ":" when no "/", "?" or "#" comes before it.
        // Browsers also treat "\" as "/" in URLs.
        var candidate = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case "/", "\\", "?", "#":
                return true
            case ":":
                return allowedSchemes.contains(candidate.lowercased())
            default:
                if isIgnorable(scalar) { continue }
                candidate.unicodeScalars.append(scalar)
            }
        }
        return true
    }

    /// Characters that a browser drops from a URL or that cannot be seen: C0 and C1 controls,
    /// spaces, soft hyphen, zero-width and direction marks, the byte-order mark.
    private static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x20, 0x7F...0xA0, 0xAD, 0x200B...0x200F, 0x2028...0x202F, 0x2060...0x2064, 0xFEFF: true
        default: scalar.properties.isWhitespace
        }
    }

    /// A path relative to the site (`datasets/x/`, `/a-propos/`, `../x`), as opposed to a fragment,
    /// a query, a protocol-relative or an absolute URL.
    static func isSiteRelative(_ url: String) -> Bool {
        guard let first = url.unicodeScalars.first, first != "#", first != "?", !url.hasPrefix("//") else { return false }
        for scalar in url.unicodeScalars {
            switch scalar {
            case "/", "?", "#": return true
            case ":": return false
            default: continue
            }
        }
        return true
    }
}
