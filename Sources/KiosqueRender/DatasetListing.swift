import KiosqueSearch

/// Lists of datasets that work without JavaScript: the paged list of all datasets and one paged list per value of
/// the keyword, format and licence facets.
enum DatasetListing {
    /// Datasets per page, the same as the search's.
    static let pageSize = SearchIndex.Options().pageSize

    /// Facets whose values get pages under `datasets/` (themes and organizations have their own).
    static let facetsWithPages: [SearchFacet] = [.keyword, .format, .license]

    /// 1…n for `count` datasets (one page when there are none).
    static func pageNumbers(_ count: Int) -> ClosedRange<Int> { 1...max(1, (count + pageSize - 1) / pageSize) }

    /// The slice of a page.
    static func slice<T>(_ items: [T], page: Int) -> ArraySlice<T> {
        let start = min(items.count, (page - 1) * pageSize)
        return items[start..<min(items.count, start + pageSize)]
    }

    /// Pager values: previous, next, and the pages around the current one with the first and the last.
    static func pager(page: Int, count: Int, url: (Int) -> String) -> [String: Any] {
        let last = pageNumbers(count).upperBound
        guard last > 1 else { return ["show": false] }
        var numbers = Set([1, last])
        for n in (page - 2)...(page + 2) where n >= 1 && n <= last { numbers.insert(n) }
        var items: [[String: Any]] = []
        var previous = 0
        for n in numbers.sorted() {
            if n > previous + 1 { items.append(["gap": true]) }
            items.append(["number": String(n), "url": url(n), "current": n == page, "gap": false])
            previous = n
        }
        return [
            "show": true,
            "items": items,
            "previous_url": page > 1 ? url(page - 1) : "",
            "next_url": page < last ? url(page + 1) : "",
            "page": String(page),
            "last": String(last),
        ]
    }
}
