import KiosqueModel

/// Absolute addresses of the published site, from `base_url`: the pages, the files, and the IRIs of the
/// things the feeds describe (`…/datasets/budget/#dataset`), which resolve to the page that shows them.
public struct SiteAddress: Sendable {
    /// The base URL, ending with `/`.
    public let base: String

    public init(base: String) {
        let escaped = URIText.escaped(base)
        self.base = escaped.hasSuffix("/") ? escaped : escaped + "/"
    }

    /// The site of a portal, when its `base_url` is known.
    public init?(_ portal: Portal) {
        guard let base = portal.baseURL else { return nil }
        self.init(base: base)
    }

    /// A path of the site (`datasets/`, `catalog.ttl`), percent-encoded.
    public func page(_ path: String) -> String { base + URIText.encodePath(path) }

    public var catalogNode: String { base + "#catalog" }
    public var portalPublisherNode: String { base + "#publisher" }

    public func dataset(_ id: String) -> String { page("datasets/\(id)/") }
    public func datasetNode(_ id: String) -> String { dataset(id) + "#dataset" }
    /// The distribution's IRI: the anchor of the resource on the dataset page.
    public func distributionNode(_ id: String, position: Int) -> String { dataset(id) + "#ressource-\(position + 1)" }
    public func file(_ datasetID: String, _ name: String) -> String { page("datasets/\(datasetID)/\(name)") }

    public func organization(_ id: String) -> String { page("organizations/\(id)/") }
    public func organizationNode(_ id: String) -> String { organization(id) + "#organization" }
}
