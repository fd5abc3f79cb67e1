import Foundation

/// What `kiosque-search.js` does in the browser, over the same files and with the same rules: the tests use it to
/// check what a query finds, how facets count, and how many bytes a query fetches before its first results show.
public final class SearchClient {
    public enum Sort: String, Sendable { case relevance, date, title }

    public struct Query: Sendable {
        public var text: String
        /// At most one value per facet; facets combine with AND.
        public var filters: [SearchFacet: String]
        /// Nil: by relevance when there are words, else by date.
        public var sort: Sort?
        /// From 1.
        public var page: Int
        public init(_ text: String, filters: [SearchFacet: String] = [:], sort: Sort? = nil, page: Int = 1) {
            self.text = text
            self.filters = filters
            self.sort = sort
            self.page = page
        }
    }

    public struct Result: Sendable {
        /// Dataset ids of the page, in order.
        public let ids: [String]
        public let total: Int
        /// Facet → value key → datasets among all the results.
        public let facetCounts: [SearchFacet: [String: Int]]
        /// Bytes fetched until the page's records were there.
        public let bytesBeforeResults: Int
        /// Files fetched, in order, with their sizes.
        public let fetched: [(path: String, bytes: Int)]
    }

    /// Weight of a longer term found by completing the last word being typed.
    static let completionFactor = 0.6

    private let load: (String) -> [UInt8]?
    private var cache: [String: Any] = [:]
    private var fetched: [(path: String, bytes: Int)] = []

    /// `load` returns the bytes of a file under `search/` (`meta.json`, `terms/3.json`…).
    public init(load: @escaping (String) -> [UInt8]?) { self.load = load }

