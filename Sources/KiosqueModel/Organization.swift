/// A publisher, from `site/organizations/<id>.yaml`.
public struct Organization: Sendable, Equatable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable {
        case commune, epci, departement, region, etat, association, entreprise, autre
    }

    public let id: String
    public let name: String
    public let description: String?
    public let kind: Kind?
    public let siren: String?
    public let url: String?
    public let email: String?
    /// Path relative to the repository root (`site/organizations/logo.svg` or `site/assets/…`).
    public let logo: String?

    public init(id: String, name: String, description: String?, kind: Kind?, siren: String?, url: String?,
                email: String?, logo: String?) {
        self.id = id
        self.name = name
        self.description = description
        self.kind = kind
        self.siren = siren
        self.url = url
        self.email = email
        self.logo = logo
    }
}
