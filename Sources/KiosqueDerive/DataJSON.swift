import KiosqueModel

/// `data.json`: the catalogue in DCAT-US 1.1 (Project Open Data), valid against the non-federal schema.
public enum DataJSON {
    static let schema = "https://project-open-data.cio.gov/v1.1/schema"

    /// nil when the portal has no `base_url`: data.json holds absolute addresses.
    public static func document(_ catalog: Catalog) -> JSONValue? {
        guard let site = SiteAddress(catalog.portal) else { return nil }
        return [
            "@context": .string(schema + "/catalog.jsonld"),
            "@id": .string(site.page("data.json")),
            "@type": "dcat:Catalog",
            "conformsTo": .string(schema),
            "describedBy": .string(schema + "/catalog.json"),
            "dataset": .array(catalog.datasets.map { dataset($0, catalog, site) }),
        ]
    }

    /// data.json as `document(catalog).serialized()` writes it, cut around its datasets: the text before the first
    /// entry and after the last. Each entry (`entryText`) is indented by four spaces and separated by `,` and a line
    /// feed; so the file can be assembled from entries made in parallel, or kept from a previous build. Nil without
    /// `base_url`, or when the catalogue has no dataset (then `document` is written whole).
    public static func frame(_ catalog: Catalog) -> (before: String, after: String)? {
        guard SiteAddress(catalog.portal) != nil, !catalog.datasets.isEmpty else { return nil }
        let marker = "\u{0}kiosque-datasets\u{0}"
        guard case var .object(members)? = document(Catalog(portal: catalog.portal, organizations: [], themes: [], datasets: [],
                                                             reuses: [], pages: [], news: [], assets: [])) else { return nil }
        members["dataset"] = .array([.string(marker)])
        let parts = JSONValue.object(members).serialized()
            .split(separator: "    " + JSONValue.string(marker).serialized(pretty: false), omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    /// The text of one dataset's entry in data.json.
    public static func entryText(_ dataset: Dataset, in catalog: Catalog) -> String {
        guard let site = SiteAddress(catalog.portal) else { return "" }
        return self.dataset(dataset, catalog, site).serialized(depth: 2)
    }

    static func dataset(_ dataset: Dataset, _ catalog: Catalog, _ site: SiteAddress) -> JSONValue {
        let language = catalog.portal.language
        let organization = catalog.organization(dataset.organizationID)
        var contact: [String: JSONValue] = [
            "@type": "vcard:Contact",
            "fn": .string(dataset.contact?.name ?? organization?.name ?? catalog.portal.title),
        ]
        if let email = dataset.contact?.email ?? organization?.email ?? catalog.portal.contact?.email, isEmail(email) {
            contact["hasEmail"] = .string("mailto:" + email)
        }
        var node: [String: JSONValue] = [
            "@type": "dcat:Dataset",
            "identifier": .string(site.dataset(dataset.id)),
            "title": .string(dataset.title),
            "description": .string(dataset.description.isEmpty ? dataset.title : dataset.description),
            "accessLevel": "public",
            "license": .string(URIText.escaped(dataset.license.url)),
            "publisher": ["@type": "org:Organization", "name": .string(organization?.name ?? dataset.organizationID)],
            "contactPoint": .object(contact),
            "landingPage": .string(site.dataset(dataset.id)),
            "language": [.string(language.rawValue)],
        ]
        let themes = dataset.themeIDs.compactMap { catalog.theme($0)?.label }
        let keywords = (dataset.keywords.isEmpty ? themes : dataset.keywords).filter { !$0.isEmpty }
        if !keywords.isEmpty { node["keyword"] = .array(keywords.map(JSONValue.string)) }
        if !themes.isEmpty { node["theme"] = .array(unique(themes).map(JSONValue.string)) }
        if let modified = dataset.modified ?? dataset.issued { node["modified"] = .string(modified.iso8601) }
        if let issued = dataset.issued { node["issued"] = .string(issued.iso8601) }
        if let periodicity = dataset.frequency?.isoPeriodicity { node["accrualPeriodicity"] = .string(periodicity) }
        if let start = dataset.temporal?.start, let end = dataset.temporal?.end { node["temporal"] = .string(start.iso8601 + "/" + end.iso8601) }
        if let spatial = dataset.spatial {
            if let box = spatial.bbox, box.count == 4 {
                node["spatial"] = .string(box.map(WKT.decimal).joined(separator: ","))
            } else if let name = spatial.name ?? spatial.insee {
                node["spatial"] = .string(name)
            }
        }
        if let schema = dataset.schema, let address = catalog.schemaAddress(schema, for: dataset, site: site) {
            node["conformsTo"] = .string(address)
        }
        let distributions = dataset.distributions.map { distribution($0, of: dataset, catalog, site) }
        if !distributions.isEmpty { node["distribution"] = .array(distributions) }
        return .object(node)
    }

    /// A distribution: a published file has a `downloadURL` and therefore a `mediaType`; a remote resource an `accessURL`.
    static func distribution(_ distribution: Distribution, of dataset: Dataset, _ catalog: Catalog, _ site: SiteAddress) -> JSONValue {
        var node: [String: JSONValue] = [
            "@type": "dcat:Distribution",
            "title": .string(distribution.title.isEmpty ? distribution.format : distribution.title),
            "format": .string(distribution.format),
        ]
        if let description = distribution.description, !description.isEmpty { node["description"] = .string(description) }
        let mediaType = MediaType.essence(distribution.mediaType).flatMap { isPOD($0) ? $0 : nil }
        switch distribution.source {
        case let .file(name, _, _):
            node["downloadURL"] = .string(site.file(dataset.id, name))
            node["mediaType"] = .string(mediaType ?? "application/octet-stream")
        case let .remote(url):
            node["accessURL"] = .string(URIText.escaped(url))
            if let mediaType { node["mediaType"] = .string(mediaType) }
        }
        if let reference = catalog.schemaReference(of: distribution, in: dataset),
           let address = catalog.schemaAddress(reference, for: dataset, site: site) {
            node["conformsTo"] = .string(address)
        }
        return .object(node)
    }

    /// The media type pattern of the DCAT-US schema: `[-\w]+/[-\w]+(\.[-\w]+)*([+][-\w]+)?`.
    static func isPOD(_ mediaType: String) -> Bool {
        let word: (Character) -> Bool = { $0 == "-" || $0 == "_" || $0.isLetter || $0.isNumber }
        let parts = mediaType.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(word) else { return false }
        let plus = parts[1].split(separator: "+", omittingEmptySubsequences: false)
        guard plus.count <= 2, plus.allSatisfy({ !$0.isEmpty }), plus.count < 2 || plus[1].allSatisfy(word) else { return false }
        let dotted = plus[0].split(separator: ".", omittingEmptySubsequences: false)
        return dotted.allSatisfy { !$0.isEmpty && $0.allSatisfy(word) }
    }

    /// The address shape the DCAT-US schema accepts after `mailto:`.
    static func isEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        let local: (Character) -> Bool = { $0.isLetter || $0.isNumber || "_~!$&'()*+,;=:.-".contains($0) }
        let domain: (Character) -> Bool = { $0.isLetter || $0.isNumber || "_.-".contains($0) }
        return parts[0].allSatisfy(local) && parts[1].allSatisfy(domain)
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: [String] = []
        for value in values where !seen.contains(value) { seen.append(value) }
        return seen
    }
}
