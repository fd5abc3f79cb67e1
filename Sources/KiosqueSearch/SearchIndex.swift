import Foundation
import KiosqueDigest
import KiosqueModel

/// The prebuilt search index of `datasets/index.html`, a pure function of the catalog, split so that the browser
/// fetches only what a query needs:
///
/// ```
/// search/meta.json            counts, the term shards' prefixes, the most used facet values, paging
/// search/terms/<n>.json       {term: postings} for the terms starting with the n-th prefix
/// search/docs/<n>.json        the records of documents n×docShard …, as cards show them
/// search/facets/<facet>.json  [[key, label, count, documents]] for counting (after the first results)
/// search/facets/<facet>/<n>.json  {key: documents} for the values whose key hashes to n, for filtering
/// search/order/title.json     documents in title order (for sorting by title)
/// ```
///
/// Documents are numbered from the most recently updated, so that sorting by date is their order. Terms come from
/// `TextAnalyzer`; a posting weighs a term in a document by field (title, keywords, organization and themes, file
/// names, column names, description). A term shard holds the terms of one prefix and is split on a longer prefix
/// when it grows past `termShardBytes`.
public struct SearchIndex: Sendable {
    public struct Options: Sendable {
        public var termShardBytes = 16_000
        public var docShardSize = 10
        public var pageSize = 20
        /// Values of each facet listed in `meta.json` (every value is in the facet's file).
        public var topFacetValues = 30
        public var summaryLength = 160
        /// Prefixes are never longer than this: a shard of one very common term may be larger than the budget.
        public var maximumPrefixLength = 6
        /// A facet's values are split into as many filtering shards as this many bytes go into its file.
        public var facetShardBytes = 16_000
        public init() {}
    }

    public let options: Options
    /// In document-number order.
    public let documents: [SearchDocument]
    /// Term → (document, weight), by document.
    public let postings: [String: [(document: Int, weight: Int)]]
    public let facets: [(facet: SearchFacet, values: [SearchFacet.Value])]

    /// Documents made by earlier builds, by the key of what they are made of (`documentKey`).
    public protocol DocumentCache: Sendable {
        func document(_ key: ContentHash) -> SearchDocument?
        func store(_ document: SearchDocument, key: ContentHash)
    }

    /// The key of a dataset's document: the key of the dataset's own inputs (its folder, context and dates) and
    /// what the document reads from the rest of the catalog.
    static func documentKey(_ dataset: Dataset, datasetKey: ContentHash, catalog: Catalog, summaryLength: Int) -> ContentHash {
        var hasher = ContentHasher()
        hasher.update(datasetKey)
        for input in SearchDocument.inputs(dataset, catalog: catalog, summaryLength: summaryLength) { hasher.update(input) }
        return hasher.finish()
    }

