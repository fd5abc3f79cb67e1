import KiosqueMarkdown
import KiosqueModel

/// schema.org descriptions for search engines: a `Dataset` on each dataset page, a `DataCatalog` on the home
/// page, embedded as JSON-LD. ``JSONValue`` escapes `<`, `>` and `&`, so the text cannot close its `<script>`.
public enum SchemaOrg {
    /// The `<script type="application/ld+json">` element that carries a description.
    public static func scriptElement(_ value: JSONValue) -> String {
        "<script type=\"application/ld+json\">" + value.serialized(pretty: false) + "</script>"
    }

    /// A dataset as Google's Dataset rich result reads it.
    public static func dataset(_ dataset: Dataset, in catalog: Catalog) -> JSONValue {
        let site = SiteAddress(catalog.portal)
        let language = catalog.portal.language
        let organization = catalog.organization(dataset.organizationID)
        var creator: [String: JSONValue] = ["@type": "Organization", "name": .string(organization?.name ?? dataset.organizationID)]
        if let url = organization?.url { creator["url"] = .string(URIText.escaped(url)) }
        var node: [String: JSONValue] = [
            "@context": "https://schema.org/",
            "@type": "Dataset",
            "name": .string(dataset.title),
            "description": .string(description(dataset, catalog)),
            "identifier": .string(dataset.id),
            "license": .string(URIText.escaped(dataset.license.url)),
            "creator": .object(creator),
            "publisher": .object(creator),
            "isAccessibleForFree": true,
            "inLanguage": .string(language.rawValue),
            "includedInDataCatalog": .object(catalogReference(catalog, site)),
        ]
        let keywords = dataset.keywords + dataset.themeIDs.compactMap { catalog.theme($0)?.label }
        if !keywords.isEmpty { node["keywords"] = .array(keywords.map(JSONValue.string)) }
        if let site { node["url"] = .string(site.dataset(dataset.id)) }
        if let modified = dataset.modified { node["dateModified"] = .string(modified.iso8601) }
        if let issued = dataset.issued { node["datePublished"] = .string(issued.iso8601) }
        if let temporal = dataset.temporal, temporal.start != nil || temporal.end != nil {
            node["temporalCoverage"] = .string((temporal.start?.iso8601 ?? "..") + "/" + (temporal.end?.iso8601 ?? ".."))
        }
        if let spatial = dataset.spatial {
            var place: [String: JSONValue] = ["@type": "Place"]
            if let name = spatial.name { place["name"] = .string(name) }
            if let box = spatial.bbox, box.count == 4 {
                // GeoShape boxes are "south west north east".
                place["geo"] = ["@type": "GeoShape", "box": .string([box[1], box[0], box[3], box[2]].map(WKT.decimal).joined(separator: " "))]
            }
            if place.count > 1 { node["spatialCoverage"] = .object(place) }
        }
        let downloads = dataset.distributions.map { download($0, of: dataset, site) }
        if !downloads.isEmpty { node["distribution"] = .array(downloads) }
        return .object(node)
    }

    /// The portal as a `DataCatalog`, for the home page.
    public static func dataCatalog(_ catalog: Catalog) -> JSONValue {
        let site = SiteAddress(catalog.portal)
        var node = catalogReference(catalog, site)
        node["@context"] = "https://schema.org/"
        node["description"] = .string(Markdown.plainText(catalog.portal.description ?? catalog.portal.title, limit: 4900))
        node["inLanguage"] = .string(catalog.portal.language.rawValue)
        if let id = catalog.portal.publisherID, let organization = catalog.organization(id) {
            node["publisher"] = ["@type": "Organization", "name": .string(organization.name)]
        }
        if let site { node["dataset"] = .array(catalog.datasets.map { ["@id": .string(site.datasetNode($0.id))] }) }
        return .object(node)
    }

    private static func catalogReference(_ catalog: Catalog, _ site: SiteAddress?) -> [String: JSONValue] {
        var node: [String: JSONValue] = ["@type": "DataCatalog", "name": .string(catalog.portal.title)]
        if let site { node["url"] = .string(site.base) }
        return node
    }

    /// A `DataDownload`: the published file's address, or the remote resource's.
    private static func download(_ distribution: Distribution, of dataset: Dataset, _ site: SiteAddress?) -> JSONValue {
        var node: [String: JSONValue] = [
            "@type": "DataDownload",
            "name": .string(distribution.title),
            "encodingFormat": .string(MediaType.essence(distribution.mediaType) ?? distribution.format),
        ]
        switch distribution.source {
        case let .file(name, _, size):
            node["contentUrl"] = .string(site?.file(dataset.id, name) ?? URIText.encodePath(name))
            node["contentSize"] = .string("\(size) B")
        case let .remote(url):
            node["contentUrl"] = .string(URIText.escaped(url))
        }
        return .object(node)
    }

    /// Plain text of the description, 50 to 5,000 characters as Google asks: a short one is completed with the
    /// publisher and the portal.
    static func description(_ dataset: Dataset, _ catalog: Catalog) -> String {
        var text = Markdown.plainText(dataset.description, limit: 4900)
        if text.count < 50 {
            let language = catalog.portal.language
            let publisher = catalog.organization(dataset.organizationID)?.name ?? dataset.organizationID
            let suffix = language.pick("Jeu de données « \(dataset.title) » publié par \(publisher) sur \(catalog.portal.title).",
                                       "Dataset \"\(dataset.title)\" published by \(publisher) on \(catalog.portal.title).")
            text = text.isEmpty ? suffix : text + " — " + suffix
        }
        return text
    }
}