    private func json(_ path: String) -> Any? {
        if let cached = cache[path] { return cached }
        guard let bytes = load(path), let value = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
            return nil
        }
        fetched.append((path, bytes.count))
        cache[path] = value
        return value
    }

    public func search(_ query: Query) -> Result? {
        fetched = []
        guard let meta = json("meta.json") as? [String: Any], let count = meta["count"] as? Int,
              let pageSize = meta["pageSize"] as? Int, let docShard = meta["docShard"] as? Int,
              let prefixes = meta["terms"] as? [String] else { return nil }
        let (terms, completeLast) = Self.queryTerms(query.text)
        var candidates: [Int]
        var scores: [Int: Double] = [:]
        if terms.isEmpty {
            candidates = Array(0..<count)
        } else {
            var perTerm: [[Int: Double]] = []
            for (index, term) in terms.enumerated() {
                var found: [Int: Double] = [:]
                var lists: [(String, Double)] = [(term, 1)]
                var shardNumbers = [Self.shard(for: term, prefixes)].compactMap { $0 }
                if completeLast, index == terms.count - 1 {
                    shardNumbers += Self.completionShards(for: term, prefixes)
                    for number in shardNumbers {
                        let shard = json("terms/\(number).json") as? [String: String] ?? [:]
                        for key in shard.keys.sorted() where key != term && key.hasPrefix(term) { lists.append((key, Self.completionFactor)) }
                    }
                }
                for (key, factor) in lists {
                    guard let code = shardNumbers.lazy.compactMap({ (self.json("terms/\($0).json") as? [String: String])?[key] }).first else { continue }
                    let postings = PostingCode.decode(code, gaps: true, weighted: true)
                    let idf = log(1 + Double(count) / Double(max(1, postings.count)))
                    for (document, weight) in postings { found[document] = max(found[document] ?? 0, Double(weight) * idf * factor) }
                }
                perTerm.append(found)
            }
            var matched = Set(perTerm[0].keys)
            for found in perTerm.dropFirst() { matched.formIntersection(found.keys) }
            let useAll = matched.isEmpty && perTerm.count > 1
            if useAll { matched = perTerm.reduce(into: Set<Int>()) { $0.formUnion($1.keys) } }
            for document in matched {
                let hits = perTerm.compactMap { $0[document] }
                scores[document] = hits.reduce(0, +) * (useAll ? Double(hits.count) : 1)
            }
            candidates = matched.sorted()
        }
        let facetShards = meta["facets"] as? [String: Any] ?? [:]
        for facet in SearchFacet.allCases {
            guard let key = query.filters[facet] else { continue }
            let shardCount = (facetShards[facet.rawValue] as? [String: Any])?["shards"] as? Int ?? 1
            let shard = json("facets/\(facet.rawValue)/\(SearchIndex.facetShard(key, count: shardCount)).json") as? [String: String] ?? [:]
            let ids = Set(shard[key].map { PostingCode.decode($0, gaps: true, weighted: false).map(\.0) } ?? [])
            candidates = candidates.filter { ids.contains($0) }
        }
        let sort = query.sort ?? (terms.isEmpty ? .date : .relevance)
        switch sort {
        case .relevance:
            candidates.sort { (scores[$0] ?? 0, -$0) > (scores[$1] ?? 0, -$1) }
        case .date:
            candidates.sort()
        case .title:
            let order = PostingCode.decode(json("order/title.json") as? String ?? "", gaps: false, weighted: false).map(\.0)
            var rank = [Int](repeating: 0, count: count)
            for (position, document) in order.enumerated() where document < count { rank[document] = position }
            candidates.sort { rank[$0] < rank[$1] }
        }
        let start = max(0, query.page - 1) * pageSize
        let page = start < candidates.count ? Array(candidates[start..<min(start + pageSize, candidates.count)]) : []
        var ids: [String] = []
        for document in page {
            let records = json("docs/\(document / docShard).json") as? [[Any]] ?? []
            let record = records.indices.contains(document % docShard) ? records[document % docShard] : []
            ids.append(record.first as? String ?? "")
        }
        let before = fetched.reduce(0) { $0 + $1.bytes }
        // After the first results: how many results each facet value has.
        let inResults = Set(candidates)
        var facetCounts: [SearchFacet: [String: Int]] = [:]
        for facet in SearchFacet.allCases {
            for row in facetRows(facet) {
                let n = row.ids.reduce(0) { $0 + (inResults.contains($1) ? 1 : 0) }
                if n > 0 { facetCounts[facet, default: [:]][row.key] = n }
            }
        }
        return Result(ids: ids, total: candidates.count, facetCounts: facetCounts, bytesBeforeResults: before, fetched: fetched)
    }

    private func facetRows(_ facet: SearchFacet) -> [(key: String, ids: [Int])] {
        (json("facets/\(facet.rawValue).json") as? [[Any]] ?? []).compactMap { row in
            guard row.count >= 4, let key = row[0] as? String, let code = row[3] as? String else { return nil }
            return (key, PostingCode.decode(code, gaps: true, weighted: false).map(\.0))
        }
    }

    /// The query's terms, without repetition, and whether the last one is a word being typed (the text does not end
    /// with a space and its last word has three characters or more), to be completed.
    static func queryTerms(_ text: String) -> ([String], Bool) {
        var terms: [String] = []
        var lastWord = ""
        for word in TextAnalyzer.words(text) where !TextAnalyzer.stopWords.contains(word) {
            lastWord = word
            let term = TextAnalyzer.stem(word)
            terms.removeAll { $0 == term }
            terms.append(term)
        }
        let typing = !(text.last?.isWhitespace ?? true) && lastWord.count >= 3
            && TextAnalyzer.words(text).last == lastWord
        return (terms, typing)
    }

    /// The shard of a term: the one with the longest prefix the term starts with.
    static func shard(for term: String, _ prefixes: [String]) -> Int? {
        var best: Int?
        for (index, prefix) in prefixes.enumerated() where term.hasPrefix(prefix) {
            if best.map({ prefixes[$0].count < prefix.count }) ?? true { best = index }
        }
        return best
    }

    /// Shards whose prefix is longer than the term and starts with it (at most eight).
    static func completionShards(for term: String, _ prefixes: [String]) -> [Int] {
        Array(prefixes.indices.filter { prefixes[$0].count > term.count && prefixes[$0].hasPrefix(term) }.prefix(8))
    }
}
