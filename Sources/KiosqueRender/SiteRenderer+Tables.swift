import KiosqueModel

extension SiteRenderer {
    /// What the tables of a dataset add beside its files: the derived copies (UTF-8 CSV, JSON records, JSON pages),
    /// copied from the repository's cache, and `profiles.json`.
    func tableFiles(of dataset: Dataset) -> [Artifact] {
        let folder = SiteLinks.dataset(dataset.id)
        var files = Self.derivedFiles(of: dataset).map { Artifact(path: folder + $0.name, body: .copy(sourcePath: $0.sourcePath)) }
        if let profiles = ProfilesDocument.document(dataset) {
            files.append(Artifact(path: folder + ProfilesDocument.fileName, text: profiles.serialized()))
        }
        return files
    }

    /// The derived files of a dataset's tables whose names no file of the dataset already takes.
    static func derivedFiles(of dataset: Dataset) -> [TablePreview.DerivedFile] {
        var taken = Set(dataset.distributions.compactMap(\.fileName))
        taken.insert(ProfilesDocument.fileName)
        return dataset.distributions.flatMap { $0.table?.derivedFiles ?? [] }.filter { taken.insert($0.name).inserted }
    }
}
