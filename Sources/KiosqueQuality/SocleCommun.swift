import KiosqueModel
import KiosqueSearch

/// The Socle commun des données locales (SCDL, OpenDataFrance): the datasets a commune is expected to publish, each
/// with its national schema on schema.data.gouv.fr. A dataset publishes one when its descriptor or one of its
/// resources declares that schema (`schema: https://schema.data.gouv.fr/schemas/scdl/subventions/2.1.1/schema.json`).
public enum SocleCommun {
    public struct Item: Sendable, Equatable {
        /// Its name in the schema catalogue (`deliberations`), also the translation key of its label.
        public let id: String
        /// Schemas that publish it, as `<publisher>/<name>` path segments.
        public let schemas: [String]
        /// Folded words that suggest a dataset is about it, for datasets that declare no schema.
        public let hints: [String]

        /// The schema's documentation page.
        public var schemaURL: String { "https://schema.data.gouv.fr/\(schemas[0])/latest.html" }
    }

    /// In the order OpenDataFrance lists them.
    public static let items: [Item] = [
        Item(id: "deliberations", schemas: ["scdl/deliberations"], hints: ["deliberation"]),
        Item(id: "subventions", schemas: ["scdl/subventions"], hints: ["subvention"]),
        Item(id: "marches-publics", schemas: ["scdl/marches-publics", "139bercy/format-commande-publique"],
             hints: ["marche public", "marches public", "commande publique", "decp"]),
        Item(id: "budget", schemas: ["scdl/budget"], hints: ["budget"]),
        Item(id: "equipements", schemas: ["scdl/equipements"], hints: ["equipement"]),
        Item(id: "catalogue", schemas: ["scdl/catalogue"], hints: ["catalogue de donnees"]),
        Item(id: "prenoms", schemas: ["scdl/prenoms"], hints: ["prenom"]),
        Item(id: "menus-collectifs", schemas: ["scdl/menus-collectifs"], hints: ["menu"]),
        Item(id: "plats-menus-collectifs", schemas: ["scdl/plats-menus-collectifs"], hints: ["plats des menus", "composition des plats"]),
        Item(id: "adresses", schemas: ["scdl/adresses"], hints: ["adresse locale", "base adresse"]),
    ]

    public struct Status: Sendable, Equatable {
        public let item: Item
        /// Datasets that declare one of its schemas, by id.
        public let datasetIDs: [String]
        /// Datasets that look like it but declare no schema of it: declaring it would make them count.
        public let candidateIDs: [String]
        public var isPublished: Bool { !datasetIDs.isEmpty }
    }

    public static func status(_ catalog: Catalog) -> [Status] {
        // What each dataset declares and the words it is named with, read once for all the items.
        // Byte comparisons: `String.contains` goes through Foundation's locale-aware search, which dominated the
        // page on large catalogues.
        let facts = catalog.datasets.map { dataset in
            (id: dataset.id, declared: ([dataset.schema] + dataset.distributions.map(\.schema)).compactMap { $0 }.map(segments),
             words: Array(words(dataset).utf8))
        }
        return items.map { item in
            var published: [String] = []
            var candidates: [String] = []
            let wanted = item.schemas.map { $0.lowercased().split(separator: "/").map(String.init) }
            let hints = item.hints.map { Array((" " + $0).utf8) }
            for dataset in facts {
                if dataset.declared.contains(where: { declared in wanted.contains { matches(declared, $0) } }) {
                    published.append(dataset.id)
                } else if hints.contains(where: { contains(dataset.words, $0) }) {
                    candidates.append(dataset.id)
                }
            }
            return Status(item: item, datasetIDs: published, candidateIDs: candidates)
        }
    }

    /// True when `needle` occurs in `haystack` (Foundation's generic `firstRange(of:)` took 1.4 % of a build).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// True when the schema reference has the consecutive path segments `<publisher>/<name>`, as the URLs of
    /// schema.data.gouv.fr (`/schemas/scdl/budget/0.8.3/schema.json`, `/scdl/budget/latest.html`) and of the
    /// schemas' repositories do.
    public static func matches(_ reference: String, _ schema: String) -> Bool {
        matches(segments(reference), schema.lowercased().split(separator: "/").map(String.init))
    }

    /// The path segments of a schema reference, lower-cased, without its query.
    static func segments(_ reference: String) -> [String] {
        let withoutQuery = reference.lowercased().split(separator: "?").first.map(String.init) ?? ""
        return withoutQuery.split(separator: "/").map(String.init)
    }

    static func matches(_ segments: [String], _ wanted: [String]) -> Bool {
        guard wanted.count == 2, segments.count >= 2 else { return false }
        for index in 0..<(segments.count - 1) where segments[index] == wanted[0] && segments[index + 1] == wanted[1] { return true }
        return false
    }

    /// The words of a dataset's title, id and keywords, between spaces: a hint matches the start of a word.
    private static func words(_ dataset: Dataset) -> String {
        let words = TextAnalyzer.words(([dataset.title, dataset.id] + dataset.keywords).joined(separator: " "))
        return " " + words.joined(separator: " ") + " "
    }
}
