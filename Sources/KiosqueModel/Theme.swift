/// A data theme: one of the 13 EU data themes, or a portal theme mapped to one of them.
public struct Theme: Sendable, Hashable {
    public let id: String
    public let label: String
    /// EU data-theme code (`EDUC`) this theme maps to, for DCAT.
    public let euCode: String?

    public init(id: String, label: String, euCode: String?) {
        self.id = id
        self.label = label
        self.euCode = euCode
    }

    /// The 13 EU data themes (`http://publications.europa.eu/resource/authority/data-theme`).
    public static func euThemes(_ language: Language) -> [Theme] {
        let labels: [(String, String, String)] = [
            ("agri", "Agriculture, pêche, sylviculture et alimentation", "Agriculture, fisheries, forestry and food"),
            ("econ", "Économie et finances", "Economy and finance"),
            ("educ", "Éducation, culture et sport", "Education, culture and sport"),
            ("ener", "Énergie", "Energy"),
            ("envi", "Environnement", "Environment"),
            ("gove", "Gouvernement et secteur public", "Government and public sector"),
            ("heal", "Santé", "Health"),
            ("intr", "Questions internationales", "International issues"),
            ("just", "Justice, système juridique et sécurité publique", "Justice, legal system and public safety"),
            ("regi", "Régions et villes", "Regions and cities"),
            ("soci", "Population et société", "Population and society"),
            ("tech", "Science et technologie", "Science and technology"),
            ("tran", "Transports", "Transport"),
        ]
        return labels.map { Theme(id: $0.0, label: language.pick($0.1, $0.2), euCode: $0.0.uppercased()) }
    }
}
