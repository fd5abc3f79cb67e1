import KiosqueModel
import KiosqueYAML

extension RepositoryLoader {
    /// The resources of a dataset: as listed under `resources:`, or every file of the folder but the descriptor.
    /// `datasetSchema` is the dataset's `schema:` and where it is written: it applies to tabular files without their own.
    /// `spatialBBox` is the dataset's declared extent, which tells swapped coordinates on maps.
    func loadResources(_ reader: MappingReader, folder: String, datasetSchema: SchemaDeclaration?, spatialBBox: [Double]? = nil,
                       _ context: DatasetContext,
                       _ diagnostics: inout [Diagnostic]) -> [Distribution] {
        let messages = context.messages
        // Each schema is read once per dataset, when a tabular file first needs it.
        var schemas = SchemaShelf(datasetSchema: datasetSchema)
        let listings = FolderListings(walked: options.cache)
        guard let value = reader.value("resources") else {
            return filesOf(folder, messages, &diagnostics, listings: listings).compactMap { name in
                fileDistribution(name: name, folder: folder, location: SourceLocation(file: folder + "/" + name), title: nil, description: nil, format: nil,
                                 mediaType: nil, schema: nil, kind: nil, schemas: &schemas, spatialBBox: spatialBBox, listings: listings, context,
                                 &diagnostics)
            }
        }
        guard let items = value.items else {
            diagnostics.append(reader.wrongType("resources", value, expected: messages.expectedList))
            return []
        }
        var seen: Set<String> = []
        return items.compactMap { item in
            guard let entry = MappingReader(item, what: messages.language.pick("une ressource", "a resource"), allowedKeys: Self.resourceKeys,
                                            messages: messages, fallback: item.location, diagnostics: &diagnostics) else { return nil }
            entry.checkUnknownKeys(&diagnostics)
            let title = entry.string("title", &diagnostics)
            let description = entry.string("description", &diagnostics)
            let format = entry.string("format", &diagnostics)
            let mediaType = entry.string("media_type", &diagnostics)
            let schema = entry.string("schema", &diagnostics).map {
                SchemaDeclaration(reference: $0, location: entry.value("schema")?.location ?? entry.location)
            }
            var kind: Distribution.Kind?
            if let type = entry.string("type", &diagnostics) {
                kind = Distribution.Kind(rawValue: type)
                if kind == nil {
                    let all = Distribution.Kind.allCases.map(\.rawValue)
                    diagnostics.append(.error(entry.value("type")?.location ?? entry.location, "resource.type", messages.unknownValue("type", type),
                                              hint: Suggestion.nearest(to: type, among: all).map(messages.didYouMean) ?? messages.knownValues(all)))
                }
            }
            switch (entry.has("path"), entry.has("url")) {
            case (true, true):
                diagnostics.append(.error(entry.location, "resource.path-and-url", messages.pathAndURL))
                return nil
            case (false, false):
                diagnostics.append(.error(entry.location, "resource.no-source", messages.pathOrURL))
                return nil
            case (false, true):
                guard let url = entry.url("url", &diagnostics) else { return nil }
                let declared = format?.uppercased() ?? FileFormat.format(forFile: url.split(separator: "?").first.map(String.init) ?? url)
                return Distribution(source: .remote(url: url), title: title ?? url, description: description,
                                    format: declared == "BIN" || declared.count > 10 ? "API" : declared,
                                    mediaType: mediaType ?? format.flatMap(FileFormat.mediaType(forFormat:)),
                                    schema: schema?.reference, kind: kind ?? .main, table: nil)
            case (true, false):
                guard let path = entry.string("path", &diagnostics) else { return nil }
                let location = entry.value("path")?.location ?? entry.location
                guard RelativePath.isContained(path) else {
                    diagnostics.append(.error(location, "path.leaves-folder", messages.pathLeavesFolder(path), hint: messages.pathLeavesHint))
                    return nil
                }
                guard seen.insert(path).inserted else {
                    diagnostics.append(.error(location, "resource.duplicate", messages.duplicateResource(path)))
                    return nil
                }
                guard fileSystem.exists(absolute(folder + "/" + path)), !fileSystem.isDirectory(absolute(folder + "/" + path)) else {
                    let names = filesOf(folder, messages, &diagnostics)
                    diagnostics.append(.error(location, "path.missing", messages.missingFile(path),
                                              hint: Suggestion.nearest(to: path, among: names).map(messages.didYouMean)
                                                  ?? messages.knownValues(names)))
                    return nil
                }
                return fileDistribution(name: path, folder: folder, location: location, title: title, description: description,
                                        format: format, mediaType: mediaType, schema: schema, kind: kind, schemas: &schemas, spatialBBox: spatialBBox,
                                        listings: listings, context, &diagnostics)
            }
        }
    }

    /// Files of a dataset folder, recursively, relative to it; hidden files and the descriptor left out.
    func filesOf(_ folder: String, _ messages: Messages, _ diagnostics: inout [Diagnostic], listings: FolderListings? = nil) -> [String] {
        var result: [String] = []
        var stack = [""]
        while let sub = stack.popLast() {
            let base = sub.isEmpty ? folder : folder + "/" + sub
            for name in (listings?.list(absolute(base), fileSystem) ?? fileSystem.list(absolute(base))) ?? [] where !name.hasPrefix(".") {
                let relative = sub.isEmpty ? name : sub + "/" + name
                if sub.isEmpty, name == "dataset.yaml" || name == "dataset.yml" { continue }
                let full = absolute(folder + "/" + relative)
                let isFolder: Bool
                if let entry = listings?.entry(full) {
                    isFolder = entry.isDirectory && !entry.isSymbolicLink
                } else {
                    isFolder = fileSystem.isDirectory(full) && !fileSystem.isSymbolicLink(full)
                }
                if isFolder {
                    stack.append(relative)
                } else {
                    result.append(relative)
                }
            }
        }
        return result.sorted()
    }

