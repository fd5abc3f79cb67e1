import KiosqueModel

/// Builds the catalogue's DCAT-AP 3.0.1 graph from the frozen catalog, once; the writers then print it as
/// JSON-LD, Turtle and RDF/XML. Every node is typed, every controlled term described in the graph itself.
struct DCATBuilder {
    let catalog: Catalog
    let site: SiteAddress
    let vocabulary: ControlledVocabulary
    var graph = RDFGraph()

    init(catalog: Catalog, site: SiteAddress) {
        self.catalog = catalog
        self.site = site
        self.vocabulary = ControlledVocabulary(language: catalog.portal.language)
    }

    var language: String { catalog.portal.language.rawValue }

    /// The graph of the catalogue with the given datasets (all of them, or one page).
    static func graph(_ catalog: Catalog, site: SiteAddress, datasets: [Dataset]) -> RDFGraph {
        var builder = DCATBuilder(catalog: catalog, site: site)
        builder.addCatalog(datasets: datasets)
        for dataset in datasets { builder.addDataset(dataset) }
        return builder.graph
    }

    /// The first issue and the last change of the whole catalogue, which every page states.
    struct Span: Sendable {
        let issued: DateStamp?
        let modified: DateStamp?

        init(_ catalog: Catalog) {
            issued = catalog.datasets.compactMap(\.issued).min()
            modified = catalog.datasets.compactMap(\.modified).max()
        }
    }

    /// The `dcat:Catalog` node with its mandatory and recommended properties; `span` when it is known already.
    mutating func addCatalog(datasets: [Dataset], span: Span? = nil) {
        let span = span ?? Span(catalog)
        let portal = catalog.portal
        let node = RDFTerm.iri(site.catalogNode)
        type(node, Vocabulary.dcat("Catalog"))
        graph.add(node, Vocabulary.dct("title"), .text(portal.title, language))
        graph.add(node, Vocabulary.dct("description"), .text(portal.description ?? portal.title, language))
        graph.add(node, Vocabulary.dct("publisher"), portalPublisher())
        graph.add(node, Vocabulary.foaf("homepage"), document(site.base))
        graph.add(node, Vocabulary.dct("language"), vocabulary.add(vocabulary.metadataLanguage, to: &graph))
        graph.add(node, Vocabulary.dcat("themeTaxonomy"), scheme(ControlledVocabulary.dataThemes))
        if let issued = span.issued { graph.add(node, Vocabulary.dct("issued"), date(issued)) }
        if let modified = span.modified { graph.add(node, Vocabulary.dct("modified"), date(modified)) }
        for dataset in datasets { graph.add(node, Vocabulary.dcat("dataset"), .iri(site.datasetNode(dataset.id))) }
    }

    /// The catalogue's publisher: the portal's `publisher` organization, else an agent named after the portal.
    mutating func portalPublisher() -> RDFTerm {
        if let id = catalog.portal.publisherID, let organization = catalog.organization(id) { return agent(organization) }
        let node = RDFTerm.iri(site.portalPublisherNode)
        type(node, Vocabulary.foaf("Agent"))
        graph.add(node, Vocabulary.foaf("name"), .plain(catalog.portal.title))
        if let email = catalog.portal.contact?.email { graph.add(node, Vocabulary.foaf("mbox"), .resource("mailto:" + email)) }
        return node
    }

    /// An organization as a `foaf:Agent` with its ADMS publisher type.
    mutating func agent(_ organization: Organization) -> RDFTerm {
        let node = RDFTerm.iri(site.organizationNode(organization.id))
        type(node, Vocabulary.foaf("Agent"))
        graph.add(node, Vocabulary.foaf("name"), .plain(organization.name))
        if let concept = organization.kind.flatMap(vocabulary.publisherType) {
            graph.add(node, Vocabulary.dct("type"), vocabulary.add(concept, to: &graph))
        }
        if let url = organization.url { graph.add(node, Vocabulary.foaf("homepage"), document(url)) }
        if let email = organization.email { graph.add(node, Vocabulary.foaf("mbox"), .resource("mailto:" + email)) }
        return node
    }

    /// A web page, typed `foaf:Document`.
    mutating func document(_ address: String) -> RDFTerm {
        let node = RDFTerm.resource(address)
        type(node, Vocabulary.foaf("Document"))
        return node
    }

    /// A concept scheme, typed and titled.
    mutating func scheme(_ scheme: ControlledVocabulary.Scheme) -> RDFTerm {
        let node = RDFTerm.iri(scheme.iri)
        type(node, Vocabulary.skos("ConceptScheme"))
        let title = catalog.portal.language.pick(scheme.title.fr, scheme.title.en)
        graph.add(node, Vocabulary.dct("title"), .text(title, language))
        return node
    }

    mutating func type(_ node: RDFTerm, _ type: String) {
        graph.add(node, Vocabulary.rdf("type"), .iri(type))
    }

    /// `xsd:date` for a day, `xsd:dateTime` for an instant.
    func date(_ stamp: DateStamp) -> RDFTerm {
        .typed(stamp.iso8601, Vocabulary.xsd(stamp.hasTime ? "dateTime" : "date"))
    }
}
