import KiosqueModel

/// The controlled vocabularies of DCAT-AP: each term a feed uses is described in the feed itself, typed,
/// with a `skos:prefLabel` and its `skos:inScheme`, so that validators and harvesters need no network.
struct ControlledVocabulary {
    /// An authority table.
    struct Scheme: Sendable {
        let iri: String
        let title: (fr: String, en: String)
    }

    /// One term of an authority table, with the classes DCAT-AP expects of it besides `skos:Concept`.
    struct Concept: Sendable {
        let iri: String
        let label: String
        let scheme: Scheme
        let types: [String]
    }

    let language: Language

    static let authority = "http://publications.europa.eu/resource/authority/"
    static let dataThemes = Scheme(iri: authority + "data-theme", title: ("Thèmes des données", "Data theme"))
    static let frequencies = Scheme(iri: authority + "frequency", title: ("Fréquences", "Frequency"))
    static let languages = Scheme(iri: authority + "language", title: ("Langues", "Language"))
    static let fileTypes = Scheme(iri: authority + "file-type", title: ("Types de fichiers", "File type"))
    static let availabilities = Scheme(iri: authority + "planned-availability", title: ("Disponibilité prévue", "Planned availability"))
    static let accessRights = Scheme(iri: authority + "access-right", title: ("Droits d'accès", "Access right"))
    static let publisherTypes = Scheme(iri: "http://purl.org/adms/publishertype/1.0", title: ("Types d'éditeurs", "Publisher type"))
    static let licenceTypes = Scheme(iri: "http://purl.org/adms/licencetype/1.0", title: ("Types de licences", "Licence type"))

    /// Adds the concept and its scheme to the graph; returns the concept's node.
    @discardableResult
    func add(_ concept: Concept, to graph: inout RDFGraph) -> RDFTerm {
        let node = RDFTerm.iri(concept.iri), scheme = RDFTerm.iri(concept.scheme.iri)
        graph.add(node, Vocabulary.rdf("type"), .iri(Vocabulary.skos("Concept")))
        for type in concept.types { graph.add(node, Vocabulary.rdf("type"), .iri(type)) }
        graph.add(node, Vocabulary.skos("prefLabel"), .text(concept.label, language.rawValue))
        graph.add(node, Vocabulary.skos("inScheme"), scheme)
        graph.add(scheme, Vocabulary.rdf("type"), .iri(Vocabulary.skos("ConceptScheme")))
        graph.add(scheme, Vocabulary.dct("title"), .text(language.pick(concept.scheme.title.fr, concept.scheme.title.en), language.rawValue))
        return node
    }

    /// An EU data theme (`ECON`), labelled as the portal names it.
    func dataTheme(_ code: String) -> Concept {
        let label = Theme.euThemes(language).first { $0.euCode == code }?.label ?? code
        return Concept(iri: Self.dataThemes.iri + "/" + code, label: label, scheme: Self.dataThemes, types: [])
    }

    func frequency(_ frequency: Frequency) -> Concept {
        Concept(iri: Self.frequencies.iri + "/" + frequency.euCode, label: frequency.label(language), scheme: Self.frequencies,
                types: [Vocabulary.dct("Frequency")])
    }

    /// The portal's language, as the EU language table names it (`FRA`, `ENG`).
    var metadataLanguage: Concept {
        Concept(iri: Self.languages.iri + "/" + (language == .fr ? "FRA" : "ENG"), label: language.pick("français", "English"),
                scheme: Self.languages, types: [Vocabulary.dct("LinguisticSystem")])
    }

    var publicAccess: Concept {
        Concept(iri: Self.accessRights.iri + "/PUBLIC", label: language.pick("public", "public"), scheme: Self.accessRights,
                types: [Vocabulary.dct("RightsStatement")])
    }

    /// `STABLE` for files published with the portal, `AVAILABLE` for remote resources.
    func availability(published: Bool) -> Concept {
        published
            ? Concept(iri: Self.availabilities.iri + "/STABLE", label: language.pick("stable", "stable"), scheme: Self.availabilities, types: [])
            : Concept(iri: Self.availabilities.iri + "/AVAILABLE", label: language.pick("disponible", "available"),
                      scheme: Self.availabilities, types: [])
    }

