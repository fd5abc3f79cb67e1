import KiosqueModel
import KiosqueSchema

extension RepositoryLoader {
    /// The largest schema file read (a Table Schema is a few dozen KB).
    static let schemaSizeLimit = 16 << 20

    /// The repository files a schema reference is read from, in the order they are tried: an https schema's copy in
    /// the local cache, else the path from the root, then from the dataset folder; none for another scheme.
    func schemaCandidates(_ reference: String, folder: String) -> [String] {
        let lower = reference.lowercased()
        if lower.hasPrefix("https://") { return [SchemaCache.relativeFolder + "/" + SchemaCache.fileName(for: reference)] }
        if lower.contains("://") { return [] }
        return [reference, folder + "/" + reference].filter { RelativePath.isContained($0) }
    }

    /// Reads the schema a dataset or a resource declares at `location`: a repository path (from the root, else from the
    /// dataset folder) or an https URL read from the local cache (`.kiosque/schemas/`, filled by `kiosque schemas`).
    /// Never touches the network. A schema that cannot be used is a warning and leaves the files unchecked; a repository
    /// path that names no file is an error.
    func readSchema(_ reference: String, declaredAt location: SourceLocation, folder: String, _ messages: Messages,
                    _ diagnostics: inout [Diagnostic]) -> DeclaredSchema {
        let lower = reference.lowercased()
        func unchecked(_ status: SchemaValidation.Status) -> DeclaredSchema {
            DeclaredSchema(reference: reference, schema: nil, title: nil, status: status)
        }
        let file: String
        let candidates = schemaCandidates(reference, folder: folder)
        if lower.hasPrefix("https://") {
            file = candidates[0]
            guard fileSystem.exists(absolute(file)) else {
                diagnostics.append(.warning(location, "schema.not-cached", messages.schemaNotCached(reference),
                                            hint: messages.schemaNotCachedHint(reference, file: file)))
                return unchecked(.notCached)
            }
        } else if lower.hasPrefix("http://") || lower.contains("://") {
            diagnostics.append(.warning(location, "schema.not-https", messages.schemaNotHTTPS(reference), hint: messages.schemaNotHTTPSHint))
            return unchecked(.unreadable)
        } else {
            guard let found = candidates.first(where: { fileSystem.exists(absolute($0)) && !fileSystem.isDirectory(absolute($0)) }) else {
                diagnostics.append(.error(location, "schema.missing", messages.schemaMissing(reference),
                                          hint: messages.schemaMissingHint(folder: folder)))
                return unchecked(.unreadable)
            }
            guard isInsideRepository(found) else {
                diagnostics.append(.error(location, "path.symlink-out", messages.symlinkOut(found), hint: messages.symlinkHint))
                return unchecked(.unreadable)
            }
            file = found
        }
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(absolute(file), limit: Self.schemaSizeLimit)
        } catch {
            diagnostics.append(.warning(SourceLocation(file: file), "schema.unreadable", messages.schemaUnreadable(file)))
            return unchecked(.unreadable)
        }
        let schema = TableSchema.parse(bytes, file: file)
        let title = schema.title ?? schema.name
        // The schema's own problems, located in its file; warnings, since the files are still published.
        for problem in schema.diagnostics(in: messages.language) {
            diagnostics.append(Diagnostic(.warning, problem.location, code: problem.code, message: problem.message, hint: problem.hint))
        }
        guard schema.isUsable else {
            return DeclaredSchema(reference: reference, schema: nil, title: title, status: .invalidSchema)
        }
        return DeclaredSchema(reference: reference, schema: schema, title: title, status: .checked)
    }
}
