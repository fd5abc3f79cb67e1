import KiosqueModel

/// A small catalog built in code for the serializer tests: every kind of value the feeds carry, once.
enum SampleCatalog {
    static func make(datasetCount extra: Int = 0, baseURL: String? = "https://data.exemple.fr/portail/") -> Catalog {
        let portal = Portal(title: "Données de Fixtureville", description: "Le portail **ouvert** de Fixtureville.", baseURL: baseURL,
                            language: .fr, publisherID: "mairie", contact: .init(email: "opendata@fixtureville.fr", url: nil),
                            logo: nil, theme: "default", repository: nil, nav: [], footer: nil)
        let organizations = [
            Organization(id: "mairie", name: "Mairie de Fixtureville", description: nil, kind: .commune, siren: "214500000",
                         url: "https://www.fixtureville.fr", email: "mairie@fixtureville.fr", logo: nil),
            Organization(id: "syndicat", name: "Syndicat des eaux", description: nil, kind: .autre, siren: nil, url: nil,
                         email: nil, logo: nil),
        ]
        let themes = Theme.euThemes(.fr) + [Theme(id: "cantine", label: "Restauration scolaire", euCode: "EDUC")]
        let profiles = [
            ColumnProfile(name: "code_insee", type: "string", semantic: "insee-commune", distinct: 2),
            ColumnProfile(name: "montant", type: "number", semantic: "decimal-comma", nulls: 1, distinct: 2, decimalChar: ",",
                          groupChar: " "),
            ColumnProfile(name: "vote", type: "date", format: "%d/%m/%Y", semantic: "date-fr", distinct: 2),
            ColumnProfile(name: "adopte", type: "boolean", distinct: 2, top: [.init(value: "oui", count: 1), .init(value: "non", count: 1)]),
            ColumnProfile(name: "lignes", type: "integer", distinct: 2),
        ]
        let budgetTable = TablePreview(encoding: "utf-8-sig", delimiter: ";", header: ["code_insee", "montant", "vote", "adopte", "lignes"],
                                       rows: [["01004", "1 234,50", "05/03/2024", "oui", "3"]], rowCount: 2, columnCount: 5,
                                       fields: profiles)
        let budget = Dataset(
            id: "budget", title: "Budget primitif 2024", description: "Le budget voté par le conseil municipal, **par chapitre**.",
            organizationID: "mairie", license: License.named("etalab-2.0")!, themeIDs: ["econ", "cantine"],
            keywords: ["budget", "finances"], frequency: .annual,
            temporal: .init(start: .day(year: 2024, month: 1, day: 1), end: .day(year: 2024, month: 12, day: 31)),
            spatial: .init(name: "Fixtureville", insee: "45999", bbox: [2.002, 47.839, 2.09, 47.889]),
            contact: .init(name: "Service des finances", email: "finances@fixtureville.fr", url: "https://www.fixtureville.fr/finances"),
            schema: "https://schema.data.gouv.fr/schemas/scdl/budget/0.8.3/schema.json",
            issued: .day(year: 2024, month: 3, day: 1), modified: DateStamp.parse("2024-03-02T10:15:00+01:00"), featured: true,
            distributions: [
                Distribution(source: .file(name: "budget 2024.csv", repositoryPath: "data/budget/budget 2024.csv", byteSize: 120),
                             title: "Budget 2024", description: "Une ligne par chapitre.", format: "CSV", mediaType: "text/csv",
                             schema: nil, kind: .main, table: budgetTable,
                             sha256: "0f343b0931126a20f133d67c2b018a3b1e3bb8f0c4f6a5d2e3b4c5d6e7f80910"),
                Distribution(source: .remote(url: "https://api.fixtureville.fr/budget?annee=2024"), title: "API du budget",
                             description: nil, format: "API", mediaType: "application/json", schema: nil, kind: .api, table: nil),
                Distribution(source: .file(name: "notice.pdf", repositoryPath: "data/budget/notice.pdf", byteSize: 2048),
                             title: "Notice", description: nil, format: "PDF", mediaType: "application/pdf", schema: nil,
                             kind: .documentation, table: nil, sha256: String(repeating: "ab", count: 32)),
            ],
            descriptorPath: "data/budget/dataset.yaml")
        let arbresTable = TablePreview(encoding: "windows-1252-bom", delimiter: ",", header: ["espèce", "hauteur"],
                                       rows: [["Tilleul", "12"]], rowCount: 1, columnCount: 2)
        let arbres = Dataset(
            id: "arbres", title: "Arbres \"remarquables\" <2024> & Œuvres d'Élise", description: "Les arbres.",
            organizationID: "syndicat", license: License(id: nil, title: "Licence « maison »", url: "https://www.fixtureville.fr/licence"),
            themeIDs: [], keywords: [], frequency: nil, temporal: .init(start: .day(year: 2020, month: 6, day: 1), end: nil),
            spatial: .init(name: "Quartier Nord", insee: nil, bbox: nil), contact: nil, schema: "data/arbres/schema.json",
            issued: nil, modified: nil, featured: false,
            distributions: [
                Distribution(source: .file(name: "arbres.csv", repositoryPath: "data/arbres/arbres.csv", byteSize: 40), title: "Arbres",
                             description: nil, format: "CSV", mediaType: "text/csv", schema: nil, kind: .main, table: arbresTable,
                             sha256: String(repeating: "01", count: 32)),
                Distribution(source: .file(name: "schema.json", repositoryPath: "data/arbres/schema.json", byteSize: 300),
                             title: "Schéma", description: nil, format: "JSON", mediaType: "application/schema+json", schema: nil,
                             kind: .documentation, table: nil, sha256: String(repeating: "02", count: 32)),
            ],
            descriptorPath: "data/arbres/dataset.yaml")
        let more = (0..<extra).map { index in
            Dataset(id: "jeu-\(index)", title: "Jeu \(index)", description: "Jeu de données numéro \(index).", organizationID: "mairie",
                    license: License.named("cc0-1.0")!, themeIDs: ["soci"], keywords: ["jeu"], frequency: .never, temporal: nil,
                    spatial: nil, contact: nil, schema: nil, issued: nil, modified: nil, featured: false,
                    distributions: [Distribution(source: .remote(url: "https://exemple.fr/jeu-\(index).csv"), title: "Jeu",
                                                 description: nil, format: "CSV", mediaType: "text/csv", schema: nil, kind: .main,
                                                 table: nil)],
                    descriptorPath: "data/jeu-\(index)/dataset.yaml")
        }
        return Catalog(portal: portal, organizations: organizations, themes: themes, datasets: [budget, arbres] + more, reuses: [],
                       pages: [], news: [], assets: [])
    }
}
