import KiosqueDerive
import KiosqueModel
import Testing

/// The machine-readable files of a small catalog, compared with golden files: the DCAT-AP graph in its three
/// syntaxes, data.json, the Data Packages, the schema.org description, `SHA256SUMS` and the sitemap.
@Suite struct CatalogGoldenTests {
    static let catalog = SampleCatalog.make()
    static let artifacts = Derivatives.build(from: catalog, now: .day(year: 2026, month: 11, day: 22),
                                             htmlPages: ["index.html", "datasets/index.html", "datasets/budget/index.html",
                                                         "datasets/arbres/index.html", "404.html"])

    static func text(_ path: String) -> String? {
        artifacts.first { $0.path == path }.flatMap { artifact in
            if case let .bytes(bytes) = artifact.body { return String(decoding: bytes, as: UTF8.self) }
            return nil
        }
    }

    @Test(arguments: ["catalog.jsonld", "catalog.ttl", "catalog.rdf", "data.json", "SHA256SUMS", "sitemap.xml", "robots.txt",
                      "datasets/budget/datapackage.json", "datasets/arbres/datapackage.json", "datasets/arbres/dataset.jsonld"])
    func derivedFileMatchesGolden(path: String) {
        guard let text = Self.text(path) else {
            Issue.record("\(path) was not derived")
            return
        }
        GoldenFile.check(text, path)
    }

    @Test func schemaOrgGolden() {
        GoldenFile.check(SchemaOrg.dataset(Self.catalog.datasets[1], in: Self.catalog).serialized(), "schema-org/budget.json")
        GoldenFile.check(SchemaOrg.dataCatalog(Self.catalog).serialized(), "schema-org/catalog.json")
    }

    @Test func theThreeSyntaxesComeFromOneGraph() {
        // Each syntax lists the same subjects in the same order: the writers print one graph.
        let turtle = Self.text("catalog.ttl") ?? "", xml = Self.text("catalog.rdf") ?? "", jsonld = Self.text("catalog.jsonld") ?? ""
        for node in ["https://data.exemple.fr/portail/datasets/budget/#ressource-1", "_:temporal-budget",
                     "http://purl.org/adms/publishertype/LocalAuthority"] {
            #expect(jsonld.contains("\"" + node + "\""))
        }
        #expect(turtle.contains("<https://data.exemple.fr/portail/datasets/budget/#ressource-1> a dcat:Distribution"))
        #expect(xml.contains("<rdf:Description rdf:about=\"https://data.exemple.fr/portail/datasets/budget/#ressource-1\">"))
        #expect(xml.contains("rdf:nodeID=\"temporal-budget\""))
    }

    @Test func titlesAreEscapedInEverySyntax() {
        let title = "Arbres \"remarquables\" <2024> & Œuvres d'Élise"
        #expect(Self.text("catalog.ttl")?.contains("\"Arbres \\\"remarquables\\\" <2024> & Œuvres d'Élise\"@fr") == true)
        #expect(Self.text("catalog.rdf")?.contains(">Arbres \"remarquables\" &lt;2024&gt; &amp; Œuvres d'Élise</dct:title>") == true)
        #expect(Self.text("catalog.jsonld")?.contains("Arbres \\\"remarquables\\\" \\u003c2024\\u003e \\u0026 Œuvres d'Élise") == true)
        #expect(!title.isEmpty)
    }

    @Test func noChecksumInTheFeedButInSHA256SUMS() {
        #expect(Self.text("catalog.ttl")?.contains("spdx") == false)
        #expect(Self.text("SHA256SUMS")?.contains("0f343b0931126a20f133d67c2b018a3b1e3bb8f0c4f6a5d2e3b4c5d6e7f80910  datasets/budget/budget 2024.csv")
                == true)
    }

    @Test func aPortalWithoutBaseURLPublishesNoFeed() {
        let artifacts = Derivatives.build(from: SampleCatalog.make(baseURL: nil), now: .day(year: 2026, month: 11, day: 22))
        let paths = Set(artifacts.map(\.path))
        for feed in ["catalog.jsonld", "catalog.ttl", "catalog.rdf", "data.json", "sitemap.xml"] { #expect(!paths.contains(feed)) }
        #expect(paths.contains("robots.txt"))
        #expect(paths.contains("SHA256SUMS"))
        #expect(paths.contains("datasets/budget/datapackage.json"))
    }
}
