import KiosqueModel

/// The catalogue in DCAT-AP as JSON-LD: a top-level `@graph` with an inline `@context`.
public enum CatalogJSONLD {
    static let context: JSONValue = [
        "dcat": "http://www.w3.org/ns/dcat#",
        "dct": "http://purl.org/dc/terms/",
        "foaf": "http://xmlns.com/foaf/0.1/",
        "vcard": "http://www.w3.org/2006/vcard/ns#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "skos": "http://www.w3.org/2004/02/skos/core#",
    ]

    public static func document(_ catalog: Catalog) -> JSONValue {
        let base = catalog.portal.baseURL ?? "https://example.invalid/"
        var graph: [JSONValue] = []
        var catalogNode: [String: JSONValue] = [
            "@id": .string(base + "catalog"),
            "@type": "dcat:Catalog",
            "dct:title": literal(catalog.portal.title, catalog.portal.language),
            "dct:description": literal(catalog.portal.description ?? catalog.portal.title, catalog.portal.language),
            "foaf:homepage": ["@id": .string(base)],
            "dcat:dataset": .array(catalog.datasets.map { ["@id": .string(datasetIRI($0, base))] }),
        ]
        if let publisher = catalog.portal.publisherID { catalogNode["dct:publisher"] = ["@id": .string(base + "organizations/\(publisher)/")] }
        graph.append(.object(catalogNode))
        for organization in catalog.organizations {
            graph.append([
                "@id": .string(base + "organizations/\(organization.id)/"),
                "@type": "foaf:Agent",
                "foaf:name": .string(organization.name),
            ])
        }
        for dataset in catalog.datasets {
            var node: [String: JSONValue] = [
                "@id": .string(datasetIRI(dataset, base)),
                "@type": "dcat:Dataset",
                "dct:identifier": .string(dataset.id),
                "dct:title": literal(dataset.title, catalog.portal.language),
                "dct:description": literal(dataset.description, catalog.portal.language),
                "dct:publisher": ["@id": .string(base + "organizations/\(dataset.organizationID)/")],
                "dcat:landingPage": ["@id": .string(base + "datasets/\(dataset.id)/")],
                "dcat:keyword": .array(dataset.keywords.map { literal($0, catalog.portal.language) }),
                "dcat:distribution": .array(dataset.distributions.indices.map { ["@id": .string(datasetIRI(dataset, base) + "/distribution/\($0 + 1)")] }),
            ]
            if let modified = dataset.modified { node["dct:modified"] = typedDate(modified) }
            if let issued = dataset.issued { node["dct:issued"] = typedDate(issued) }
            graph.append(.object(node))
            for (position, distribution) in dataset.distributions.enumerated() {
                var item: [String: JSONValue] = [
                    "@id": .string(datasetIRI(dataset, base) + "/distribution/\(position + 1)"),
                    "@type": "dcat:Distribution",
                    "dct:title": literal(distribution.title, catalog.portal.language),
                    "dcat:accessURL": ["@id": .string(base + "datasets/\(dataset.id)/")],
                    "dct:license": ["@id": .string(dataset.license.url)],
                    "dct:format": .string(distribution.format),
                ]
                switch distribution.source {
                case let .file(name, _, size):
                    item["dcat:downloadURL"] = ["@id": .string(base + "datasets/\(dataset.id)/" + name)]
                    item["dcat:byteSize"] = ["@value": .string(String(size)), "@type": "xsd:nonNegativeInteger"]
                case let .remote(url):
                    item["dcat:accessURL"] = ["@id": .string(url)]
                }
                graph.append(.object(item))
            }
        }
        return ["@context": context, "@graph": .array(graph)]
    }

    static func datasetIRI(_ dataset: Dataset, _ base: String) -> String { base + "datasets/\(dataset.id)/#dataset" }

    static func literal(_ text: String, _ language: Language) -> JSONValue {
        ["@value": .string(text), "@language": .string(language.rawValue)]
    }

    static func typedDate(_ date: DateStamp) -> JSONValue {
        ["@value": .string(date.iso8601), "@type": .string(date.hasTime ? "xsd:dateTime" : "xsd:date")]
    }
}
