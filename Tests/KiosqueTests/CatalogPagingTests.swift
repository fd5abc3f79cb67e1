import KiosqueDerive
import KiosqueModel
import Testing

/// A catalogue larger than a page is split into Hydra pages that harvesters walk page after page.
@Suite struct CatalogPagingTests {
    // 2 sample datasets + 5 more = 7 datasets; pages of 3 → 3 pages.
    static let catalog = SampleCatalog.make(datasetCount: 5)
    static let artifacts = CatalogFeed.artifacts(catalog, pageSize: 3)

    static func text(_ path: String) -> String {
        guard let artifact = artifacts.first(where: { $0.path == path }), case let .bytes(bytes) = artifact.body else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: CatalogFeed.Syntax.allCases)
    func everyPageRepeatsTheCatalogueAndLinksToTheNext(syntax: CatalogFeed.Syntax) {
        let ext = syntax.fileExtension
        let pages = ["catalog.\(ext)", "catalog-page-2.\(ext)", "catalog-page-3.\(ext)"].map(Self.text)
        #expect(!Self.artifacts.contains { $0.path == "catalog-page-4.\(ext)" })
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Données de Fixtureville"), "page \(index + 1) repeats the catalogue's title")
            #expect(page.contains("Le portail **ouvert** de Fixtureville."), "page \(index + 1) repeats its description")
            #expect(page.contains("https://data.exemple.fr/portail/organizations/mairie/#organization"), "and its publisher")
            #expect(page.contains("PartialCollectionView"))
            let next = "https://data.exemple.fr/portail/catalog-page-\(index + 2).\(ext)"
            #expect(page.contains(next) == (index < 2), "page \(index + 1): hydra:next only before the last page")
        }
        // Every dataset is on exactly one page.
        for dataset in Self.catalog.datasets {
            let node = "https://data.exemple.fr/portail/datasets/\(dataset.id)/#dataset"
            let holding = pages.filter { $0.contains(node) }
            #expect(holding.count == 1, "\(dataset.id) is on \(holding.count) pages")
        }
    }

    @Test func aSmallCatalogueIsOnePageWithoutHydra() {
        let single = CatalogFeed.artifacts(Self.catalog)
        #expect(single.filter { $0.path.hasPrefix("catalog") }.map(\.path).sorted() == ["catalog.jsonld", "catalog.rdf", "catalog.ttl"])
        for artifact in single where artifact.path.hasPrefix("catalog") {
            guard case let .bytes(bytes) = artifact.body else { continue }
            #expect(!String(decoding: bytes, as: UTF8.self).contains("PartialCollectionView"))
        }
    }

    @Test func eachDatasetHasItsOwnJSONLD() {
        for dataset in Self.catalog.datasets {
            let text = Self.text("datasets/\(dataset.id)/dataset.jsonld")
            #expect(text.contains("\"@id\": \"https://data.exemple.fr/portail/datasets/\(dataset.id)/#dataset\""), "\(dataset.id)")
            #expect(text.contains("\"@value\": \"\(dataset.id)\""), "\(dataset.id) has its dct:identifier")
            #expect(!text.contains("dcat:Catalog"))
        }
    }
}
