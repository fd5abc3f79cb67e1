import KiosqueDigest
import KiosqueMarkdown
import KiosqueModel

/// A dataset as the search shows it and as it is indexed.
public struct SearchDocument: Sendable, Equatable {
    public let id: String
    public let title: String
    public let summary: String
    public let organization: String
    /// `YYYY-MM-DD`, empty when unknown.
    public let modified: String
    public let formats: [String]
    /// Weighted terms: term → weight (1…63).
    let weights: [String: Int]

    /// Weights of each field per occurrence of a term, and the most one field gives a term.
    static let fields: (title: (Int, Int), keywords: (Int, Int), labels: (Int, Int), files: (Int, Int), columns: (Int, Int),
                        description: (Int, Int)) = ((8, 16), (5, 10), (3, 3), (2, 4), (1, 1), (1, 3))

    init(_ dataset: Dataset, catalog: Catalog, summaryLength: Int) {
        id = dataset.id
        title = dataset.title
        let plain = Markdown.plainText(dataset.description, limit: 1500)
        summary = plain.count > summaryLength ? Markdown.plainText(dataset.description, limit: summaryLength) : plain
        organization = catalog.organization(dataset.organizationID)?.name ?? dataset.organizationID
        modified = dataset.modified?.isoDate ?? ""
        var formats: [String] = []
        for distribution in dataset.distributions where !formats.contains(distribution.format) { formats.append(distribution.format) }
        self.formats = formats

        var weights: [String: Int] = [:]
        func add(_ texts: [String], _ field: (Int, Int)) {
            var counts: [String: Int] = [:]
            for text in texts { for term in TextAnalyzer.terms(text) { counts[term, default: 0] += 1 } }
            for (term, count) in counts { weights[term, default: 0] += min(count * field.0, field.1) }
        }
        let fields = Self.fields
        add([dataset.title], fields.title)
        add(dataset.keywords, fields.keywords)
        add([organization] + dataset.themeIDs.compactMap { catalog.theme($0)?.label }, fields.labels)
        add(dataset.distributions.flatMap { [$0.title, $0.fileName ?? ""] }, fields.files)
        add(dataset.distributions.flatMap { $0.table?.header ?? [] }, fields.columns)
        add([plain], fields.description)
        self.weights = weights.mapValues { min($0, PostingCode.maximumWeight) }
    }

    private init(id: String, title: String, summary: String, organization: String, modified: String, formats: [String],
                 weights: [String: Int]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.organization = organization
        self.modified = modified
        self.formats = formats
        self.weights = weights
    }

    /// The document in the build cache's binary form (weights by term, in term order).
    public func write(_ w: inout ByteWriter) {
        w.string(id)
        w.string(title)
        w.string(summary)
        w.string(organization)
        w.string(modified)
        w.strings(formats)
        w.array(weights.sorted { $0.key < $1.key }) { w, entry in
            w.string(entry.key)
            w.int(entry.value)
        }
    }

    public static func read(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> SearchDocument {
        let id = try r.string(), title = try r.string(), summary = try r.string(), organization = try r.string()
        let modified = try r.string(), formats = try r.strings()
        let weights = try r.array { r throws(ByteReader.Corrupt) in (try r.string(), try r.int()) }
        return SearchDocument(id: id, title: title, summary: summary, organization: organization, modified: modified, formats: formats,
                              weights: Dictionary(weights, uniquingKeysWith: { first, _ in first }))
    }

    /// What a document is made of besides its dataset: the organization's name and the themes' labels.
    static func inputs(_ dataset: Dataset, catalog: Catalog, summaryLength: Int) -> [String] {
        ["search-document-1", String(summaryLength), catalog.organization(dataset.organizationID)?.name ?? ""]
            + dataset.themeIDs.map { catalog.theme($0)?.label ?? "" }
    }

    /// The record a document shard holds: `[id, title, summary, organization, modified, formats]`.
    var record: JSONValue {
        .array([.string(id), .string(title), .string(summary), .string(organization), .string(modified),
                .array(formats.map(JSONValue.string))])
    }
}
