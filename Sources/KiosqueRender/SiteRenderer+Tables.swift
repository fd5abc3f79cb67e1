import KiosqueDerive
import KiosqueDigest
import KiosqueModel

extension SiteRenderer {
    /// What the tables of a dataset add beside its files: the derived copies (UTF-8 CSV, JSON records, JSON pages),
    /// copied from the repository's cache, and `profiles.json`.
    /// With `reuse`, `profiles.json` (a function of the dataset alone) is kept when the dataset did not change.
    func tableFiles(of dataset: Dataset, reuse: OutputReuse?, global: ContentHash?) -> KeyedArtifacts {
        let folder = SiteLinks.dataset(dataset.id)
        var files = KeyedArtifacts(artifacts: Self.derivedFiles(of: dataset).map {
            Artifact(path: folder + $0.name, body: .copy(sourcePath: $0.sourcePath))
        })
        let path = folder + ProfilesDocument.fileName
        var key: ContentHash?
        if let reuse, let global, let own = reuse.datasetKeys[dataset.id] {
            var hasher = ContentHasher()
            hasher.update(global)
            hasher.update(path)
            hasher.update(own)
            key = hasher.finish()
        }
        if let reuse, reuse.holds(path, key: key) {
            files.artifacts.append(reuse.kept(path))
        } else if let profiles = profilesDocument(of: dataset) {
            files.artifacts.append(Artifact(path: path, body: .bytes(profiles.serializedBytes())))
        } else {
            return files
        }
        if let key { files.keys[path] = key }
        return files
    }

    /// `profiles.json`: the column profiles and, for each checked file, its validation summary and report page.
    private func profilesDocument(of dataset: Dataset) -> JSONValue? {
        let reports = Dictionary(ValidationPages.reports(of: dataset).compactMap { report in
            report.distribution.fileName.map { ($0, SiteLinks.validation(dataset.id, report.slug)) }
        }) { first, _ in first }
        return ProfilesDocument.document(dataset) { distribution in
            distribution.schemaValidation.map { ProfilesDocument.validation($0, report: distribution.fileName.flatMap { reports[$0] }) }
        }
    }

    /// The derived files of a dataset's tables whose names no file of the dataset already takes.
    static func derivedFiles(of dataset: Dataset) -> [TablePreview.DerivedFile] {
        var taken = Set(dataset.distributions.compactMap(\.fileName))
        taken.insert(ProfilesDocument.fileName)
        return dataset.distributions.flatMap { $0.table?.derivedFiles ?? [] }.filter { taken.insert($0.name).inserted }
    }
}
