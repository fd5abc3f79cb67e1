import KiosqueModel

/// Machine-readable files derived from the catalog, with no disk access: catalogue feeds, robots.txt.
public enum Derivatives {
    public static func build(from catalog: Catalog, now: DateStamp) -> [Artifact] {
        [
            Artifact(path: "catalog.jsonld", text: CatalogJSONLD.document(catalog).serialized()),
            Artifact(path: "robots.txt", text: "User-agent: *\nAllow: /\n"),
        ]
    }
}
