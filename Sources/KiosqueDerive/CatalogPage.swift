import KiosqueDigest
import KiosqueModel

/// One page of the catalogue and the `dataset.jsonld` of its datasets, made from each dataset's graph built once, each
/// subject printed once per syntax and shared by the page and the datasets' own files.
///
/// The writers print a graph subject by subject, in first-seen order, each with all its statements. A page's graph is
/// the catalogue part (`addCatalog`), then each dataset's statements in turn (those already there dropped), then the
/// Hydra paging, which only speaks of the catalogue node and of a new view node. So the page prints the subjects of
/// the catalogue part, then those of each dataset not met before, then the view, provided that a subject met again
/// states exactly what it stated when first met (the publisher, the licences, the concepts that datasets share): then
/// the first text printed for it stands for every later meeting. When one does not (two licences under one IRI with
/// different titles…), the page is printed from its whole graph, as `CatalogFeed.Syntax.write` does.
struct CatalogPage {
    let catalog: Catalog
    let site: SiteAddress
    /// The page's number, from 0, and how many pages the catalogue has.
    let index: Int
    let count: Int
    let datasets: [Dataset]
    let span: DCATBuilder.Span
    /// Where each dataset's subjects, printed in the three syntaxes, are kept between builds (`StoredSubjects`).
    var stored: SubjectStore?

    /// The key of a dataset's subjects (nil: not kept) and the store holding them.
    struct SubjectStore {
        let key: (Dataset) -> ContentHash?
        let store: any FragmentStore
    }

    /// The page in the three syntaxes (unless `pageFiles` is false), after the `dataset.jsonld` of the datasets that
    /// `datasetFiles` accepts.
    func artifacts(pageFiles: Bool, datasetFiles: (Dataset) -> Bool) -> [Artifact] {
        var subjects = SubjectTable()
        var catalogPart: RDFGraph?
        var catalogSubjects = 0
        if pageFiles {
            var builder = DCATBuilder(catalog: catalog, site: site)
            builder.addCatalog(datasets: datasets, span: span)
            for description in builder.graph.descriptions { _ = subjects.meet(description) }
            // Statements about the catalogue node or a view node change what the paging prints: never shared.
            subjects.reserve(.iri(site.catalogNode))
            for syntax in CatalogFeed.Syntax.allCases { subjects.reserve(.iri(site.page(CatalogFeed.path(page: index, syntax)))) }
            catalogPart = builder.graph
            catalogSubjects = builder.graph.descriptions.count
        }
        var shared = pageFiles
        var datasetSubjects: [Int] = []
        var artifacts: [Artifact] = []
        // The datasets whose subjects are to be kept once printed: key and table entries.
        var toStore: [(ContentHash, [(entry: Int, first: Bool)])] = []
        datasets: for dataset in datasets {
            let wanted = datasetFiles(dataset)
            guard shared || wanted else { continue }
            let key = pageFiles ? stored?.key(dataset) : nil
            // The subjects an earlier build printed for this dataset, met as if built again; those kept without their
            // texts (met before on that page) must have been met before on this one too, else the dataset is built.
            if !wanted, let key, let kept = stored?.store.fragment(key).flatMap(StoredSubjects.init),
               kept.subjects.allSatisfy({ $0.texts != nil || subjects.knows($0.subject) }) {
                for subject in kept.subjects {
                    switch subjects.meet(subject) {
                    case let .new(entry): datasetSubjects.append(entry)
                    case .same: break
                    case .different:
                        shared = false
                        continue datasets
                    }
                }
                continue
            }
            var builder = DCATBuilder(catalog: catalog, site: site)
            builder.addDataset(dataset)
            let descriptions = builder.graph.descriptions
            // The table's entry for each description, nil for one that states something else than its first meeting.
            var entries: [Int?] = []
            entries.reserveCapacity(descriptions.count)
            // Each entry, and whether this dataset is the first to state it (then its texts are kept).
            var own: [(entry: Int, first: Bool)] = []
            for description in descriptions {
                switch subjects.meet(description) {
                case let .new(entry):
                    datasetSubjects.append(entry)
                    entries.append(entry)
                    own.append((entry, true))
                case let .same(entry):
                    entries.append(entry)
                    own.append((entry, false))
                case .different:
                    shared = false
                    entries.append(nil)
                }
            }
            if let key, shared { toStore.append((key, own)) }
            guard wanted else { continue }
            let nodes = builder.graph.reachableDescriptions(from: .iri(site.datasetNode(dataset.id))).map { position in
                entries[position].map { subjects.text($0, .jsonld) } ?? JSONLDWriter.nodeText(descriptions[position])
            }
            let path = "datasets/\(dataset.id)/dataset.jsonld"
            let body = nodes.isEmpty ? Array(JSONLDWriter.write(RDFGraph()).utf8) : CatalogFeed.Syntax.jsonld.document(nodes)
            artifacts.append(Artifact(path: path, body: .bytes(body)))
        }
        guard let catalogPart else { return artifacts }
        for syntax in CatalogFeed.Syntax.allCases {
            var graph = catalogPart
            if count > 1 {
                CatalogFeed.addPaging(to: &graph, index: index, count: count, total: catalog.datasets.count, syntax, site)
            }
            let body: [UInt8]
            if shared {
                // The catalogue part (its node now with the paging), the datasets' subjects, the view.
                let descriptions = graph.descriptions
                var parts = descriptions[..<catalogSubjects].map(syntax.text)
                parts.reserveCapacity(descriptions.count + datasetSubjects.count)
                for entry in datasetSubjects { parts.append(subjects.text(entry, syntax)) }
                parts += descriptions[catalogSubjects...].map(syntax.text)
                body = syntax.document(parts)
            } else {
                var whole = DCATBuilder.graph(catalog, site: site, datasets: datasets)
                if count > 1 { CatalogFeed.addPaging(to: &whole, index: index, count: count, total: catalog.datasets.count, syntax, site) }
                body = Array(syntax.write(whole).utf8)
            }
            artifacts.append(Artifact(path: CatalogFeed.path(page: index, syntax), body: .bytes(body)))
        }
        // Printed in every syntax now (the page was shared): kept for the next build.
        if shared, let store = stored?.store {
            for (key, entries) in toStore {
                store.store(fragment: StoredSubjects(entries.map { subjects.stored($0.entry, texts: $0.first) }).serialized(), key: key)
            }
        }
        return artifacts
    }
}

