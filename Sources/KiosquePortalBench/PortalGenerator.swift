import Foundation

/// Writes a generated national-scale portal: `count` datasets, each with a descriptor and a small CSV, spread over
/// organizations (one per 250 datasets, at least four), EU and portal themes, keywords from a shared pool and a
/// locality pool that grows with the catalogue, and one reuse per twenty datasets. The same datasets are written as
/// plain Hugo pages (title, date, tags, categories, the description and the table's first rows in Markdown).
///
/// Everything is a function of the dataset's number (no random generator), so two runs write the same bytes.
struct PortalGenerator {
    /// Changes whenever the generated files change, so that a kept portal is written again.
    static let version = "3"

    let count: Int

    var organizationCount: Int { max(4, count / 250) }
    var localityCount: Int { max(50, count / 20) }
    var reuseCount: Int { max(1, count / 20) }

    static let euThemes = ["agri", "econ", "educ", "ener", "envi", "gove", "heal", "intr", "just", "regi", "soci", "tech", "tran"]
    static let licenses = ["etalab-2.0", "odbl-1.0", "cc-by-4.0", "cc-by-sa-4.0", "cc0-1.0"]
    static let frequencies = ["daily", "weekly", "monthly", "quarterly", "annual", "irregular", "unknown"]
    static let organizationTypes = ["commune", "epci", "departement", "region", "etat", "association", "entreprise", "autre"]
    static let nouns = [
        "budget", "subventions", "délibérations", "marchés", "arbres", "équipements", "écoles", "cantines", "menus", "élus",
        "bornes", "parkings", "vélos", "bus", "horaires", "déchets", "collecte", "eau", "assainissement", "énergie",
        "consommations", "bâtiments", "logements", "permis", "urbanisme", "cadastre", "adresses", "voies", "ponts", "routes",
        "accidents", "population", "naissances", "prénoms", "décès", "mariages", "associations", "sports", "piscines", "musées",
        "bibliothèques", "théâtres", "festivals", "marchés forains", "commerces", "entreprises", "emplois", "chômage", "tourisme",
        "hôtels", "campings", "sentiers", "forêts", "rivières", "inondations", "qualité de l'air", "bruit", "pollens", "espaces verts",
        "jardins", "cimetières", "églises", "monuments", "patrimoine", "archives", "élections", "bureaux de vote", "comptes", "dette",
        "impôts", "taxes", "dépenses", "recettes", "investissements", "crèches", "collèges", "lycées", "santé", "pharmacies",
    ]
    static let qualifiers = [
        "communaux", "intercommunaux", "départementaux", "régionaux", "annuels", "mensuels", "en temps réel", "historiques",
        "géolocalisés", "par quartier", "par commune", "par canton", "prévisionnels", "réalisés", "ouverts au public",
        "accessibles", "numériques", "de la métropole", "du littoral", "de montagne",
    ]
    static let places = [
        "Brébeuf", "Saint-Œillet", "Val-de-Lys", "L'Haÿ", "Côte-Nord", "Montauban-sur-Loire", "Les Essarts", "Beaulieu",
        "Sainte-Marie", "Villeneuve", "Châteaufort", "Pont-Évêque", "Roche-Blanche", "Mareuil", "Aubière", "Écully",
    ]

    func id(_ index: Int) -> String { "jeu-" + String(format: "%06d", index) }
    func organizationID(_ index: Int) -> String { "organisation-" + String(format: "%04d", index) }

