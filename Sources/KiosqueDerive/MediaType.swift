/// IANA media types as DCAT-AP wants them: IRIs under `https://www.iana.org/assignments/media-types/`.
enum MediaType {
    static let ianaPrefix = "https://www.iana.org/assignments/media-types/"

    /// `type/subtype` in lower case without parameters (`text/csv; charset=utf-8` → `text/csv`), or nil when the
    /// text is not a media type.
    static func essence(_ mediaType: String?) -> String? {
        guard let mediaType else { return nil }
        let essence = (mediaType.split(separator: ";").first.map(String.init) ?? "").trimmed.lowercased()
        let parts = essence.split(separator: "/", omittingEmptySubsequences: false)
        let token: (Substring) -> Bool = { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil
                || "!#$&-^_.+".unicodeScalars.contains($0)) }
        }
        guard parts.count == 2, token(parts[0]), token(parts[1]) else { return nil }
        return essence
    }
}

private extension String {
    var trimmed: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
