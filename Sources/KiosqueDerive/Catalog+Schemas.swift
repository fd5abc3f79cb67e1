import KiosqueModel

extension Catalog {
    /// The Table Schema reference that applies to a distribution: its own, else the dataset's for a tabular file.
    func schemaReference(of distribution: Distribution, in dataset: Dataset) -> String? {
        distribution.schema ?? (distribution.isTabular ? dataset.schema : nil)
    }

    /// Where a schema reference is published: an http(s) URL as it is; a repository path (from the root, or from
    /// the dataset folder) when a dataset publishes that file; nil when the schema is not published.
    func schemaAddress(_ reference: String, for dataset: Dataset, site: SiteAddress?) -> String? {
        let lower = reference.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return URIText.escaped(reference) }
        guard let site, let (owner, name) = publishedSchemaFile(reference, for: dataset) else { return nil }
        return site.file(owner.id, name)
    }

    /// The dataset that publishes a schema given as a repository path, and the file's name in its folder.
    func publishedSchemaFile(_ reference: String, for dataset: Dataset) -> (Dataset, String)? {
        let candidates = [dataset] + datasets.filter { $0.id != dataset.id }
        for owner in candidates {
            for distribution in owner.distributions {
                guard case let .file(name, repositoryPath, _) = distribution.source else { continue }
                if repositoryPath == reference || (owner.id == dataset.id && repositoryPath == "data/\(dataset.id)/" + reference) {
                    return (owner, name)
                }
            }
        }
        return nil
    }
}
