import Foundation
import KiosqueDigest
import KiosqueModel
import KiosqueYAML

extension RepositoryLoader {
    static let datasetKeys = ["title", "description", "organization", "license", "themes", "keywords", "frequency", "temporal",
                              "spatial", "contact", "schema", "issued", "modified", "featured", "resources"]
    static let resourceKeys = ["path", "url", "title", "description", "format", "media_type", "schema", "type"]

    /// Reads every `data/<id>/` folder, in parallel: descriptors, files, tables.
    func loadDatasets(_ context: DatasetContext, history reading: Task<GitHistory, Never>, _ diagnostics: inout [Diagnostic]) async -> [Dataset] {
        let messages = context.messages
        var folders: [String] = []
        for (name, isSymbolicLink) in fileSystem.folders(absolute("data")) ?? [] where !name.hasPrefix(".") {
            let path = "data/" + name
            if isSymbolicLink, !isInsideRepository(path) {
                diagnostics.append(.error(SourceLocation(file: path), "path.symlink-out", messages.symlinkOut(path), hint: messages.symlinkHint))
                continue
            }
            folders.append(name)
        }
        // Ids that differ only by case would publish to URLs that collide on case-insensitive hosts.
        var byLowercase: [String: String] = [:]
        var usable: [String] = []
        for name in folders {
            if let other = byLowercase[name.lowercased()] {
                diagnostics.append(.error(SourceLocation(file: "data/\(name)/dataset.yaml"), "id.case-collision",
                                          messages.caseCollision(other, name), hint: messages.caseCollisionHint))
                continue
            }
            byLowercase[name.lowercased()] = name
            if checkID(name, file: "data/\(name)/dataset.yaml", messages, &diagnostics) { usable.append(name) }
        }
        // The folders are stamped (and hashed where they changed) on every core while Git's history is read; the
        // tasks that load the datasets start once it is known (tasks left waiting by the thousand make a task group
        // slow to empty).
        let ids = usable
        nonisolated(unsafe) var folderHashes = [ContentHash?](repeating: nil, count: ids.count)
        if let cache = options.cache {
            let stripes = max(1, min(ProcessInfo.processInfo.activeProcessorCount, ids.count))
            let lock = NSLock()
            DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
                var hashes: [(Int, ContentHash?)] = []
                for position in stride(from: stripe, to: ids.count, by: stripes) {
                    hashes.append((position, cache.folderHash(absolute("data/" + ids[position]))))
                }
                lock.lock()
                for (position, hash) in hashes { folderHashes[position] = hash }
                lock.unlock()
            }
        }
        let history = await reading.value
        let stamped = folderHashes
        @Sendable func load(_ position: Int) -> (Dataset?, [Diagnostic]) {
            let id = ids[position]
            guard let cache = options.cache, let folder = stamped[position] else {
                var found: [Diagnostic] = []
                return (loadDataset(id, context, history: history, &found), found)
            }
            let base = datasetKey(id, context, folder: folder, history: history)
            // The schema references the last load found; the key adds the files they are read from.
            let referencesKey = Self.schemaReferencesKey(base)
            if let text = cache.text(referencesKey) {
                let references = text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                if let cached = cache.dataset(for: keyWithSchemas(base, id: id, references: references, cache: cache)) { return cached }
            }
            var found: [Diagnostic] = []
            var descriptor: YAMLNode?
            let dataset = loadDataset(id, context, history: history, &found, descriptor: &descriptor)
            let references = Self.schemaReferences(in: descriptor)
            cache.store(text: references.joined(separator: "\n"), key: referencesKey)
            cache.store(dataset, diagnostics: found, for: keyWithSchemas(base, id: id, references: references, cache: cache))
            return (dataset, found)
        }
        // One task per core, each taking the next dataset as it goes (a large table on one does not hold the others
        // back, and no task waits by the thousand); the results by position, in the folders' order.
        let next = WorkCursor()
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, ids.count))
        let results = await withTaskGroup(of: [(Int, Dataset?, [Diagnostic])].self) { group in
            for _ in 0..<workers {
                group.addTask {
                    var done: [(Int, Dataset?, [Diagnostic])] = []
                    while let position = next.take(1, of: ids.count)?.lowerBound {
                        let (dataset, found) = load(position)
                        done.append((position, dataset, found))
                        // Other tasks of the build (the manifests read beside the load) get their turn.
                        if done.count % 16 == 0 { await Task.yield() }
                    }
                    return done
                }
            }
            var all = [(Dataset?, [Diagnostic])](repeating: (nil, []), count: ids.count)
            for await done in group { for (position, dataset, found) in done { all[position] = (dataset, found) } }
            return all
        }
        var datasets: [Dataset] = []
        for (dataset, found) in results {
            diagnostics += found
            if let dataset { datasets.append(dataset) }
        }
        return datasets
    }

    /// A dataset folder's descriptor: `dataset.yaml`, or `dataset.yml` when only that one exists; nil when neither does.
    func existingDescriptor(_ folder: String) -> String? {
        if fileSystem.exists(absolute(folder + "/dataset.yaml")) { return folder + "/dataset.yaml" }
        return fileSystem.exists(absolute(folder + "/dataset.yml")) ? folder + "/dataset.yml" : nil
    }

    /// A dataset folder's descriptor, or where it is expected.
    func descriptorFile(_ folder: String) -> String { existingDescriptor(folder) ?? folder + "/dataset.yaml" }

    func loadDataset(_ id: String, _ context: DatasetContext, history: GitHistory, _ diagnostics: inout [Diagnostic]) -> Dataset? {
        var descriptor: YAMLNode?
        return loadDataset(id, context, history: history, &diagnostics, descriptor: &descriptor)
    }

    /// Loads a dataset; `descriptor` receives its descriptor's YAML tree (for `schemaReferences`, without reading it again).
    func loadDataset(_ id: String, _ context: DatasetContext, history: GitHistory, _ diagnostics: inout [Diagnostic],
                     descriptor: inout YAMLNode?) -> Dataset? {
        let messages = context.messages
        let folder = "data/" + id
        guard let file = existingDescriptor(folder) else {
            diagnostics.append(.error(SourceLocation(file: folder), "dataset.no-descriptor", messages.missingDescriptor,
                                      hint: messages.missingDescriptorHint))
            return nil
        }
        descriptor = parseYAML(file, messages, &diagnostics)
        guard let reader = MappingReader(descriptor, what: file, allowedKeys: Self.datasetKeys,
                                         messages: messages, fallback: SourceLocation(file: file), diagnostics: &diagnostics) else {
            return nil
        }
        reader.checkUnknownKeys(&diagnostics)
        let title = reader.string("title", required: true, example: "Budget primitif 2024", &diagnostics)
        let description = reader.string("description", required: true, example: "Ce jeu de données présente…", &diagnostics)
        let organization = datasetOrganization(reader, context, &diagnostics)
        let license = datasetLicense(reader, messages, &diagnostics)
        let themes = idList(reader, "themes", known: context.themeIDs, code: "dataset.unknown-theme", message: messages.unknownTheme, messages,
                            &diagnostics)
        var frequency: Frequency?
        if let text = reader.string("frequency", &diagnostics) {
            frequency = Frequency(rawValue: text)
            if frequency == nil {
                let all = Frequency.allCases.map(\.rawValue)
                diagnostics.append(.error(reader.value("frequency")?.location ?? reader.location, "dataset.unknown-frequency",
                                          messages.unknownFrequency(text),
                                          hint: Suggestion.nearest(to: text, among: all).map(messages.didYouMean) ?? messages.knownValues(all)))
            }
        }
        let temporal = reader.mapping("temporal", allowedKeys: ["start", "end"], &diagnostics).map { t in
            let value = Dataset.Temporal(start: t.date("start", &diagnostics), end: t.date("end", &diagnostics))
            if let start = value.start, let end = value.end, end < start {
                diagnostics.append(.error(t.value("end")?.location ?? t.location, "dataset.temporal-order", messages.temporalOrder()))
            }
            return value
        }
        let spatial = reader.mapping("spatial", allowedKeys: ["name", "insee", "bbox"], &diagnostics).map { s in
            Dataset.Spatial(name: s.string("name", &diagnostics), insee: s.string("insee", &diagnostics), bbox: bbox(s, messages, &diagnostics))
        }
        let contact = reader.mapping("contact", allowedKeys: ["name", "email", "url"], &diagnostics).map {
            Portal.Contact(name: $0.string("name", &diagnostics), email: $0.email("email", &diagnostics), url: $0.url("url", &diagnostics))
        }
        let schema = reader.string("schema", &diagnostics)
        let declaration = schema.map { SchemaDeclaration(reference: $0, location: reader.value("schema")?.location ?? reader.location) }
        let distributions = checkPublishedNames(loadResources(reader, folder: folder, datasetSchema: declaration, spatialBBox: spatial?.bbox,
                                                              context, &diagnostics),
                                                folder: folder, messages, &diagnostics)
        let dates = history.dates(forFolder: folder)
        guard let title, let description, let organization, let license else { return nil }
        return Dataset(id: id, title: title, description: description, organizationID: organization, license: license,
                       themeIDs: themes, keywords: (reader.stringList("keywords", &diagnostics) ?? []).map(\.0), frequency: frequency,
                       temporal: temporal, spatial: spatial, contact: contact, schema: schema,
                       issued: reader.date("issued", &diagnostics) ?? dates?.first,
                       modified: reader.date("modified", &diagnostics) ?? dates?.last,
                       featured: reader.bool("featured", &diagnostics) ?? false, distributions: distributions, descriptorPath: file)
    }

    /// Files that Kiosque itself publishes in every dataset folder.
    static let generatedNames = ["index.html", "datapackage.json", "dataset.jsonld", "profiles.json", "versions"]

    /// Reports a file whose published name (or the name of a copy derived from it) takes the address of another one:
    /// names that differ only by case or by how an accent is encoded (NFC, NFD), or that Kiosque writes itself.
    func checkPublishedNames(_ distributions: [Distribution], folder: String, _ messages: Messages,
                             _ diagnostics: inout [Diagnostic]) -> [Distribution] {
        var owners: [String: String] = [:]
        for name in Self.generatedNames { owners[name] = name }
        return distributions.filter { distribution in
            guard case let .file(name, _, _) = distribution.source else { return true }
            let published = [name] + (distribution.table?.derivedFiles.map(\.name) ?? [])
            // Swift compares strings by canonical equivalence: "é" and "e" + U+0301 are one key, as on many hosts.
            let keys = published.map { $0.split(separator: "/").first.map(String.init) == "versions" ? "versions" : $0.lowercased() }
            if let taken = keys.first(where: { owners[$0] != nil }), let other = owners[taken] {
                diagnostics.append(.error(SourceLocation(file: folder + "/" + name), "path.collision", messages.fileCollision(name, other),
                                          hint: messages.fileCollisionHint))
                return false
            }
            for key in keys { owners[key] = name }
            return true
        }
    }

    private func datasetOrganization(_ reader: MappingReader, _ context: DatasetContext, _ diagnostics: inout [Diagnostic]) -> String? {
        let messages = context.messages
        guard let id = reader.string("organization", &diagnostics) ?? context.defaultOrganization else {
            diagnostics.append(.error(reader.value("organization")?.location ?? reader.location, "descriptor.missing-field", messages.missingOrganization,
                                      hint: messages.missingOrganizationHint))
            return nil
        }
        guard context.organizationIDs.contains(id) else {
            diagnostics.append(.error(reader.value("organization")?.location ?? reader.location, "dataset.unknown-organization",
                                      messages.unknownOrganization(id),
                                      hint: Suggestion.nearest(to: id, among: context.organizationIDs).map(messages.didYouMean)
                                          ?? messages.organizationHint(context.organizationIDs)))
            return nil
        }
        return id
    }

    private func datasetLicense(_ reader: MappingReader, _ messages: Messages, _ diagnostics: inout [Diagnostic]) -> License? {
        guard let value = reader.value("license") else {
            _ = reader.string("license", required: true, example: "etalab-2.0", &diagnostics)
            return nil
        }
        if value.pairs != nil {
            guard let custom = reader.mapping("license", allowedKeys: ["name", "url"], &diagnostics),
                  let name = custom.string("name", required: true, &diagnostics),
                  let url = custom.url("url", required: true, &diagnostics) else { return nil }
            return License.registry.first { $0.url == url } ?? License(id: nil, title: name, url: url)
        }
        guard let id = reader.string("license", required: true, example: "etalab-2.0", &diagnostics) else { return nil }
        if let license = License.named(id.lowercased()) { return license }
        let ids = License.registry.compactMap(\.id)
        diagnostics.append(.error(value.location, "dataset.unknown-license", messages.unknownLicense(id),
                                  hint: Suggestion.nearest(to: id, among: ids).map(messages.didYouMean) ?? messages.licenseHint))
        return nil
    }

    private func idList(_ reader: MappingReader, _ key: String, known: [String], code: String, message: (String) -> String,
                        _ messages: Messages, _ diagnostics: inout [Diagnostic]) -> [String] {
        var result: [String] = []
        for (raw, location) in reader.stringList(key, &diagnostics) ?? [] {
            let id = raw.lowercased()
            if known.contains(id) {
                if !result.contains(id) { result.append(id) }
                continue
            }
            diagnostics.append(.error(location, code, message(raw),
                                      hint: Suggestion.nearest(to: raw, among: known).map(messages.didYouMean) ?? messages.knownValues(known)))
        }
        return result
    }

    private func bbox(_ reader: MappingReader, _ messages: Messages, _ diagnostics: inout [Diagnostic]) -> [Double]? {
        guard let value = reader.value("bbox") else { return nil }
        let numbers = (value.items ?? []).compactMap { $0.string.flatMap(Double.init) }
        guard numbers.count == 4, (value.items ?? []).count == 4, numbers.allSatisfy({ $0.isFinite }),
              numbers[0] < numbers[2], numbers[1] < numbers[3], abs(numbers[1]) <= 90, abs(numbers[3]) <= 90,
              abs(numbers[0]) <= 180, abs(numbers[2]) <= 180 else {
            diagnostics.append(.error(value.location, "dataset.bbox", messages.bboxInvalid(), hint: messages.bboxHint))
            return nil
        }
        return numbers
    }
}
