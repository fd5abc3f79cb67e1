import Foundation
import KiosqueModel
import KiosqueSearch

/// The search index's files in memory, read the way the browser reads them.
struct SearchFiles {
    let files: [String: [UInt8]]

    init(_ index: SearchIndex) {
        var files: [String: [UInt8]] = [:]
        for artifact in index.artifacts() {
            if case let .bytes(bytes) = artifact.body { files[String(artifact.path.dropFirst("search/".count))] = bytes }
        }
        self.files = files
    }

    func client() -> SearchClient { SearchClient { files[$0] } }

    func search(_ text: String, filters: [SearchFacet: String] = [:], sort: SearchClient.Sort? = nil, page: Int = 1) -> SearchClient.Result? {
        client().search(SearchClient.Query(text, filters: filters, sort: sort, page: page))
    }

    /// Writes the files under `folder`.
    func write(to folder: URL) throws {
        for (path, bytes) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
    }
}

/// A catalog of many datasets, generated from a fixed seed with a vocabulary like the one of French local
/// authorities, for measuring the search index at scale.
enum GeneratedCatalog {
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        /// Small indexes much more often than large ones (roughly Zipf).
        mutating func skewed(_ n: Int) -> Int { min(n - 1, Int(Double(n) * pow(Double(below(10_000)) / 10_000, 2.2))) }
    }

    static let subjects = ["budget primitif", "compte administratif", "subventions aux associations", "délibérations du conseil",
                           "marchés publics", "arbres d'alignement", "menus de la cantine", "équipements sportifs", "bornes de recharge",
                           "points d'apport volontaire", "horaires des services", "élus municipaux", "prénoms des nouveau-nés",
                           "consommations énergétiques", "qualité de l'eau", "parkings publics", "pistes cyclables", "écoles",
                           "bibliothèques", "défibrillateurs", "toilettes publiques", "aires de jeux", "collecte des déchets",
                           "transports scolaires", "permis de construire", "état civil", "recensement", "associations",
                           "cimetières", "éclairage public", "voirie communale", "espaces verts", "bancs publics",
                           "fontaines", "marchés forains", "salles municipales", "accidents de la route", "bruit routier",
                           "logements sociaux", "zones inondables", "plan local d'urbanisme", "cadastre", "adresses"]
    static let vocabulary: [String] = {
        let base = """
        données commune ville intercommunalité conseil municipal année liste fichier colonne ligne service public usagers \
        territoire habitants quartier rue place avenue boulevard adresse coordonnées latitude longitude géolocalisation carte \
        montant euros dépenses recettes fonctionnement investissement chapitre compte nature fonction section vote séance \
        date début fin période mise jour publication licence ouverte réutilisation format schéma national socle commun \
        local collectivité département région état préfecture contrôle légalité transparence citoyens information accès \
        horaires ouverture fermeture accueil mairie agence postale médiathèque piscine gymnase stade école maternelle \
        élémentaire collège lycée crèche enfance jeunesse sport culture loisirs tourisme patrimoine monument église \
        environnement nature biodiversité arbre essence espèce hauteur diamètre plantation déchets tri verre emballages \
        papier textile biodéchets collecte conteneur volume fréquence énergie électricité gaz chauffage consommation \
        bâtiment surface kilowattheure coût facture eau potable assainissement réseau canalisation qualité analyse \
        transport bus ligne arrêt vélo stationnement parking place recharge véhicule électrique borne puissance \
        opérateur accessibilité handicap personnes mobilité réduite santé médecin pharmacie hôpital social aide \
        logement emploi entreprise commerce économie marché fournisseur titulaire procédure attribution notification \
        durée lot avenant cantine repas menu plat allergène bio local label produit restauration scolaire élève
        """
        var words = base.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        // A long tail of rarer words, as real descriptions have.
        let syllables = ["ba", "ro", "li", "ne", "ta", "mu", "vé", "ca", "do", "ri", "sé", "po", "lan", "ter", "mon", "vil"]
        var random = Random(state: 7)
        for _ in 0..<3000 {
            var word = ""
            for _ in 0..<(2 + random.below(3)) { word += syllables[random.below(syllables.count)] }
            words.append(word)
        }
        return words
    }()
    static let communes: [String] = {
        let first = ["Saint", "Sainte", "Val", "Mont", "Pont", "Bois", "Champ", "Port", "Vieux", "Grand", "Petit", "Neuf"]
        let second = ["Martin", "Pierre", "Lys", "Loire", "Marne", "Seine", "Aubin", "Denis", "Germain", "Laurent", "Sauveur",
                      "Vigne", "Forêt", "Rivière", "Colline", "Prairie", "Source", "Roche", "Moulin", "Château"]
        return first.flatMap { a in second.map { b in "\(a)-\(b)" } }
    }()

    static func catalog(datasets count: Int, seed: UInt64 = 42) -> Catalog {
        var random = Random(state: seed)
        let organizations = communes.enumerated().map { index, name in
            Organization(id: "org-\(index)", name: "Commune de \(name)", description: nil, kind: .commune, siren: nil, url: nil, email: nil, logo: nil)
        }
        let keywords = vocabulary.prefix(300).map { $0 } + subjects
        let formats = ["CSV", "CSV", "CSV", "CSV", "JSON", "GEOJSON", "PDF", "XLSX", "ODS", "ZIP"]
        let themes = Theme.euThemes(.fr)
        var datasets: [Dataset] = []
        for n in 0..<count {
            let subject = subjects[random.skewed(subjects.count)]
            let organization = organizations[random.below(organizations.count)]
            let year = 2015 + random.below(11)
            let title = "\(subject.prefix(1).uppercased() + subject.dropFirst()) \(year) — \(organization.name)"
            var words: [String] = []
            for _ in 0..<(40 + random.below(80)) { words.append(vocabulary[random.skewed(vocabulary.count)]) }
            let description = "Ce jeu de données présente les \(subject) de la \(organization.name.lowercased()) pour \(year). "
                + words.joined(separator: " ") + "."
            let distributions = (0..<(1 + random.below(3))).map { index -> Distribution in
                let format = formats[random.below(formats.count)]
                let name = "\(subject.split(separator: " ").first ?? "fichier")-\(year)-\(index).\(format.lowercased())"
                return Distribution(source: .file(name: name, repositoryPath: "data/d\(n)/\(name)", byteSize: 1000), title: name, description: nil,
                                    format: format, mediaType: nil, schema: nil, kind: .main, table: nil)
            }
            datasets.append(Dataset(
                id: "jeu-\(n)", title: title, description: description, organizationID: organization.id,
                license: License.registry[random.below(License.registry.count)],
                themeIDs: [themes[random.skewed(themes.count)].id], keywords: (0..<(2 + random.below(4))).map { _ in keywords[random.skewed(keywords.count)] },
                frequency: .annual, temporal: nil, spatial: nil, contact: nil, schema: nil,
                issued: .day(year: year, month: 1, day: 1), modified: .day(year: year, month: 1 + random.below(12), day: 1 + random.below(28)),
                featured: false, distributions: distributions, descriptorPath: "data/d\(n)/dataset.yaml"))
        }
        let portal = Portal(title: "Grand portail", description: nil, baseURL: "https://data.example/", language: .fr, publisherID: nil,
                            contact: nil, logo: nil, theme: "default", repository: nil, nav: [], footer: nil)
        return Catalog(portal: portal, organizations: organizations, themes: themes, datasets: datasets, reuses: [], pages: [], news: [],
                       assets: [])
    }
}