    /// The EU file type of a distribution, from its format or, for an API, from its media type.
    func fileType(format: String, mediaType: String?) -> Concept {
        let code = Self.fileTypeCodes[format.uppercased()]
            ?? mediaType.flatMap { Self.formatsByMediaType[$0] }.flatMap { Self.fileTypeCodes[$0] }
            ?? (format.uppercased() == "API" ? ("MSG_HTTP", "HTTP") : ("BIN", language.pick("Données binaires", "Binary data")))
        return Concept(iri: Self.fileTypes.iri + "/" + code.0, label: code.1, scheme: Self.fileTypes,
                       types: [Vocabulary.dct("MediaTypeOrExtent")])
    }

    /// The ADMS publisher type of an organization; nil for `autre`.
    func publisherType(_ kind: Organization.Kind) -> Concept? {
        let term: (String, String, String)
        switch kind {
        case .commune, .epci, .departement: term = ("LocalAuthority", "Autorité locale", "Local authority")
        case .region: term = ("RegionalAuthority", "Autorité régionale", "Regional authority")
        case .etat: term = ("NationalAuthority", "Autorité nationale", "National authority")
        case .association: term = ("NonProfitOrganisation", "Organisation à but non lucratif", "Non-profit organisation")
        case .entreprise: term = ("Company", "Entreprise", "Company")
        case .autre: return nil
        }
        return Concept(iri: "http://purl.org/adms/publishertype/" + term.0, label: language.pick(term.1, term.2),
                       scheme: Self.publisherTypes, types: [])
    }

    /// The ADMS licence types of a registry licence (attribution, share-alike, public domain); none for a custom one.
    func licenceTypes(_ license: License) -> [Concept] {
        let names: [String] = switch license.id {
        case "etalab-2.0", "cc-by-4.0": ["Attribution"]
        case "odbl-1.0", "cc-by-sa-4.0": ["Attribution", "ShareAlike"]
        case "cc0-1.0": ["PublicDomain"]
        default: []
        }
        return names.map { name in
            let label = switch name {
            case "ShareAlike": language.pick("Partage dans les mêmes conditions", "Share-alike")
            case "PublicDomain": language.pick("Domaine public", "Public domain")
            default: language.pick("Attribution", "Attribution")
            }
            return Concept(iri: "http://purl.org/adms/licencetype/" + name, label: label, scheme: Self.licenceTypes, types: [])
        }
    }

    /// Kiosque format → EU file-type code and label.
    static let fileTypeCodes: [String: (String, String)] = [
        "CSV": ("CSV", "CSV"), "TSV": ("TSV", "TSV"), "TXT": ("TXT", "Plain text"), "JSON": ("JSON", "JSON"),
        "GEOJSON": ("GEOJSON", "GeoJSON"), "XLSX": ("XLSX", "Excel XLSX"), "XLS": ("XLS", "Excel XLS"), "ODS": ("ODS", "ODS"),
        "PDF": ("PDF", "PDF"), "ZIP": ("ZIP", "ZIP"), "XML": ("XML", "XML"), "MD": ("MARKDOWN", "Markdown"),
        "HTML": ("HTML", "HTML"), "PARQUET": ("PARQUET", "Parquet"), "SHP": ("SHP", "Esri Shape"), "KML": ("KML", "KML"),
        "KMZ": ("KMZ", "KMZ"), "GPX": ("GPX", "GPX"), "PNG": ("PNG", "PNG"), "JPEG": ("JPEG", "JPEG"), "SVG": ("SVG", "SVG"),
        "ODT": ("ODT", "ODT"), "DOCX": ("DOCX", "Word DOCX"), "GTFS": ("GTFS", "GTFS"), "ICS": ("ICS", "ICalendar"),
        "RDF": ("RDF_XML", "RDF XML"), "TURTLE": ("RDF_TURTLE", "RDF Turtle"), "JSON-LD": ("JSON_LD", "JSON-LD"),
        "GPKG": ("GPKG", "GeoPackage"), "YAML": ("YAML", "YAML"),
    ]

    /// Media type → Kiosque format, to find the file type of an API from the media type it serves.
    static let formatsByMediaType: [String: String] = [
        "text/csv": "CSV", "application/json": "JSON", "application/geo+json": "GEOJSON", "application/xml": "XML",
        "text/xml": "XML", "text/html": "HTML", "text/plain": "TXT", "application/ld+json": "JSON-LD",
        "text/turtle": "TURTLE", "application/rdf+xml": "RDF",
    ]
}