    /// The size of `folder/name` when no part of `name` is a symbolic link, `.`, `..` or empty (so the file is inside the
    /// folder whatever the folder itself resolves to); nil otherwise, or when a part does not exist.
    private func plainSize(_ name: String, in folder: String, listings: FolderListings) -> Int? {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
        var path = absolute(folder)
        var size: Int?
        for part in parts {
            path += "/" + part
            if let entry = listings.entry(path) {
                size = entry.isSymbolicLink ? nil : entry.size
            } else {
                size = fileSystem.plainEntrySize(path)
            }
            if size == nil { return nil }
        }
        return size
    }

    private func fileDistribution(name: String, folder: String, location: SourceLocation, title: String?, description: String?,
                                  format: String?, mediaType: String?, schema: SchemaDeclaration?, kind: Distribution.Kind?,
                                  schemas: inout SchemaShelf, spatialBBox: [Double]?, listings: FolderListings, _ context: DatasetContext,
                                  _ diagnostics: inout [Diagnostic]) -> Distribution? {
        let messages = context.messages
        let path = folder + "/" + name
        // A file reached through no symbolic link below the dataset folder is inside it: one `lstat` per part of its
        // name. Only a link (or a name the `lstat`s cannot vouch for) needs both paths resolved.
        let size: Int
        if let plain = plainSize(name, in: folder, listings: listings) {
            size = plain
        } else {
            guard let folderReal = fileSystem.resolved(absolute(folder)), let real = fileSystem.resolved(absolute(path)),
                  real.hasPrefix(folderReal + "/") else {
                let code = isInsideRepository(path) ? "path.leaves-folder" : "path.symlink-out"
                diagnostics.append(.error(location, code,
                                          code == "path.symlink-out" ? messages.symlinkOut(path) : messages.pathLeavesFolder(name),
                                          hint: messages.symlinkHint))
                return nil
            }
            size = fileSystem.size(absolute(path)) ?? 0
        }
        let finalFormat = format?.uppercased() ?? FileFormat.format(forFile: name)
        let isDocumentation = ["MD", "PDF", "TXT", "HTML", "ODT", "DOCX"].contains(finalFormat) && FileFormat.fileExtension(name) != "csv"
        var table: TablePreview?
        var validation: SchemaValidation?
        if FileFormat.isTabular(finalFormat) {
            let declared = (schema ?? schemas.datasetSchema).map { declaration in
                schemas.schema(declaration) { readSchema($0.reference, declaredAt: $0.location, folder: folder, messages, &diagnostics) }
            }
            (table, validation) = TableReader.preview(path: absolute(path), file: path, rows: context.previewRows,
                                                      derived: derivedRequest(name: name, folder: folder, inlineRows: context.previewRows, listings: listings), schema: declared,
                                                      messages, &diagnostics)
        }
        var map: MapPreview?
        if let table {
            map = tableMap(table, file: path, declaredBBox: spatialBBox, messages, &diagnostics)
        } else if finalFormat == "GEOJSON" {
            map = geoJSONMap(file: path, declaredBBox: spatialBBox, messages, &diagnostics)
        }
        return Distribution(source: .file(name: name, repositoryPath: path, byteSize: size), title: title ?? name, description: description,
                            format: finalFormat,
                            mediaType: mediaType ?? FileFormat.mediaType(forFile: name) ?? FileFormat.mediaType(forFormat: finalFormat),
                            schema: schema?.reference, kind: kind ?? (isDocumentation ? .documentation : .main), table: table,
                            sha256: options.cache?.sha256(absolute(path)) ?? FileDigest.sha256(absolute(path), fileSystem: fileSystem), schemaValidation: validation, map: map)
    }
}

/// The folders of one dataset listed while it loads, so that each is read once (its files, then their siblings).
/// A folder the build cache walked in this build is not listed again: its entries come from the walk (by the bytes of
/// their names: two names that differ only by how an accent is encoded are two entries).
final class FolderListings {
    private let walked: (any LoadCache)?
    private var lists: [String: [String]?] = [:]
    private var entries: [String: [[UInt8]: WalkedEntry]?] = [:]

    init(walked: (any LoadCache)? = nil) { self.walked = walked }

    func list(_ path: String, _ fileSystem: any RepositoryFileSystem) -> [String]? {
        if let known = lists[path] { return known }
        let names = walked?.walkedEntries(path).map { $0.map(\.name).sorted() } ?? fileSystem.list(path)
        lists[path] = .some(names)
        return names
    }

    /// The entry at an absolute path, when the walk saw it.
    func entry(_ path: String) -> WalkedEntry? {
        guard let walked, let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let folder = String(path[..<slash])
        let name = Array(path[path.index(after: slash)...].utf8)
        if let known = entries[folder] { return known?[name] }
        let byName = walked.walkedEntries(folder).map { found in
            Dictionary(found.map { (Array($0.name.utf8), $0) }, uniquingKeysWith: { first, _ in first })
        }
        entries[folder] = .some(byName)
        return byName?[name]
    }
}
