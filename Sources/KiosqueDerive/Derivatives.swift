import KiosqueModel

/// Machine-readable files derived from the catalog, with no disk access: the DCAT-AP catalogue, data.json,
/// Data Packages, `SHA256SUMS`, `sitemap.xml` and `robots.txt`.
public enum Derivatives {
    /// `htmlPages` are the output paths of the rendered pages, for the sitemap.
    public static func build(from catalog: Catalog, now: DateStamp, htmlPages: [String] = [],
                             catalogPageSize: Int = CatalogFeed.defaultPageSize) -> [Artifact] {
        var artifacts = CatalogFeed.artifacts(catalog, pageSize: catalogPageSize)
        if let dataJSON = DataJSON.document(catalog) { artifacts.append(Artifact(path: "data.json", text: dataJSON.serialized())) }
        for dataset in catalog.datasets {
            if let package = DataPackage.document(dataset, in: catalog) {
                artifacts.append(Artifact(path: "datasets/\(dataset.id)/datapackage.json", text: package.serialized()))
            }
        }
        artifacts.append(Artifact(path: "SHA256SUMS", text: Checksums.file(catalog)))
        if let sitemap = Sitemap.document(catalog, pages: htmlPages) { artifacts.append(Artifact(path: "sitemap.xml", text: sitemap)) }
        artifacts.append(Artifact(path: "robots.txt", text: Sitemap.robots(catalog)))
        return artifacts.sorted { $0.path < $1.path }
    }
}