    /// A deterministic mix of the number, for picking words.
    static func mix(_ value: Int, _ salt: Int) -> Int {
        var x = UInt64(truncatingIfNeeded: value) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: salt) &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        x ^= x >> 29
        return Int(x % (1 << 40))
    }

    static func pick<T>(_ list: [T], _ index: Int, _ salt: Int) -> T { list[mix(index, salt) % list.count] }

    struct DatasetFacts {
        let title: String
        let description: String
        let organization: String
        let themes: [String]
        let keywords: [String]
        let license: String
        let frequency: String
        let issued: String
        let csv: String
    }

    /// The dataset's values; `edit` > 0 gives the edited version the benchmark rebuilds incrementally.
    func facts(_ index: Int, edit: Int = 0) -> DatasetFacts {
        let noun = Self.pick(Self.nouns, index, 1)
        let qualifier = Self.pick(Self.qualifiers, index, 2)
        let place = Self.pick(Self.places, index, 3)
        let title = "\(noun.prefix(1).uppercased() + noun.dropFirst()) \(qualifier) — \(place) n° \(index)"
        var description = """
            Ce jeu de données recense les **\(noun)** \(qualifier) de \(place), mis à jour par les services de \
            l'organisation productrice. Une ligne par objet ; les colonnes sont décrites dans la [notice](https://www.example.org/notice/\(index)).

            - source : système d'information de la collectivité ;
            - couverture : \(place) et ses environs.

            """
        if edit > 0 { description += "\nCorrection n° \(edit) : une valeur mise à jour.\n" }
        var themes = [Self.pick(Self.euThemes, index, 4)]
        if index % 3 == 0 { themes.append(index % 2 == 0 ? "vie-locale" : "mobilite") }
        let keywords = Array(Set([Self.pick(Self.nouns, index, 5), Self.pick(Self.qualifiers, index, 6),
                                  "localité \(Self.mix(index, 7) % localityCount)"])).sorted()
        let month = 1 + Self.mix(index, 8) % 12
        let day = 1 + Self.mix(index, 9) % 28
        var rows = ["code_commune,nom,annee,valeur,date_maj"]
        for row in 0..<12 {
            let value = Self.mix(index, 100 + row) % 100_000
            rows.append(String(format: "%05d,%@,%d,%d.%02d,2024-%02d-%02d", 1000 + (index * 13 + row * 7) % 95000,
                               Self.pick(Self.places, index, 200 + row),
                               2015 + row % 10, value / 100, value % 100, 1 + row % 12, 1 + row % 28))
        }
        if edit > 0 { rows[1] += "\(edit)" }
        return DatasetFacts(title: title, description: description, organization: organizationID(index % organizationCount),
                            themes: themes, keywords: keywords, license: Self.pick(Self.licenses, index, 10),
                            frequency: Self.pick(Self.frequencies, index, 11),
                            issued: String(format: "20%02d-%02d-%02d", 15 + index % 10, month, day), csv: rows.joined(separator: "\n") + "\n")
    }

    // MARK: Kiosque portal

    func writePortal(to root: String) throws {
        try write(root, "site/portal.yaml", """
            title: Catalogue national généré (\(count) jeux)
            description: |
              Un portail **généré** par `make bench-portal` : \(count) jeux de données, \(organizationCount) organisations.
            base_url: https://catalogue.example.org/
            language: fr
            publisher: \(organizationID(0))
            contact:
              email: donnees@example.org
            themes:
              vie-locale:
                label: Vie locale
                eu: soci
              mobilite:
                label: Mobilité
                eu: tran

            """)
        for index in 0..<organizationCount {
            try write(root, "site/organizations/\(organizationID(index)).yaml", """
                name: "Organisation n° \(index) — \(Self.pick(Self.places, index, 20))"
                type: \(Self.organizationTypes[index % Self.organizationTypes.count])
                description: Producteur de données publiques n° \(index).

                """)
        }
        for index in 0..<reuseCount {
            let datasets = (0..<(1 + index % 3)).map { id(Self.mix(index, 30 + $0) % count) }
            try write(root, "site/reuses/reutilisation-\(String(format: "%05d", index)).yaml", """
                title: "Réutilisation n° \(index) : carte des \(Self.pick(Self.nouns, index, 31))"
                type: \(["application", "visualization", "article"][index % 3])
                url: https://reuses.example.org/\(index)
                author:
                  name: Association n° \(index % 40)
                datasets: [\(Set(datasets).sorted().joined(separator: ", "))]
                date: 2025-\(String(format: "%02d", 1 + index % 12))-15
                description: Une réutilisation des données publiques, n° \(index).

                """)
        }
        for index in 0..<count { try writeDataset(index, to: root) }
    }

    func writeDataset(_ index: Int, edit: Int = 0, to root: String) throws {
        let facts = facts(index, edit: edit)
        let folder = "data/\(id(index))/"
        var yaml = "title: \(Self.quoted(facts.title))\n"
        yaml += "description: |\n" + facts.description.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n") + "\n"
        yaml += "organization: \(facts.organization)\nlicense: \(facts.license)\nfrequency: \(facts.frequency)\n"
        yaml += "themes: [\(facts.themes.joined(separator: ", "))]\n"
        yaml += "keywords: [\(facts.keywords.map(Self.quoted).joined(separator: ", "))]\n"
        yaml += "issued: \(facts.issued)\n"
        if index % 4 == 0 { yaml += "spatial: {name: \(Self.quoted(Self.pick(Self.places, index, 3))), insee: \"\(String(format: "%05d", 1000 + index % 95000))\"}\n" }
        if index % 5 == 1 { yaml += "temporal: {start: 2015-01-01, end: 2024-12-31}\n" }
        if index % 500 == 7 { yaml += "featured: true\n" }
        if index % 10 == 3 {
            yaml += "resources:\n  - path: donnees.csv\n    title: Fichier complet\n"
            yaml += "  - url: https://api.example.org/jeux/\(index)\n    title: API\n    format: JSON\n    type: api\n"
        }
        try write(root, folder + "dataset.yaml", yaml)
        try write(root, folder + "donnees.csv", facts.csv)
    }

    // MARK: Hugo site

    func writeHugo(to root: String) throws {
        try write(root, "config.toml", """
            baseURL = "https://catalogue.example.org/"
            languageCode = "fr"
            title = "Catalogue national généré"
            paginate = 20
            disableKinds = ["RSS", "sitemap", "robotsTXT"]

            """)
        try write(root, "layouts/_default/baseof.html", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }} — {{ .Site.Title }}</title></head>
            <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>

            """)
        try write(root, "layouts/_default/single.html", """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }} · {{ .Params.organization }} · {{ .Params.license }}</p>
            <ul>{{ range .Params.tags }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>
            {{ .Content }}</article>{{ end }}

            """)
        try write(root, "layouts/_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages).Pages }}
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul>
            {{ template "_internal/pagination.html" . }}{{ end }}

            """)
        try write(root, "layouts/index.html", """
            {{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range first 6 (where .Site.RegularPages "Section" "datasets") }}
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}

            """)
        for index in 0..<count {
            let facts = facts(index)
            let table = facts.csv.split(separator: "\n").prefix(13).enumerated().map { number, line in
                let cells = "| " + line.split(separator: ",", omittingEmptySubsequences: false).joined(separator: " | ") + " |"
                return number == 0 ? cells + "\n|---|---|---|---|---|" : cells
            }.joined(separator: "\n")
            try write(root, "content/datasets/\(id(index)).md", """
                ---
                title: \(Self.quoted(facts.title))
                date: \(facts.issued)
                tags: [\(facts.keywords.map(Self.quoted).joined(separator: ", "))]
                categories: [\(facts.themes.joined(separator: ", "))]
                organization: \(facts.organization)
                license: \(facts.license)
                ---
                \(facts.description)
                \(table)

                """)
        }
    }

    // MARK: Files

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private func write(_ root: String, _ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        let folder = url.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        try Data(text.utf8).write(to: url)
    }
}
