import Foundation

/// Writes a generated portal of a few hundred datasets into a folder, to build it and check what harvesters see:
/// every licence (the five of the registry and a custom `{name, url}`), every frequency, every EU theme and a portal
/// theme, each optional field present and absent, remote `url:` resources, titles with non-ASCII letters, quotes
/// and `<>&`, and CSV files in every encoding and delimiter the reader sniffs.
///
/// Addresses use `example.org` (reserved for documentation, and a real top-level domain: data.gouv.fr refuses the
/// `.example` one). The custom licence is one data.gouv.fr knows by another address, since a harvester can map only
/// a licence it knows.
enum LargePortal {
    static let datasetCount = 260
    static let baseURL = "https://opendata.example.org/portail/"

    static let licenses = ["etalab-2.0", "odbl-1.0", "cc-by-4.0", "cc-by-sa-4.0", "cc0-1.0",
                           "{name: \"Open Database License (ODbL) 1.0\", url: \"https://opendefinition.org/licenses/odc-odbl\"}"]
    static let frequencies = ["continuous", "daily", "weekly", "monthly", "quarterly", "semiannual", "annual", "irregular", "never", "unknown"]
    static let euThemes = ["agri", "econ", "educ", "ener", "envi", "gove", "heal", "intr", "just", "regi", "soci", "tech", "tran"]
    static let organizations: [(id: String, type: String)] = [
        ("commune-brebeuf", "commune"), ("cc-des-vallons", "epci"), ("departement-du-nord-ouest", "departement"),
        ("region-des-lacs", "region"), ("prefecture", "etat"), ("amis-des-arbres", "association"),
        ("regie-des-eaux", "entreprise"), ("syndicat-mixte", "autre"),
    ]
    static let titles = [
        "Budget primitif %d", "Arbres \"remarquables\" de l'avenue n° %d", "Équipements <sportifs> & culturels — lot %d",
        "Œuvres d'art à Saint-Étienne-du-Rouvray (%d)", "Délibérations « 2024 » n°%d", "Ürünler & straße %d — données",
    ]

    /// Writes the portal; returns the number of datasets.
    @discardableResult
    static func write(to root: URL) throws -> Int {
        try file(root, "site/portal.yaml", """
        title: "Portail « généré » <test> & co"
        description: |
          Un portail **généré** pour vérifier ce que les moissonneurs lisent : \(datasetCount) jeux de données.
        base_url: \(baseURL)
        language: fr
        publisher: commune-brebeuf
        contact:
          email: opendata@example.org
          url: https://www.example.org/contact
        themes:
          vie-locale:
            label: Vie locale
            eu: soci

        """)
        for (index, organization) in organizations.enumerated() {
            var yaml = "name: \"Organisation n°\(index) « \(organization.id) »\"\ntype: \(organization.type)\n"
            if index % 2 == 0 { yaml += "email: contact-\(index)@example.org\nurl: https://www.example.org/\(organization.id)\n" }
            try file(root, "site/organizations/\(organization.id).yaml", yaml)
        }
        for index in 0..<datasetCount { try writeDataset(index, to: root) }
        return datasetCount
    }