/// A dataset's subjects as a page prints them, kept between builds: each subject, a fingerprint of what it states
/// (equal fingerprints: equal statements) and its text in the three syntaxes.
struct StoredSubjects {
    struct Subject {
        let subject: RDFTerm
        let fingerprint: ContentHash
        /// In the order of `CatalogFeed.Syntax.allCases`; nil for a subject that an earlier dataset of its page stated.
        let texts: [String]?
    }

    let subjects: [Subject]

    init(_ subjects: [Subject]) { self.subjects = subjects }

    init?(_ bytes: [UInt8]) {
        var r = ByteReader(bytes)
        do throws(ByteReader.Corrupt) {
            subjects = try r.array { r throws(ByteReader.Corrupt) in
                let term: RDFTerm = switch try r.byte() {
                case 0: .iri(try r.string())
                case 1: .blank(try r.string())
                case 2: .literal(try r.string(), datatype: try r.optionalString(), language: try r.optionalString())
                default: throw ByteReader.Corrupt()
                }
                let fingerprint = try r.hash()
                let texts = try r.optional { r throws(ByteReader.Corrupt) in try r.strings() }
                guard texts.map({ $0.count == CatalogFeed.Syntax.allCases.count }) ?? true else { throw ByteReader.Corrupt() }
                return Subject(subject: term, fingerprint: fingerprint, texts: texts)
            }
            guard r.isAtEnd else { return nil }
        } catch {
            return nil
        }
    }

    func serialized() -> [UInt8] {
        var w = ByteWriter(capacity: 4096)
        w.array(subjects) { w, subject in
            switch subject.subject {
            case let .iri(value):
                w.bytes.append(0)
                w.string(value)
            case let .blank(value):
                w.bytes.append(1)
                w.string(value)
            case let .literal(value, datatype, language):
                w.bytes.append(2)
                w.string(value)
                w.optionalString(datatype)
                w.optionalString(language)
            }
            w.hash(subject.fingerprint)
            w.optional(subject.texts) { $0.strings($1) }
        }
        return w.bytes
    }

    /// What a description states, as a hash: equal for two descriptions exactly when `states(sameAs:)`.
    static func fingerprint(_ description: RDFGraph.Description) -> ContentHash {
        var hasher = ContentHasher()
        func add(_ term: RDFTerm) {
            switch term {
            case let .iri(value):
                hasher.update(0)
                hasher.update(value)
            case let .blank(value):
                hasher.update(1)
                hasher.update(value)
            case let .literal(value, datatype, language):
                hasher.update(2)
                hasher.update(value)
                hasher.update(datatype.map { "+" + $0 } ?? "-")
                hasher.update(language.map { "+" + $0 } ?? "-")
            }
        }
        add(description.subject)
        hasher.update(description.properties.count)
        for property in description.properties {
            hasher.update(property.predicate)
            hasher.update(property.objects.count)
            property.objects.forEach(add)
        }
        return hasher.finish()
    }
}

