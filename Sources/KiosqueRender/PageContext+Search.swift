import KiosqueModel
import KiosqueSearch

extension PageContext {
    /// `datasets/` and `datasets/page/<n>/`: every dataset by title, paged; the first page also lists every facet
    /// value as a link, and carries what `kiosque-search.js` needs to search in place.
    func datasetListing(page: Int, path: String) -> [String: Any] {
        let title = page > 1 ? fill(t("pager.title"), ["title": t("datasets.title"), "page": String(page)]) : t("datasets.title")
        var values = common(path: path, title: title, description: nil, section: "datasets")
        let root = values["root"] as? String ?? ""
        values["datasets"] = DatasetListing.slice(index.byTitle, page: page).map { card($0, root: root) }
        values["count"] = format.integer(catalog.datasets.count)
        values["pager"] = DatasetListing.pager(page: page, count: catalog.datasets.count) { root + SiteLinks.datasetPage($0) }
        values["is_first_page"] = page == 1
        values["facet_groups"] = page == 1 ? facetPanel(root: root) : []
        values["search_index"] = root + SiteLinks.searchIndex
        values["search_script"] = root + "theme/kiosque-search.js"
        return values
    }

    /// One value of a facet (`datasets/keywords/arbres/`): its datasets by title, paged.
    func facetListing(_ facet: SearchFacet, _ value: SearchFacet.Value, page: Int, path: String) -> [String: Any] {
        var heading = fill(t("listing.title"), ["facet": t("facet.\(facet.rawValue)"), "value": value.label])
        if page > 1 { heading = fill(t("pager.title"), ["title": heading, "page": String(page)]) }
        var values = common(path: path, title: heading, description: nil, section: "datasets")
        let root = values["root"] as? String ?? ""
        let count = index.facetCount(facet, value.key)
        values["listing"] = [
            "title": heading,
            "facet": t("facet.\(facet.rawValue)"),
            "value": value.label,
            "count": format.integer(count),
            "search_url": root + "datasets/?" + facet.rawValue + "=" + SiteLinks.encodePath(value.key),
        ] as [String: Any]
        values["datasets"] = index.facetDatasets(facet, value.key, page: page).map { card($0, root: root) }
        values["pager"] = DatasetListing.pager(page: page, count: count) { root + SiteLinks.facet(facet, value.key, page: $0) }
        return values
    }

    /// Every value of every facet, with its count and its page, for `datasets/index.html`.
    func facetPanel(root: String) -> [[String: Any]] {
        SearchFacet.allCases.compactMap { facet -> [String: Any]? in
            let values = index.facets[facet] ?? []
            guard !values.isEmpty else { return nil }
            return [
                "name": facet.rawValue,
                "label": t("facet.\(facet.rawValue)"),
                "open": values.count <= 12,
                "values": values.map { value -> [String: Any] in
                    ["key": value.key, "label": value.label, "count": format.integer(value.datasetIDs.count),
                     "url": root + SiteLinks.facet(facet, value.key)]
                },
            ]
        }
    }

    /// A translation with `{name}` placeholders filled, in one pass over its bytes: a value that holds `{…}` itself
    /// (a column named `{count}`) is printed as it is. Braces that name no value stay. The values are pairs, not a
    /// dictionary: a few names, compared byte by byte, cost less than a dictionary made for each text.
    func fill(_ pattern: String, _ values: KeyValuePairs<String, String>) -> String {
        guard pattern.utf8.contains(UInt8(ascii: "{")) else { return pattern }
        var pattern = pattern
        return pattern.withUTF8 { bytes -> String in
            var text: [UInt8] = []
            text.reserveCapacity(bytes.count + 64)
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "{"), let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "}")),
                   let value = Self.value(named: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close]), in: values) {
                    text += value.utf8
                    index = close + 1
                } else {
                    text.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: text, as: UTF8.self)
        }
    }

    /// The value of the first pair whose name has these bytes.
    private static func value(named name: UnsafeBufferPointer<UInt8>, in values: KeyValuePairs<String, String>) -> String? {
        for (key, value) in values where key.utf8.elementsEqual(name) { return value }
        return nil
    }
}
