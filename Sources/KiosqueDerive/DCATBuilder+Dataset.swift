import KiosqueModel

extension DCATBuilder {
    /// A `dcat:Dataset` with the properties national portals read: identifier, landing page, keywords, themes,
    /// contact point, publisher, dates, temporal and spatial coverage, and its distributions.
    mutating func addDataset(_ dataset: Dataset) {
        let node = RDFTerm.iri(site.datasetNode(dataset.id))
        type(node, Vocabulary.dcat("Dataset"))
        graph.add(node, Vocabulary.dct("identifier"), .plain(dataset.id))
        graph.add(node, Vocabulary.dct("title"), .text(dataset.title, language))
        graph.add(node, Vocabulary.dct("description"), .text(dataset.description, language))
        if let organization = catalog.organization(dataset.organizationID) {
            graph.add(node, Vocabulary.dct("publisher"), agent(organization))
        }
        graph.add(node, Vocabulary.dcat("contactPoint"), contactPoint(dataset))
        graph.add(node, Vocabulary.dcat("landingPage"), document(site.dataset(dataset.id)))
        for keyword in dataset.keywords { graph.add(node, Vocabulary.dcat("keyword"), .text(keyword, language)) }
        for code in euThemeCodes(dataset) {
            graph.add(node, Vocabulary.dcat("theme"), vocabulary.add(vocabulary.dataTheme(code), to: &graph))
        }
        if let frequency = dataset.frequency {
            graph.add(node, Vocabulary.dct("accrualPeriodicity"), vocabulary.add(vocabulary.frequency(frequency), to: &graph))
        }
        if let issued = dataset.issued { graph.add(node, Vocabulary.dct("issued"), date(issued)) }
        if let modified = dataset.modified { graph.add(node, Vocabulary.dct("modified"), date(modified)) }
        graph.add(node, Vocabulary.dct("temporal"), temporal(dataset))
        graph.add(node, Vocabulary.dct("spatial"), spatial(dataset))
        graph.add(node, Vocabulary.dct("language"), vocabulary.add(vocabulary.metadataLanguage, to: &graph))
        graph.add(node, Vocabulary.dct("accessRights"), vocabulary.add(vocabulary.publicAccess, to: &graph))
        if let schema = dataset.schema, let address = catalog.schemaAddress(schema, for: dataset, site: site) {
            graph.add(node, Vocabulary.dct("conformsTo"), standard(address))
        }
        for (position, distribution) in dataset.distributions.enumerated() {
            graph.add(node, Vocabulary.dcat("distribution"), addDistribution(distribution, position: position, of: dataset))
        }
    }

    /// EU theme codes of the dataset's themes (a portal theme counts as the EU theme it maps to), each once.
    func euThemeCodes(_ dataset: Dataset) -> [String] {
        var codes: [String] = []
        for id in dataset.themeIDs {
            guard let code = (catalog.theme(id)?.euCode ?? Theme.euThemes(.en).first { $0.id == id }?.euCode)?.uppercased(),
                  !codes.contains(code) else { continue }
            codes.append(code)
        }
        return codes
    }

    /// A `vcard:Kind` from the dataset's contact, falling back on its organization's, then the portal's. Contact and
    /// location are IRIs on the dataset page: stable from one harvest to the next, and cheaper to compare than blank nodes.
    mutating func contactPoint(_ dataset: Dataset) -> RDFTerm? {
        let organization = catalog.organization(dataset.organizationID)
        let email = dataset.contact?.email ?? organization?.email ?? catalog.portal.contact?.email
        let url = dataset.contact?.url ?? (dataset.contact == nil ? organization?.url : nil)
        guard let name = dataset.contact?.name ?? organization?.name, email != nil || url != nil else { return nil }
        let node = RDFTerm.iri(site.dataset(dataset.id) + "#contact")
        type(node, Vocabulary.vcard("Kind"))
        graph.add(node, Vocabulary.vcard("fn"), .plain(name))
        if let email { graph.add(node, Vocabulary.vcard("hasEmail"), .resource("mailto:" + email)) }
        if let url { graph.add(node, Vocabulary.vcard("hasURL"), .resource(url)) }
        return node
    }

    /// A blank-node `dct:PeriodOfTime` (harvesters fetch an IRI-valued one over the network).
    mutating func temporal(_ dataset: Dataset) -> RDFTerm? {
        guard let temporal = dataset.temporal, temporal.start != nil || temporal.end != nil else { return nil }
        let node = RDFTerm.blank("temporal-" + dataset.id)
        type(node, Vocabulary.dct("PeriodOfTime"))
        if let start = temporal.start { graph.add(node, Vocabulary.dcat("startDate"), date(start)) }
        if let end = temporal.end { graph.add(node, Vocabulary.dcat("endDate"), date(end)) }
        return node
    }

    /// A `dct:Location`: its name, its INSEE code, and with a bounding box its WKT polygon and centroid.
    mutating func spatial(_ dataset: Dataset) -> RDFTerm? {
        guard let spatial = dataset.spatial, spatial.name != nil || spatial.insee != nil || spatial.bbox != nil else { return nil }
        let node = RDFTerm.iri(site.dataset(dataset.id) + "#spatial")
        type(node, Vocabulary.dct("Location"))
        if let name = spatial.name { graph.add(node, Vocabulary.skos("prefLabel"), .text(name, language)) }
        if let insee = spatial.insee { graph.add(node, Vocabulary.dct("identifier"), .plain(insee)) }
        if let box = spatial.bbox, box.count == 4 {
            let wkt = Vocabulary.gsp + "wktLiteral"
            graph.add(node, Vocabulary.dcat("bbox"), .typed(WKT.polygon(west: box[0], south: box[1], east: box[2], north: box[3]), wkt))
            graph.add(node, Vocabulary.dcat("centroid"), .typed(WKT.point(x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2), wkt))
        }
        return node
    }

    /// A Table Schema or other specification, typed `dct:Standard`.
    mutating func standard(_ address: String) -> RDFTerm {
        let node = RDFTerm.resource(address)
        type(node, Vocabulary.dct("Standard"))
        return node
    }
}
