import KiosqueDerive
import KiosqueModel
import Testing

/// Catalogue pages are assembled from each dataset's part of the graph, printed once and shared with the dataset's own
/// `dataset.jsonld`: what a harvester reads must be what the whole graph says.
@Suite struct CatalogAssemblyTests {
    static func text(_ artifacts: [Artifact], _ path: String) -> String {
        guard let artifact = artifacts.first(where: { $0.path == path }), case let .bytes(bytes) = artifact.body else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func eachDatasetFileReadsAsItsPartOfTheCatalogue() {
        let catalog = SampleCatalog.make(datasetCount: 4)
        let artifacts = CatalogFeed.artifacts(catalog)
        let page = Self.text(artifacts, "catalog.jsonld")
        for dataset in catalog.datasets {
            let own = Self.text(artifacts, "datasets/\(dataset.id)/dataset.jsonld")
            guard let start = own.range(of: "  \"@graph\": [\n    ")?.upperBound, let end = own.range(of: "\n  ]\n}\n")?.lowerBound else {
                Issue.record("\(dataset.id): no @graph")
                continue
            }
            // Every node of the dataset's file, the publisher and licence included, is printed the same in the page.
            for node in own[start..<end].components(separatedBy: ",\n    {") {
                let text = node.hasPrefix("{") ? node : "{" + node
                #expect(page.contains(text), "\(dataset.id): a node differs from the catalogue's")
            }
        }
    }

    @Test func aLicenceTitledTwoWaysKeepsBothTitlesInThePage() {
        // Two licences at one address with different titles: the page lists both titles under one licence node, as the
        // whole graph states it; each dataset's own file keeps its own.
        let sample = SampleCatalog.make(datasetCount: 2)
        let address = "https://www.fixtureville.fr/licence"
        let datasets = sample.datasets.enumerated().map { index, dataset in
            index < 2 ? dataset : Dataset(
                id: dataset.id, title: dataset.title, description: dataset.description, organizationID: dataset.organizationID,
                license: License(id: nil, title: "Licence maison, version \(index)", url: address), themeIDs: dataset.themeIDs,
                keywords: dataset.keywords, frequency: dataset.frequency, temporal: nil, spatial: nil, contact: nil, schema: nil,
                issued: nil, modified: nil, featured: false, distributions: dataset.distributions, descriptorPath: dataset.descriptorPath)
        }
        let catalog = Catalog(portal: sample.portal, organizations: sample.organizations, themes: sample.themes, datasets: datasets,
                              reuses: [], pages: [], news: [], assets: [])
        let artifacts = CatalogFeed.artifacts(catalog)
        let turtle = Self.text(artifacts, "catalog.ttl")
        #expect(turtle.contains("<\(address)> a dct:LicenseDocument ;\n    dct:title \"Licence « maison »\", \"Licence maison, version 2\", "
            + "\"Licence maison, version 3\""))
        #expect(turtle.components(separatedBy: "<\(address)> a dct:LicenseDocument").count == 2, "one block for the licence")
        let own = Self.text(artifacts, "datasets/jeu-1/dataset.jsonld")
        #expect(own.contains("Licence maison, version 3"))
        #expect(!own.contains("Licence maison, version 2"))
        #expect(!own.contains("maison »"))
    }

    @Test func theJSONLDWriterPrintsTheDocumentItDescribes() {
        // Nodes printed directly read as the JSON-LD document value serialized: escapes, several types, none, blank nodes,
        // a predicate outside the declared namespaces.
        var graph = RDFGraph()
        let node = RDFTerm.iri("https://exemple.fr/a#b"), blank = RDFTerm.blank("b1")
        graph.add(node, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", .iri("http://www.w3.org/ns/dcat#Dataset"))
        graph.add(node, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", .iri("https://exemple.fr/Classe"))
        graph.add(node, "http://purl.org/dc/terms/title", .text("« Titre » <b>&\"\u{2028}\\\n\t", "fr"))
        graph.add(node, "http://purl.org/dc/terms/title", .plain("sans langue"))
        graph.add(node, "https://exemple.fr/propriété", .typed("12", "http://www.w3.org/2001/XMLSchema#integer"))
        graph.add(node, "http://purl.org/dc/terms/temporal", blank)
        graph.add(blank, "http://www.w3.org/ns/dcat#startDate", .typed("2024-01-01", "https://exemple.fr/type étrange"))
        graph.add(blank, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", .blank("pas-une-iri"))
        #expect(JSONLDWriter.write(graph) == JSONLDWriter.document(graph).serialized())
        #expect(JSONLDWriter.write(RDFGraph()) == JSONLDWriter.document(RDFGraph()).serialized())
    }
}
