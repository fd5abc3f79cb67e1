import KiosqueModel

extension RepositoryLoader {
    static let reuseKeys = ["title", "description", "url", "type", "image", "author", "datasets", "date", "featured"]

    /// Reads every `site/reuses/<id>.yaml`; the datasets it names must exist.
    func loadReuses(datasetIDs: [String], _ messages: Messages, _ diagnostics: inout [Diagnostic]) -> [Reuse] {
        let known = Set(datasetIDs)
        return idFiles(in: "site/reuses", messages, &diagnostics).compactMap { file in
            let id = Self.stem(file)
            guard checkID(id, file: file, messages, &diagnostics) else { return nil }
            guard let reader = MappingReader(parseYAML(file, messages, &diagnostics), what: file, allowedKeys: Self.reuseKeys,
                                             messages: messages, fallback: SourceLocation(file: file), diagnostics: &diagnostics) else {
                return nil
            }
            reader.checkUnknownKeys(&diagnostics)
            let title = reader.string("title", required: true, &diagnostics)
            let url = reader.url("url", required: true, &diagnostics)
            var kind = Reuse.Kind.application
            if let type = reader.string("type", &diagnostics) {
                if let found = Reuse.Kind(rawValue: type) { kind = found } else {
                    let all = Reuse.Kind.allCases.map(\.rawValue)
                    diagnostics.append(.error(reader.value("type")?.location ?? reader.location, "reuse.type", messages.unknownValue("type", type),
                                              hint: Suggestion.nearest(to: type, among: all).map(messages.didYouMean) ?? messages.knownValues(all)))
                }
            }
            let author = reader.mapping("author", allowedKeys: ["name", "url"], &diagnostics).flatMap { author in
                author.string("name", required: true, &diagnostics).map { Reuse.Author(name: $0, url: author.url("url", &diagnostics)) }
            }
            var datasets: [String] = []
            for (dataset, location) in reader.stringList("datasets", &diagnostics) ?? [] {
                if known.contains(dataset) { datasets.append(dataset); continue }
                diagnostics.append(.error(location, "reuse.unknown-dataset", messages.unknownDataset(dataset),
                                          hint: Suggestion.nearest(to: dataset, among: datasetIDs).map(messages.didYouMean)))
            }
            let image = assetPath(reader, "image", near: "site/reuses", messages, &diagnostics)
            guard let title, let url else { return nil }
            return Reuse(id: id, title: title, description: reader.string("description", &diagnostics), url: url, kind: kind,
                         image: image, author: author, datasetIDs: datasets, date: reader.date("date", &diagnostics),
                         featured: reader.bool("featured", &diagnostics) ?? false)
        }
    }
}
