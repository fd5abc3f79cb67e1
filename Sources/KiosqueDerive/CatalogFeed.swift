import KiosqueModel

/// The DCAT-AP catalogue files: `catalog.jsonld`, `catalog.ttl`, `catalog.rdf` (one graph, three syntaxes) and
/// `datasets/<id>/dataset.jsonld` (each dataset's part of the graph). A catalogue larger than a page is split into Hydra pages: `catalog.<ext>` is
/// the first, `catalog-page-<n>.<ext>` the next ones; each repeats the catalogue's mandatory properties and
/// links to the next page in its own syntax, the last one without `hydra:next`.
public enum CatalogFeed {
    /// Datasets per page: harvesters read pages of about this size.
    public static let defaultPageSize = 1000

    /// The three syntaxes.
    public enum Syntax: String, Sendable, CaseIterable {
        case jsonld, turtle = "ttl", rdfxml = "rdf"

        public var fileExtension: String { rawValue }

        public func write(_ graph: RDFGraph) -> String {
            switch self {
            case .jsonld: JSONLDWriter.write(graph)
            case .turtle: TurtleWriter.write(graph)
            case .rdfxml: RDFXMLWriter.write(graph)
            }
        }
    }

    /// Every catalogue file; none when the portal has no `base_url` (feeds need absolute addresses).
    public static func artifacts(_ catalog: Catalog, pageSize: Int = defaultPageSize) -> [Artifact] {
        (0..<pageCount(catalog, pageSize: pageSize)).flatMap { artifacts(catalog, page: $0, pageSize: pageSize) }
    }

    /// How many pages the catalogue has; 0 when the portal has no `base_url`.
    public static func pageCount(_ catalog: Catalog, pageSize: Int = defaultPageSize) -> Int {
        guard SiteAddress(catalog.portal) != nil else { return 0 }
        return max(1, (catalog.datasets.count + max(1, pageSize) - 1) / max(1, pageSize))
    }

    /// The files of one page (from 0): the page in the three syntaxes (unless `pageFiles` is false) and the
    /// `dataset.jsonld` of its datasets that `datasetFiles` accepts. Pages are independent of each other, so they can
    /// be made in parallel.
    public static func artifacts(_ catalog: Catalog, page index: Int, pageSize: Int = defaultPageSize,
                                 pageFiles: Bool = true, datasetFiles: (Dataset) -> Bool = { _ in true }) -> [Artifact] {
        artifacts(catalog, page: index, pageSize: pageSize, pageFiles: pageFiles, datasetFiles: datasetFiles, span: DCATBuilder.Span(catalog))
    }

    /// The same, with the catalogue's dates found once for every page.
    static func artifacts(_ catalog: Catalog, page index: Int, pageSize: Int, pageFiles: Bool, datasetFiles: (Dataset) -> Bool,
                          span: DCATBuilder.Span, subjects: CatalogPage.SubjectStore? = nil) -> [Artifact] {
        guard let site = SiteAddress(catalog.portal) else { return [] }
        let size = max(1, pageSize)
        let count = pageCount(catalog, pageSize: size)
        let start = index * size
        let datasets = Array(catalog.datasets[min(start, catalog.datasets.count)..<min(start + size, catalog.datasets.count)])
        return CatalogPage(catalog: catalog, site: site, index: index, count: count, datasets: datasets, span: span, stored: subjects)
            .artifacts(pageFiles: pageFiles, datasetFiles: datasetFiles)
    }

    /// `catalog.jsonld` for the first page, `catalog-page-2.jsonld` for the second…
    public static func path(page index: Int, _ syntax: Syntax) -> String {
        (index == 0 ? "catalog" : "catalog-page-\(index + 1)") + "." + syntax.fileExtension
    }

    /// The Hydra view of one page: the catalogue as a `hydra:Collection`, the page as a `hydra:PartialCollectionView`.
    static func addPaging(to graph: inout RDFGraph, index: Int, count: Int, total: Int, _ syntax: Syntax, _ site: SiteAddress) {
        let type = Vocabulary.rdf("type")
        let catalogNode = RDFTerm.iri(site.catalogNode)
        let view = RDFTerm.iri(site.page(path(page: index, syntax)))
        func page(_ number: Int) -> RDFTerm { .iri(site.page(path(page: number, syntax))) }
        graph.add(catalogNode, type, .iri(Vocabulary.hydra("Collection")))
        graph.add(catalogNode, Vocabulary.hydra("totalItems"), .typed(String(total), Vocabulary.xsd("integer")))
        graph.add(catalogNode, Vocabulary.hydra("view"), view)
        graph.add(view, type, .iri(Vocabulary.hydra("PartialCollectionView")))
        graph.add(view, Vocabulary.hydra("first"), page(0))
        graph.add(view, Vocabulary.hydra("last"), page(count - 1))
        if index > 0 { graph.add(view, Vocabulary.hydra("previous"), page(index - 1)) }
        if index < count - 1 { graph.add(view, Vocabulary.hydra("next"), page(index + 1)) }
    }
}
