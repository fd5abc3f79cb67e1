/// A licence under which datasets are published.
public struct License: Sendable, Hashable {
    /// Registry id (`etalab-2.0`) or nil for a custom `{name, url}` licence.
    public let id: String?
    public let title: String
    public let url: String
    /// True for licences recognised as open (Open Definition conformant).
    public let isOpen: Bool

    public init(id: String?, title: String, url: String, isOpen: Bool = true) {
        self.id = id
        self.title = title
        self.url = url
        self.isOpen = isOpen
    }

    /// The licences a descriptor may name by id, with the IRIs data.gouv.fr and CKAN recognise.
    public static let registry: [License] = [
        License(id: "etalab-2.0", title: "Licence Ouverte / Open Licence version 2.0",
                url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence"),
        License(id: "odbl-1.0", title: "Open Data Commons Open Database License (ODbL)",
                url: "https://opendatacommons.org/licenses/odbl/"),
        License(id: "cc-by-4.0", title: "Creative Commons Attribution 4.0 International",
                url: "https://creativecommons.org/licenses/by/4.0/"),
        License(id: "cc-by-sa-4.0", title: "Creative Commons Attribution-ShareAlike 4.0 International",
                url: "https://creativecommons.org/licenses/by-sa/4.0/"),
        License(id: "cc0-1.0", title: "Creative Commons Zero v1.0 Universal",
                url: "https://creativecommons.org/publicdomain/zero/1.0/"),
    ]

    public static func named(_ id: String) -> License? { registry.first { $0.id == id } }
}
