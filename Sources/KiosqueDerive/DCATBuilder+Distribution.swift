import KiosqueModel

extension DCATBuilder {
    /// A `dcat:Distribution`: a published file (access URL the dataset page, download URL the file) or a remote
    /// resource (access URL its address), with format, media type, size, licence and availability.
    /// No `spdx:checksum`: udata rejects the `xsd:hexBinary` DCAT-AP requires; the SHA-256 is in `SHA256SUMS`.
    mutating func addDistribution(_ distribution: Distribution, position: Int, of dataset: Dataset) -> RDFTerm {
        let node = RDFTerm.iri(site.distributionNode(dataset.id, position: position))
        type(node, Vocabulary.dcat("Distribution"))
        graph.add(node, Vocabulary.dct("title"), .text(distribution.title, language))
        if let description = distribution.description { graph.add(node, Vocabulary.dct("description"), .text(description, language)) }
        switch distribution.source {
        case let .file(name, _, size):
            graph.add(node, Vocabulary.dcat("accessURL"), .iri(site.dataset(dataset.id)))
            graph.add(node, Vocabulary.dcat("downloadURL"), .iri(site.file(dataset.id, name)))
            graph.add(node, Vocabulary.dcat("byteSize"), .typed(String(size), Vocabulary.xsd("nonNegativeInteger")))
        case let .remote(url):
            graph.add(node, Vocabulary.dcat("accessURL"), .resource(url))
        }
        let fileType = vocabulary.fileType(format: distribution.format, mediaType: distribution.mediaType)
        graph.add(node, Vocabulary.dct("format"), vocabulary.add(fileType, to: &graph))
        if let mediaType = MediaType.essence(distribution.mediaType) {
            let media = RDFTerm.resource(MediaType.ianaPrefix + mediaType)
            type(media, Vocabulary.dct("MediaType"))
            graph.add(node, Vocabulary.dcat("mediaType"), media)
        }
        graph.add(node, Vocabulary.dct("license"), licenseDocument(dataset.license))
        let published = distribution.fileName != nil
        graph.add(node, Vocabulary.dcatap + "availability", vocabulary.add(vocabulary.availability(published: published), to: &graph))
        if let reference = catalog.schemaReference(of: distribution, in: dataset),
           let address = catalog.schemaAddress(reference, for: dataset, site: site) {
            graph.add(node, Vocabulary.dct("conformsTo"), standard(address))
        }
        return node
    }

    /// A `dct:LicenseDocument` with its title and ADMS licence types, at the IRI harvesters recognise.
    mutating func licenseDocument(_ license: License) -> RDFTerm {
        let node = RDFTerm.resource(license.harvestIRI)
        type(node, Vocabulary.dct("LicenseDocument"))
        graph.add(node, Vocabulary.dct("title"), .plain(license.title))
        for concept in vocabulary.licenceTypes(license) { graph.add(node, Vocabulary.dct("type"), vocabulary.add(concept, to: &graph)) }
        if license.harvestIRI != license.url { graph.add(node, Vocabulary.rdfs + "seeAlso", .resource(license.url)) }
        return node
    }
}