/// The subjects met while making a page, each with what it states when first met and its text in each syntax once
/// printed.
private struct SubjectTable {
    enum Meeting {
        /// First met: a new entry.
        case new(Int)
        /// Met before, stating the same.
        case same(Int)
        /// Met before stating something else, or reserved.
        case different
    }

    private var entries: [RDFTerm: Int] = [:]
    private var subjects: [RDFTerm] = []
    /// What each entry states: the description, or (for a subject kept from an earlier build) its fingerprint only.
    private var descriptions: [RDFGraph.Description?] = []
    private var fingerprints: [ContentHash?] = []
    private var texts: [[String?]] = Array(repeating: [], count: CatalogFeed.Syntax.allCases.count)
    private static let reserved = -1

    mutating func meet(_ description: RDFGraph.Description) -> Meeting {
        if let entry = entries[description.subject] {
            guard entry != Self.reserved else { return .different }
            let same = if let known = descriptions[entry] {
                known.states(sameAs: description)
            } else {
                fingerprints[entry] == StoredSubjects.fingerprint(description)
            }
            return same ? .same(entry) : .different
        }
        let entry = descriptions.count
        entries[description.subject] = entry
        subjects.append(description.subject)
        descriptions.append(description)
        fingerprints.append(nil)
        for syntax in texts.indices { texts[syntax].append(nil) }
        return .new(entry)
    }

    /// True when a subject was met (or reserved).
    func knows(_ subject: RDFTerm) -> Bool { entries[subject] != nil }

    /// Meets a subject kept from an earlier build, as `meet` meets its description; one kept without its texts must
    /// be known (`knows`).
    mutating func meet(_ subject: StoredSubjects.Subject) -> Meeting {
        if let entry = entries[subject.subject] {
            guard entry != Self.reserved else { return .different }
            return fingerprint(entry) == subject.fingerprint ? .same(entry) : .different
        }
        guard let kept = subject.texts else { return .different }
        let entry = descriptions.count
        entries[subject.subject] = entry
        subjects.append(subject.subject)
        descriptions.append(nil)
        fingerprints.append(subject.fingerprint)
        for syntax in texts.indices { texts[syntax].append(kept[syntax]) }
        return .new(entry)
    }

    /// A subject that no dataset may state anything of.
    mutating func reserve(_ subject: RDFTerm) { entries[subject] = Self.reserved }

    mutating func fingerprint(_ entry: Int) -> ContentHash {
        if let known = fingerprints[entry] { return known }
        let made = StoredSubjects.fingerprint(descriptions[entry]!)
        fingerprints[entry] = made
        return made
    }

    mutating func text(_ entry: Int, _ syntax: CatalogFeed.Syntax) -> String {
        let column = syntax.position
        if let text = texts[column][entry] { return text }
        // An entry without its description was kept with all its texts.
        let text = syntax.text(descriptions[entry]!)
        texts[column][entry] = text
        return text
    }

    /// An entry as it is kept for the next build.
    mutating func stored(_ entry: Int, texts: Bool) -> StoredSubjects.Subject {
        StoredSubjects.Subject(subject: subjects[entry], fingerprint: fingerprint(entry),
                               texts: texts ? CatalogFeed.Syntax.allCases.map { text(entry, $0) } : nil)
    }
}

extension CatalogFeed.Syntax {
    var position: Int {
        switch self {
        case .jsonld: 0
        case .turtle: 1
        case .rdfxml: 2
        }
    }

    /// One subject as this syntax prints it.
    func text(_ description: RDFGraph.Description) -> String {
        switch self {
        case .jsonld: JSONLDWriter.nodeText(description)
        case .turtle: TurtleWriter.block(description)
        case .rdfxml: RDFXMLWriter.block(description)
        }
    }

    /// A whole document from the texts of its subjects (at least one), in the graph's order: what `write` prints.
    func document(_ parts: [String]) -> [UInt8] {
        let (before, separator, after): (String, String, String) = switch self {
        case .jsonld: (JSONLDWriter.frame.before, JSONLDWriter.separator, JSONLDWriter.frame.after)
        case .turtle: (TurtleWriter.header, "", "")
        case .rdfxml: (RDFXMLWriter.header, "", RDFXMLWriter.footer)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(before.utf8.count + after.utf8.count + parts.reduce(0) { $0 + $1.utf8.count + separator.utf8.count })
        bytes.append(contentsOf: before.utf8)
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(contentsOf: separator.utf8) }
            bytes.append(contentsOf: part.utf8)
        }
        bytes.append(contentsOf: after.utf8)
        return bytes
    }
}