    /// With `cache` and the datasets' load keys, the documents of unchanged datasets are not made again.
    /// `facets`, when given, are `SearchFacet.allValues(in: catalog)`, already computed.
    public static func build(from catalog: Catalog, options: Options = Options(),
                             cache: (datasetKeys: [String: ContentHash], store: any DocumentCache)? = nil,
                             facets given: [(facet: SearchFacet, values: [SearchFacet.Value])]? = nil) -> SearchIndex {
        let ordered = catalog.datasets.sorted { a, b in
            let (x, y) = (a.modified?.epochSeconds ?? Int64.min, b.modified?.epochSeconds ?? Int64.min)
            return x != y ? x > y : a.id < b.id
        }
        // Each document is read on its own: on every core.
        let documents = [SearchDocument](unsafeUninitializedCapacity: ordered.count) { buffer, count in
            let base = SendablePointer(pointer: buffer.baseAddress)
            let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, ordered.count / 64))
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: ordered.count, by: workers) {
                    let dataset = ordered[index]
                    let key = cache.flatMap { cache in
                        cache.datasetKeys[dataset.id].map {
                            documentKey(dataset, datasetKey: $0, catalog: catalog, summaryLength: options.summaryLength)
                        }
                    }
                    if let key, let cached = cache?.store.document(key) {
                        (base.pointer! + index).initialize(to: cached)
                        continue
                    }
                    let document = SearchDocument(dataset, catalog: catalog, summaryLength: options.summaryLength)
                    if let key { cache?.store.store(document, key: key) }
                    (base.pointer! + index).initialize(to: document)
                }
            }
            count = ordered.count
        }
        var postings: [String: [(document: Int, weight: Int)]] = [:]
        for (number, document) in documents.enumerated() {
            for (term, weight) in document.weights { postings[term, default: []].append((number, weight)) }
        }
        let facets = given ?? SearchFacet.allValues(in: catalog)
        return SearchIndex(options: options, documents: documents, postings: postings, facets: facets)
    }

    /// The filtering shard of a facet value: FNV-1a (32 bits) over the key's UTF-16 code units, modulo the shard
    /// count; `kiosque-search.js` computes the same.
    public static func facetShard(_ key: String, count: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for unit in key.utf16 { hash = (hash ^ UInt32(unit)) &* 16_777_619 }
        return Int(hash % UInt32(max(1, count)))
    }

    /// The index's files, under `search/`.
    public func artifacts() -> [Artifact] {
        var artifacts: [Artifact] = []
        func write(_ path: String, _ value: JSONValue) {
            artifacts.append(Artifact(path: "search/" + path, body: .bytes(value.serializedBytes(pretty: false))))
        }
        let number = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.id, $0) })

        let encoded = postings.mapValues { PostingCode.encode(postings: $0) }
        let shards = termShards(encoded)
        for (index, shard) in shards.enumerated() {
            write("terms/\(index).json", .object(Dictionary(uniqueKeysWithValues: shard.terms.map {
                ($0, JSONValue.string(encoded[$0] ?? PostingCode.encode(postings: [])))
            })))
        }
        for start in stride(from: 0, to: documents.count, by: options.docShardSize) {
            let slice = documents[start..<min(start + options.docShardSize, documents.count)]
            write("docs/\(start / options.docShardSize).json", .array(slice.map(\.record)))
        }
        var metaFacets: [String: JSONValue] = [:]
        for (facet, values) in facets {
            let rows = values.map { value -> (JSONValue, [Int]) in
                let ids = value.datasetIDs.compactMap { number[$0] }.sorted()
                return (.array([.string(value.key), .string(value.label), .integer(ids.count)]), ids)
            }
            let codes = rows.map { PostingCode.encode(sorted: $0.1) }
            let file = JSONValue.array(zip(rows, codes).map { row, code in
                guard case let .array(items) = row.0 else { return row.0 }
                return .array(items + [.string(code)])
            }).serializedBytes(pretty: false)
            artifacts.append(Artifact(path: "search/facets/\(facet.rawValue).json", body: .bytes(file)))
            // Filtering by one value fetches only the shard of its key, not the whole file.
            let shardCount = max(1, (file.count + options.facetShardBytes - 1) / options.facetShardBytes)
            var shards = [[String: JSONValue]](repeating: [:], count: shardCount)
            for (value, code) in zip(values, codes) { shards[Self.facetShard(value.key, count: shardCount)][value.key] = .string(code) }
            for (index, shard) in shards.enumerated() { write("facets/\(facet.rawValue)/\(index).json", .object(shard)) }
            metaFacets[facet.rawValue] = ["values": .integer(values.count), "shards": .integer(shardCount),
                                          "top": .array(rows.prefix(options.topFacetValues).map(\.0))]
        }
        let folded = documents.map { TextAnalyzer.fold($0.title) }
        let byTitle = documents.indices.sorted { (folded[$0], documents[$0].id) < (folded[$1], documents[$1].id) }
        write("order/title.json", .string(PostingCode.encode(numbers: byTitle)))
        write("meta.json", [
            "version": 1,
            "count": .integer(documents.count),
            "pageSize": .integer(options.pageSize),
            "docShard": .integer(options.docShardSize),
            "terms": .array(shards.map { .string($0.prefix) }),
            "facetOrder": .array(SearchFacet.allCases.map { .string($0.rawValue) }),
            "facets": .object(metaFacets),
        ])
        return artifacts.sorted { $0.path < $1.path }
    }

    /// Terms grouped by prefix, each group's text within the budget unless one term alone exceeds it.
    /// `encoded`: each term's postings as `PostingCode` writes them.
    func termShards(_ encoded: [String: String]) -> [(prefix: String, terms: [String])] {
        let sized = encoded.map { term, code in
            (term, term.utf8.count + 6 + code.utf8.count)
        }.sorted { $0.0 < $1.0 }
        var shards: [(String, [String])] = []
        func split(_ terms: ArraySlice<(String, Int)>, depth: Int) {
            let total = terms.reduce(0) { $0 + $1.1 }
            let prefix = terms.first.map { Self.prefix($0.0, depth) } ?? ""
            if total <= options.termShardBytes || depth >= options.maximumPrefixLength || terms.count == 1 {
                shards.append((prefix, terms.map(\.0)))
                return
            }
            // Group by one more character; a term no longer than the prefix forms its own group.
            var start = terms.startIndex
            while start < terms.endIndex {
                let key = Self.prefix(terms[start].0, depth + 1)
                var end = start + 1
                while end < terms.endIndex, Self.prefix(terms[end].0, depth + 1) == key { end += 1 }
                split(terms[start..<end], depth: depth + 1)
                start = end
            }
        }
        // First level: one group per first character.
        var start = sized.startIndex
        while start < sized.endIndex {
            let key = Self.prefix(sized[start].0, 1)
            var end = start + 1
            while end < sized.endIndex, Self.prefix(sized[end].0, 1) == key { end += 1 }
            split(sized[start..<end], depth: 1)
            start = end
        }
        return shards.map { (prefix: $0.0, terms: $0.1) }
    }

    static func prefix(_ term: String, _ length: Int) -> String {
        // ASCII (most terms): the first bytes.
        let utf8 = term.utf8
        if utf8.count <= length, term.utf8.allSatisfy({ $0 < 0x80 }) { return term }
        if let end = utf8.index(utf8.startIndex, offsetBy: length, limitedBy: utf8.endIndex),
           utf8[..<end].allSatisfy({ $0 < 0x80 }) {
            return String(term[..<end])
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: term.unicodeScalars.prefix(length))
        return String(out)
    }
}

/// A pointer handed to the workers that fill distinct elements of one buffer.
struct SendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>?
}
