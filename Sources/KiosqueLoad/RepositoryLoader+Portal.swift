import KiosqueModel
import KiosqueYAML

extension RepositoryLoader {
    static let portalKeys = ["title", "description", "base_url", "language", "publisher", "contact", "logo", "theme",
                             "repository", "themes", "nav", "footer", "history"]

    /// Reads `site/portal.yaml`; its `language` sets the language of every later message.
    func loadPortal(_ diagnostics: inout [Diagnostic]) -> (Portal?, [Theme], Messages) {
        let file = "site/portal.yaml"
        guard fileSystem.exists(absolute(file)) || fileSystem.exists(absolute("site/portal.yml")) else {
            let messages = Messages(language: .fr)
            diagnostics.append(.error(SourceLocation(file: file), "portal.missing", messages.missingPortal, hint: messages.missingPortalHint))
            return (nil, [], messages)
        }
        let path = fileSystem.exists(absolute(file)) ? file : "site/portal.yml"
        // The language is needed to word the diagnostics of the file that declares it: peek first.
        var peek: [Diagnostic] = []
        let language: Language = parseYAML(path, Messages(language: .fr), &peek)?["language"]?.string == "en" ? .en : .fr
        let messages = Messages(language: language)
        let root = parseYAML(path, messages, &diagnostics)
        guard let reader = MappingReader(root, what: path, allowedKeys: Self.portalKeys, messages: messages,
                                         fallback: SourceLocation(file: path), diagnostics: &diagnostics) else {
            return (nil, [], messages)
        }
        reader.checkUnknownKeys(&diagnostics)
        let title = reader.string("title", required: true, example: "Données ouvertes de …", &diagnostics)
        if let lang = reader.string("language", &diagnostics), Language(rawValue: lang) == nil {
            diagnostics.append(.error(reader.value("language")?.location ?? reader.location, "portal.language",
                                      messages.unknownLanguage, hint: messages.knownValues(["fr", "en"])))
        }
        var baseURL = options.baseURL ?? reader.url("base_url", &diagnostics)
        if let url = baseURL, !url.hasSuffix("/") { baseURL = url + "/" }
        if baseURL == nil, !reader.has("base_url") {
            // Feeds hold absolute addresses: without a base URL they are left out, which the portal's author should know.
            diagnostics.append(.warning(reader.location, "portal.no-base-url", messages.noBaseURL, hint: messages.noBaseURLHint))
        }
        let contact = reader.mapping("contact", allowedKeys: ["name", "email", "url"], &diagnostics).map {
            Portal.Contact(name: $0.string("name", &diagnostics), email: $0.email("email", &diagnostics), url: $0.url("url", &diagnostics))
        }
        let repository = reader.mapping("repository", allowedKeys: ["url", "branch"], &diagnostics).flatMap { repo in
            repo.url("url", required: true, &diagnostics).map {
                Portal.Repository(url: $0.hasSuffix("/") ? String($0.dropLast()) : $0, branch: repo.string("branch", &diagnostics) ?? "main")
            }
        }
        let logo = reader.string("logo", &diagnostics)
        if let logo, !fileSystem.exists(absolute("site/assets/" + logo)) {
            diagnostics.append(.error(reader.value("logo")?.location ?? reader.location, "portal.logo", messages.logoMissing("site/assets/" + logo)))
        }
        let versions = historyVersions(reader, messages, &diagnostics)
        let portal = title.map {
            Portal(title: $0, description: reader.string("description", &diagnostics), baseURL: baseURL, language: language,
                   publisherID: reader.string("publisher", &diagnostics), contact: contact, logo: logo,
                   theme: reader.string("theme", &diagnostics) ?? "default", repository: repository,
                   nav: navEntries(reader, messages, &diagnostics), footer: reader.string("footer", &diagnostics),
                   historyVersions: versions)
        }
        return (portal, portalThemes(reader, messages, &diagnostics), messages)
    }

    private func navEntries(_ reader: MappingReader, _ messages: Messages, _ diagnostics: inout [Diagnostic]) -> [Portal.NavEntry] {
        guard let value = reader.value("nav") else { return [] }
        guard let items = value.items else {
            diagnostics.append(reader.wrongType("nav", value, expected: messages.expectedList))
            return []
        }
        return items.compactMap { item in
            guard let entry = MappingReader(item, what: "« nav »", allowedKeys: ["label", "url"], messages: messages,
                                            fallback: item.location, diagnostics: &diagnostics) else { return nil }
            entry.checkUnknownKeys(&diagnostics)
            guard let label = entry.string("label", required: true, &diagnostics),
                  let url = entry.string("url", required: true, &diagnostics) else { return nil }
            guard WebAddress.isSitePathOrWebLink(url) else {
                diagnostics.append(.error(entry.value("url")?.location ?? entry.location, "descriptor.bad-url", messages.badLink("url", url),
                                          hint: messages.badLinkHint))
                return nil
            }
            return Portal.NavEntry(label: label, url: url)
        }
    }

    /// Portal themes declared under `themes:` in `site/portal.yaml`.
    private func portalThemes(_ reader: MappingReader, _ messages: Messages, _ diagnostics: inout [Diagnostic]) -> [Theme] {
        guard let value = reader.value("themes") else { return [] }
        guard let pairs = value.pairs else {
            diagnostics.append(.error(value.location, "descriptor.wrong-type",
                                      messages.wrongType("themes", expected: messages.expectedMapping, found: messages.typeName(.list))))
            return []
        }
        let euCodes = Theme.euThemes(messages.language).map(\.id)
        return pairs.compactMap { pair in
            guard checkID(pair.key, file: pair.keyLocation.file, messages, &diagnostics) else { return nil }
            guard let entry = MappingReader(pair.value, what: "« themes.\(pair.key) »", allowedKeys: ["label", "eu"],
                                            messages: messages, fallback: pair.keyLocation, diagnostics: &diagnostics) else { return nil }
            entry.checkUnknownKeys(&diagnostics)
            let label = entry.string("label", required: true, &diagnostics) ?? pair.key
            var eu = entry.string("eu", &diagnostics)?.lowercased()
            if let code = eu, !euCodes.contains(code) {
                diagnostics.append(.error(entry.value("eu")?.location ?? entry.location, "theme.unknown-eu",
                                          messages.unknownTheme(code), hint: messages.knownValues(euCodes)))
                eu = nil
            }
            return Theme(id: pair.key, label: label, euCode: eu?.uppercased())
        }
    }
}