    static func writeDataset(_ index: Int, to root: URL) throws {
        let id = "jeu-" + String(format: "%03d", index)
        let folder = "data/\(id)/"
        var yaml = "title: \(quoted(String(format: titles[index % titles.count], index)))\n"
        yaml += index % 5 == 1
            ? "description: Jeu court.\n"
            : "description: |\n  Données **publiques** n°\(index) : une ligne par objet, avec [la source](https://www.example.org/source/\(index)).\n\n  - mis à jour selon la fréquence indiquée ;\n  - colonnes décrites dans la notice.\n"
        yaml += "organization: \(organizations[index % organizations.count].id)\n"
        yaml += "license: \(licenses[index % licenses.count])\n"
        if index % 11 != 10 { yaml += "frequency: \(frequencies[index % frequencies.count])\n" }
        if index % 17 != 16 {
            var themes = [euThemes[index % euThemes.count]]
            if index % 4 == 0 { themes.append("vie-locale") }
            yaml += "themes: [\(themes.joined(separator: ", "))]\n"
        }
        if index % 3 != 2 { yaml += "keywords: [données, \(quoted("mot-clé \(index)")), \(quoted("« cité » & <b>"))]\n" }
        switch index % 4 {
        case 0: yaml += "temporal: {start: 2020-01-01, end: 2024-12-31}\n"
        case 1: yaml += "temporal: {start: 2023-06-15}\n"
        case 2: yaml += "temporal: {end: 2025-03-31}\n"
        default: break
        }
        switch index % 5 {
        case 0: yaml += "spatial: {name: Brébeuf-sur-Lys, insee: \"45999\", bbox: [2.002, 47.839, 2.09, 47.889]}\n"
        case 1: yaml += "spatial: {name: \"Quartier « Nord »\"}\n"
        case 2: yaml += "spatial: {insee: \"2A004\"}\n"
        default: break
        }
        switch index % 3 {
        case 0: yaml += "contact: {name: Service n°\(index), email: service-\(index)@example.org}\n"
        case 1: yaml += "contact: {name: Accueil, url: https://www.example.org/accueil}\n"
        default: break
        }
        if index % 6 == 0 { yaml += "issued: 2024-01-15\n" }
        if index % 6 <= 2 { yaml += index % 2 == 0 ? "modified: 2025-09-30\n" : "modified: 2025-10-01T08:30:00+02:00\n" }
        if index % 50 == 0 { yaml += "featured: true\n" }
        let table = Table.variants[index % Table.variants.count]
        let csvName = "donnees-\(index).\(table.fileExtension)"
        if index % 9 == 0 {
            yaml += "schema: \(folder)schema.json\n"
            try file(root, folder + "schema.json", table.schema)
        } else if index % 9 == 3 {
            yaml += "schema: https://schema.data.gouv.fr/schemas/scdl/budget/0.8.3/schema.json\n"
        }
        switch index % 7 {
        case 0:
            // Only remote resources: no published file, no Data Package.
            yaml += "resources:\n  - url: https://api.example.org/v1/jeux/\(index)\n    title: API « temps réel »\n    format: JSON\n"
            yaml += "    media_type: application/json\n    type: api\n  - url: https://www.example.org/exports/\(id).csv\n"
        case 1:
            yaml += "resources:\n  - path: \(csvName)\n    title: \(quoted("Fichier \"principal\" <\(index)> & annexes"))\n"
            yaml += "    description: Le fichier complet.\n  - url: https://api.example.org/v1/jeux/\(index)?format=geojson&page=1\n"
            yaml += "    title: API\n  - path: notice.md\n    type: documentation\n"
            try bytes(root, folder + csvName, table.bytes)
            try file(root, folder + "notice.md", "# Notice\n\nColonnes : voir le schéma.\n")
        default:
            try bytes(root, folder + csvName, table.bytes)
            if index % 7 == 2 { try file(root, folder + "points.geojson", #"{"type": "FeatureCollection", "features": []}"#) }
            if index % 7 == 3 { try file(root, folder + "carte.pdf", "%PDF-1.4\n%\u{e2}\u{e3}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n") }
        }
        try file(root, folder + "dataset.yaml", yaml)
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func file(_ root: URL, _ path: String, _ text: String) throws { try bytes(root, path, Array(text.utf8)) }

    static func bytes(_ root: URL, _ path: String, _ bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// The CSV and TSV files of the portal, one per encoding and delimiter, with the Table Schema each one follows.
    struct Table {
        let fileExtension: String
        let bytes: [UInt8]
        let schema: String

        static let header = ["code_commune", "nom", "population", "surface", "date_maj", "ouvert"]

        static func make(delimiter: String, encoding: String, decimalComma: Bool, frenchDates: Bool) -> Table {
            var rows = [header]
            let names = ["Brébeuf", "Saint-Œillet", "L'Haÿ", "Ville \"neuve\"", "Côte, nord", "Ærø"]
            for row in 0..<24 {
                let surface = String(format: "%d%@%02d", 10 + row, decimalComma ? "," : ".", (row * 37) % 100)
                let date = frenchDates ? String(format: "%02d/%02d/2024", 1 + row % 28, 1 + row % 12)
                    : String(format: "2024-%02d-%02d", 1 + row % 12, 1 + row % 28)
                rows.append([String(format: "%05d", 1004 + row * 7), names[row % names.count], row % 8 == 5 ? "NA" : String(1200 + row * 35),
                             surface, date, row % 3 == 0 ? "non" : "oui"])
            }
            let text = rows.map { row in
                row.map { cell in cell.contains(delimiter) || cell.contains("\"") || cell.contains("\n")
                    ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell }.joined(separator: delimiter)
            }.joined(separator: "\r\n") + "\r\n"
            var bytes: [UInt8]
            switch encoding {
            case "utf-8-sig": bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
            case "windows-1252": bytes = singleByte(text, extra: windows1252)
            case "iso-8859-1": bytes = singleByte(text, extra: [:])
            default: bytes = Array(text.utf8)
            }
            let number = decimalComma ? #", "decimalChar": ",""# : ""
            let date = frenchDates ? #", "format": "%d/%m/%Y""# : ""
            let schema = """
            {
              "fields": [
                {"name": "code_commune", "type": "string", "constraints": {"required": true, "pattern": "[0-9]{5}"}},
                {"name": "nom", "type": "string"},
                {"name": "population", "type": "integer"},
                {"name": "surface", "type": "number"\(number)},
                {"name": "date_maj", "type": "date"\(date)},
                {"name": "ouvert", "type": "boolean", "trueValues": ["oui"], "falseValues": ["non"]}
              ],
              "missingValues": ["", "NA"]
            }

            """
            return Table(fileExtension: delimiter == "\t" ? "tsv" : "csv", bytes: bytes, schema: schema)
        }

        /// The letters Windows-1252 puts in 0x80–0x9F that the names use.
        static let windows1252: [Character: UInt8] = ["Œ": 0x8C, "œ": 0x9C, "€": 0x80, "’": 0x92]

        /// Text in a single-byte encoding: Latin-1 code points as they are, `extra` for the others, `?` for the rest.
        static func singleByte(_ text: String, extra: [Character: UInt8]) -> [UInt8] {
            text.flatMap { character -> [UInt8] in
                if let byte = extra[character] { return [byte] }
                let scalars = character.unicodeScalars.map(\.value)
                return scalars.allSatisfy({ $0 < 0x100 }) ? scalars.map { UInt8($0) } : [0x3F]
            }
        }

        static let variants = [
            make(delimiter: ",", encoding: "utf-8", decimalComma: false, frenchDates: false),
            make(delimiter: ";", encoding: "utf-8-sig", decimalComma: true, frenchDates: true),
            make(delimiter: ";", encoding: "windows-1252", decimalComma: true, frenchDates: false),
            make(delimiter: ",", encoding: "iso-8859-1", decimalComma: false, frenchDates: true),
            make(delimiter: "\t", encoding: "utf-8", decimalComma: false, frenchDates: false),
            make(delimiter: "|", encoding: "utf-8", decimalComma: true, frenchDates: false),
        ]
    }
}
