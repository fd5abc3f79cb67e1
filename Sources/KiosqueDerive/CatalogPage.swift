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
        for dataset in datasets {
            let wanted = datasetFiles(dataset)
            guard shared || wanted else { continue }
            var builder = DCATBuilder(catalog: catalog, site: site)
            builder.addDataset(dataset)
            let descriptions = builder.graph.descriptions
            // The table's entry for each description, nil for one that states something else than its first meeting.
            var entries: [Int?] = []
            entries.reserveCapacity(descriptions.count)
            for description in descriptions {
                switch subjects.meet(description) {
                case let .new(entry):
                    datasetSubjects.append(entry)
                    entries.append(entry)
                case let .same(entry): entries.append(entry)
                case .different:
                    shared = false
                    entries.append(nil)
                }
            }
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
        return artifacts
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
    private var descriptions: [RDFGraph.Description] = []
    private var texts: [[String?]] = Array(repeating: [], count: CatalogFeed.Syntax.allCases.count)
    private static let reserved = -1

    mutating func meet(_ description: RDFGraph.Description) -> Meeting {
        if let entry = entries[description.subject] {
            return entry != Self.reserved && descriptions[entry].states(sameAs: description) ? .same(entry) : .different
        }
        let entry = descriptions.count
        entries[description.subject] = entry
        descriptions.append(description)
        for syntax in texts.indices { texts[syntax].append(nil) }
        return .new(entry)
    }

    /// A subject that no dataset may state anything of.
    mutating func reserve(_ subject: RDFTerm) { entries[subject] = Self.reserved }

    mutating func text(_ entry: Int, _ syntax: CatalogFeed.Syntax) -> String {
        let column = syntax.position
        if let text = texts[column][entry] { return text }
        let text = syntax.text(descriptions[entry])
        texts[column][entry] = text
        return text
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
