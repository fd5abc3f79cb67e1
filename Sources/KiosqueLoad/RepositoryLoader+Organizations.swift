import KiosqueModel

extension RepositoryLoader {
    static let organizationKeys = ["name", "description", "type", "siren", "url", "email", "logo"]

    /// Reads every `site/organizations/<id>.yaml`.
    func loadOrganizations(_ messages: Messages, _ diagnostics: inout [Diagnostic]) -> [Organization] {
        idFiles(in: "site/organizations", messages, &diagnostics).compactMap { file in
            let id = Self.stem(file)
            guard checkID(id, file: file, messages, &diagnostics) else { return nil }
            guard let reader = MappingReader(parseYAML(file, messages, &diagnostics), what: file, allowedKeys: Self.organizationKeys,
                                             messages: messages, fallback: SourceLocation(file: file), diagnostics: &diagnostics) else {
                return nil
            }
            reader.checkUnknownKeys(&diagnostics)
            let name = reader.string("name", required: true, example: "Commune de …", &diagnostics)
            var kind: Organization.Kind?
            if let type = reader.string("type", &diagnostics) {
                kind = Organization.Kind(rawValue: type)
                if kind == nil {
                    let known = Organization.Kind.allCases.map(\.rawValue)
                    diagnostics.append(.error(reader.value("type")?.location ?? reader.location, "organization.type",
                                              messages.unknownValue("type", type),
                                              hint: Suggestion.nearest(to: type, among: known).map(messages.didYouMean) ?? messages.knownValues(known)))
                }
            }
            let logo = assetPath(reader, "logo", near: "site/organizations", messages, &diagnostics)
            guard let name else { return nil }
            return Organization(id: id, name: name, description: reader.string("description", &diagnostics), kind: kind,
                                siren: reader.string("siren", &diagnostics), url: reader.url("url", &diagnostics),
                                email: reader.email("email", &diagnostics), logo: logo)
        }
    }

    /// An image named in a descriptor: a path beside the descriptor, or under `site/assets/`; repository-relative.
    func assetPath(_ reader: MappingReader, _ key: String, near folder: String, _ messages: Messages,
                   _ diagnostics: inout [Diagnostic]) -> String? {
        guard let name = reader.string(key, &diagnostics) else { return nil }
        let location = reader.value(key)?.location ?? reader.location
        guard RelativePath.isContained(name) else {
            diagnostics.append(.error(location, "path.leaves-folder", messages.pathLeavesFolder(name), hint: messages.pathLeavesHint))
            return nil
        }
        for candidate in [folder + "/" + name, "site/assets/" + name] where fileSystem.exists(absolute(candidate)) {
            guard isInsideRepository(candidate) else {
                diagnostics.append(.error(location, "path.symlink-out", messages.symlinkOut(name), hint: messages.symlinkHint))
                return nil
            }
            return candidate
        }
        diagnostics.append(.error(location, "path.missing", messages.logoMissing(name)))
        return nil
    }

    /// True when the path, symbolic links resolved, stays inside the repository.
    func isInsideRepository(_ relative: String) -> Bool {
        guard let rootReal = fileSystem.resolved(root), let real = fileSystem.resolved(absolute(relative)) else { return false }
        return real == rootReal || real.hasPrefix(rootReal.hasSuffix("/") ? rootReal : rootReal + "/")
    }
}

/// Checks on relative paths written in descriptors.
enum RelativePath {
    /// No absolute path, no `..`, no backslash, no empty or control characters.
    static func isContained(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
            return false
        }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0.isEmpty }
    }
}
