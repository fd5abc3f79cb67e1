import KiosqueModel

extension SiteRenderer {
    /// What the tables of a dataset add beside its files: the derived copies (UTF-8 CSV, JSON records, JSON pages),
    /// copied from the repository's cache, and `profiles.json`.
    func tableFiles(of dataset: Dataset) -> [Artifact] {
        let folder = SiteLinks.dataset(dataset.id)
        var files = Self.derivedFiles(of: dataset).map { Artifact(path: folder + $0.name, body: .copy(sourcePath: $0.sourcePath)) }
        let reports = Dictionary(ValidationPages.reports(of: dataset).compactMap { report in
            report.distribution.fileName.map { ($0, SiteLinks.validation(dataset.id, report.slug)) }
        }) { first, _ in first }
        let profiles = ProfilesDocument.document(dataset) { distribution in
            distribution.schemaValidation.map { ProfilesDocument.validation($0, report: distribution.fileName.flatMap { reports[$0] }) }
        }
        if let profiles {
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
