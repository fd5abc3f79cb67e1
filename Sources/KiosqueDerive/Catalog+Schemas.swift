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
        func file(of owner: Dataset) -> (Dataset, String)? {
            for distribution in owner.distributions {
                guard case let .file(name, repositoryPath, _) = distribution.source else { continue }
                if repositoryPath == reference || (owner.id == dataset.id && repositoryPath == "data/\(dataset.id)/" + reference) {
                    return (owner, name)
                }
            }
            return nil
        }
        if let found = file(of: dataset) { return found }
        // Another dataset's file is `data/<its id>/<name>`: that dataset is found by id (datasets are sorted by id),
        // not by reading every dataset for every reference.
        let parts = reference.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "data" else { return nil }
        let id = String(parts[1])
        var low = 0, high = datasets.count
        while low < high {
            let middle = (low + high) / 2
            if datasets[middle].id < id { low = middle + 1 } else { high = middle }
        }
        guard low < datasets.count, datasets[low].id == id, id != dataset.id else { return nil }
        return file(of: datasets[low])
    }

    /// The datasets whose published files a dataset's schema references name (`data/<id>/schema.json`), other than
    /// itself: what its DCAT description depends on beyond its own folder.
    public func schemaOwners(of dataset: Dataset) -> [String] {
        let references = ([dataset.schema] + dataset.distributions.map(\.schema)).compactMap { $0 }
        return references.compactMap { reference -> String? in
            let parts = reference.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "data", parts[1] != Substring(dataset.id) else { return nil }
            return String(parts[1])
        }
    }
}
