import KiosqueModel

/// Every text the load and validate stages show, in French and English, in one place.
struct Messages: Sendable {
    let language: Language

    private func t(_ fr: String, _ en: String) -> String { language.pick(fr, en) }

    func typeName(_ node: YAMLKind) -> String {
        switch node {
        case .text: t("un texte", "a text")
        case .list: t("une liste", "a list")
        case .mapping: t("un dictionnaire (clé: valeur)", "a mapping (key: value)")
        case .null: t("une valeur vide", "an empty value")
        }
    }

    func missingField(_ key: String) -> String { t("le champ obligatoire « \(key) » est absent", "the required field '\(key)' is missing") }
    func missingFieldHint(_ key: String, example: String) -> String {
        t("ajoutez une ligne « \(key): \(example) »", "add a line '\(key): \(example)'")
    }
    func emptyField(_ key: String) -> String { t("le champ « \(key) » est vide", "the field '\(key)' is empty") }
    func wrongType(_ key: String, expected: String, found: String) -> String {
        t("le champ « \(key) » doit être \(expected), pas \(found)", "the field '\(key)' must be \(expected), not \(found)")
    }
    func listHint(_ key: String) -> String {
        t("écrivez une liste : « \(key): [a, b] », ou une ligne « - a » par élément sous « \(key): »",
          "write a list: '\(key): [a, b]', or one line '- a' per item under '\(key):'")
    }
    func textHint(_ key: String) -> String {
        t("écrivez le texte sur la même ligne que « \(key): », entre guillemets s'il contient « : » ou « # »",
          "write the text on the same line as '\(key):', in quotes if it holds ': ' or ' #'")
    }
    var expectedText: String { t("un texte", "a text") }
    var expectedList: String { t("une liste", "a list") }
    var expectedMapping: String { t("un dictionnaire (clé: valeur)", "a mapping (key: value)") }
    var expectedBool: String { t("true ou false", "true or false") }
    var expectedNumber: String { t("un nombre", "a number") }
    func unknownKey(_ key: String, in what: String) -> String {
        t("clé inconnue « \(key) » dans \(what)", "unknown key '\(key)' in \(what)")
    }
    func didYouMean(_ suggestion: String) -> String { t("vouliez-vous dire « \(suggestion) » ?", "did you mean '\(suggestion)'?") }
    func allowedKeys(_ keys: [String]) -> String {
        t("clés possibles : ", "allowed keys: ") + keys.joined(separator: ", ")
    }
    func badDate(_ key: String, _ value: String) -> String {
        t("la date « \(value) » du champ « \(key) » n'est pas valide", "the date '\(value)' in '\(key)' is not valid")
    }
    var badDateHint: String {
        t("écrivez la date au format AAAA-MM-JJ, par exemple 2024-03-31", "write the date as YYYY-MM-DD, for example 2024-03-31")
    }
    func unknownValue(_ key: String, _ value: String) -> String {
        t("valeur inconnue « \(value) » pour « \(key) »", "unknown value '\(value)' for '\(key)'")
    }
    func unknownOrganization(_ id: String) -> String {
        t("l'organisation « \(id) » n'existe pas", "the organization '\(id)' does not exist")
    }
    func organizationHint(_ known: [String]) -> String {
        known.isEmpty
            ? t("créez le fichier site/organizations/<id>.yaml avec au moins « name: »",
                "create site/organizations/<id>.yaml with at least 'name:'")
            : t("organisations connues : ", "known organizations: ") + known.joined(separator: ", ")
    }
    var missingOrganization: String {
        t("le jeu de données n'a pas d'organisation", "the dataset has no organization")
    }
    var missingOrganizationHint: String {
        t("ajoutez « organization: <id> » ou « publisher: <id> » dans site/portal.yaml",
          "add 'organization: <id>', or 'publisher: <id>' in site/portal.yaml")
    }
    func unknownTheme(_ id: String) -> String { t("le thème « \(id) » n'existe pas", "the theme '\(id)' does not exist") }
    func unknownLicense(_ id: String) -> String { t("la licence « \(id) » n'est pas connue", "the licence '\(id)' is not known") }
    func unknownFrequency(_ id: String) -> String {
        t("la fréquence « \(id) » n'est pas connue", "the frequency '\(id)' is not known")
    }
    func knownValues(_ values: [String]) -> String { t("valeurs possibles : ", "possible values: ") + values.joined(separator: ", ") }
    var licenseHint: String {
        t("utilisez un identifiant (etalab-2.0, odbl-1.0, cc-by-4.0, cc-by-sa-4.0, cc0-1.0) ou « {name: …, url: …} »",
          "use an id (etalab-2.0, odbl-1.0, cc-by-4.0, cc-by-sa-4.0, cc0-1.0) or '{name: …, url: …}'")
    }
    func missingFile(_ path: String) -> String {
        t("le fichier « \(path) » n'existe pas dans le dossier du jeu de données", "the file '\(path)' does not exist in the dataset folder")
    }
    func pathLeavesFolder(_ path: String) -> String {
        t("le chemin « \(path) » sort du dossier du jeu de données", "the path '\(path)' leaves the dataset folder")
    }
    var pathLeavesHint: String {
        t("indiquez un fichier placé dans le même dossier que dataset.yaml, sans « .. » ni chemin absolu",
          "name a file in the same folder as dataset.yaml, without '..' or an absolute path")
    }
    func symlinkOut(_ path: String) -> String {
        t("« \(path) » est un lien symbolique qui sort du dépôt : il n'est pas publié",
          "'\(path)' is a symbolic link that leaves the repository: it is not published")
    }
    var symlinkHint: String {
        t("remplacez le lien par une copie du fichier", "replace the link by a copy of the file")
    }
    func badID(_ id: String, suggestion: String) -> String {
        t("l'identifiant « \(id) » n'est pas valide", "the id '\(id)' is not valid")
    }
    func badIDHint(_ suggestion: String) -> String {
        t("un identifiant s'écrit en minuscules sans accents ni espaces, avec des tirets : « \(suggestion) »",
          "an id is lower-case ASCII with dashes, no spaces: '\(suggestion)'")
    }
    func caseCollision(_ a: String, _ b: String) -> String {
        t("les jeux de données « \(a) » et « \(b) » ne diffèrent que par la casse", "the datasets '\(a)' and '\(b)' differ only by case")
    }
    var caseCollisionHint: String {
        t("les adresses web ne doivent pas dépendre des majuscules : renommez l'un des deux dossiers",
          "web addresses must not depend on case: rename one of the folders")
    }
    var missingPortal: String { t("le fichier site/portal.yaml est absent", "the file site/portal.yaml is missing") }
    var missingPortalHint: String {
        t("créez site/portal.yaml avec au moins « title: » et « base_url: »", "create site/portal.yaml with at least 'title:' and 'base_url:'")
    }
    var noBaseURL: String {
        t("sans « base_url », le catalogue DCAT (catalog.jsonld, .ttl, .rdf), data.json et sitemap.xml ne sont pas publiés",
          "without 'base_url', the DCAT catalogue (catalog.jsonld, .ttl, .rdf), data.json and sitemap.xml are not published")
    }
    var noBaseURLHint: String {
        t("ajoutez « base_url: https://… », l'adresse où le site sera publié (ou passez --base-url)",
          "add 'base_url: https://…', the address where the site is published (or pass --base-url)")
    }
    var missingDescriptor: String {
        t("le dossier n'a pas de fichier dataset.yaml", "the folder has no dataset.yaml")
    }
    var missingDescriptorHint: String {
        t("ajoutez un fichier dataset.yaml avec title, description, organization et license",
          "add a dataset.yaml with title, description, organization and license")
    }
    func notAMapping(_ what: String) -> String {
        t("\(what) doit être un dictionnaire de clés et de valeurs", "\(what) must be a mapping of keys and values")
    }
    func unknownDataset(_ id: String) -> String {
        t("le jeu de données « \(id) » n'existe pas", "the dataset '\(id)' does not exist")
    }
    func badURL(_ key: String, _ value: String) -> String {
        t("l'adresse « \(value) » du champ « \(key) » n'est pas une adresse http ou https", "the address '\(value)' in '\(key)' is not an http or https URL")
    }
    func badLink(_ key: String, _ value: String) -> String {
        t("le lien « \(value) » du champ « \(key) » n'est ni une page du site, ni une adresse http, https ou mailto",
          "the link '\(value)' in '\(key)' is neither a page of the site nor an http, https or mailto address")
    }
    var badLinkHint: String {
        t("écrivez une page du site (datasets/) ou une adresse complète (https://…)", "write a page of the site (datasets/) or a full address (https://…)")
    }
    var badURLHint: String { t("écrivez une adresse complète, par exemple https://exemple.fr/page", "write a full address, for example https://example.org/page") }
    func badEmail(_ value: String) -> String { t("l'adresse électronique « \(value) » n'est pas valide", "the email address '\(value)' is not valid") }
    var pathAndURL: String { t("une ressource a soit « path », soit « url », pas les deux", "a resource has either 'path' or 'url', not both") }
    var pathOrURL: String { t("une ressource doit avoir « path » ou « url »", "a resource needs 'path' or 'url'") }
    func bboxInvalid() -> String {
        t("« bbox » doit contenir quatre nombres : ouest, sud, est, nord", "'bbox' must hold four numbers: west, south, east, north")
    }
    var bboxHint: String { t("par exemple bbox: [1.85, 47.87, 1.95, 47.93]", "for example bbox: [1.85, 47.87, 1.95, 47.93]") }
    func temporalOrder() -> String { t("la date de fin précède la date de début", "the end date comes before the start date") }
    func duplicateResource(_ name: String) -> String {
        t("la ressource « \(name) » est déclarée deux fois", "the resource '\(name)' is listed twice")
    }
    func urlCollision(_ path: String) -> String {
        t("deux fichiers seraient publiés à la même adresse « \(path) »", "two files would be published at the same address '\(path)'")
    }
    func missingFrontMatter(_ key: String) -> String {
        t("l'en-tête du fichier doit donner « \(key): »", "the file's front matter must give '\(key):'")
    }
    var frontMatterHint: String {
        t("commencez le fichier par ---, puis « title: … », puis --- sur sa propre ligne",
          "start the file with ---, then 'title: …', then --- on a line of its own")
    }
    func newsFileName(_ name: String) -> String {
        t("le nom « \(name) » ne suit pas la forme AAAA-MM-JJ-titre.md", "the name '\(name)' does not follow YYYY-MM-DD-title.md")
    }
    func unreadable(_ path: String) -> String { t("impossible de lire « \(path) »", "cannot read '\(path)'") }
    func tableRagged(line: Int, expected: Int, found: Int) -> String {
        t("la ligne \(line) a \(found) colonnes au lieu de \(expected)", "line \(line) has \(found) columns instead of \(expected)")
    }
    func tableRaggedMore(_ count: Int) -> String {
        t("\(count) autres lignes n'ont pas le bon nombre de colonnes", "\(count) more lines have the wrong number of columns")
    }
    var tableRaggedHint: String {
        t("un séparateur dans une valeur doit être entre guillemets", "a delimiter inside a value must be quoted")
    }
    var tableBinary: String {
        t("ce fichier n'est pas un fichier texte CSV : il n'a pas d'aperçu", "this file is not a CSV text file: it has no preview")
    }
    func tableProblem(_ what: String) -> String { t("lecture du tableau : ", "reading the table: ") + what }
    var unknownLanguage: String { t("la langue doit être fr ou en", "the language must be fr or en") }
    func logoMissing(_ path: String) -> String { t("le logo « \(path) » n'existe pas", "the logo '\(path)' does not exist") }
}

/// The kind of a YAML node, as the messages name it.
enum YAMLKind { case text, list, mapping, null }
