import KiosqueModel
import KiosqueYAML

/// Builds the theme overlay: the embedded default theme, then the portal's `themes/<name>/` files over it.
public struct ThemeLoader: Sendable {
    public let root: String
    public let fileSystem: any RepositoryFileSystem

    public init(root: String, fileSystem: any RepositoryFileSystem = LocalFileSystem()) {
        self.root = root
        self.fileSystem = fileSystem
    }

    /// Translations are flattened to dotted keys (`nav.datasets`). `embedded` maps theme-relative paths (`templates/layout.mustache`) to their text.
    public func load(name: String, language: Language, embedded: [String: String], diagnostics: inout [Diagnostic]) -> ThemeBundle {
        var files: [String: [UInt8]] = embedded.mapValues { Array($0.utf8) }
        var origin: [String: String] = [:]
        let folder = "themes/" + name
        var stack = [""]
        while let sub = stack.popLast() {
            let base = sub.isEmpty ? folder : folder + "/" + sub
            for entry in fileSystem.list(root + "/" + base) ?? [] where !entry.hasPrefix(".") {
                let relative = sub.isEmpty ? entry : sub + "/" + entry
                let full = root + "/" + folder + "/" + relative
                if fileSystem.isSymbolicLink(full) { continue }
                if fileSystem.isDirectory(full) { stack.append(relative); continue }
                if let bytes = try? fileSystem.read(full, limit: 16 << 20) {
                    files[relative] = bytes
                    origin[relative] = folder + "/" + relative
                }
            }
        }
        var templates: [String: String] = [:]
        var assets: [String: [UInt8]] = [:]
        for (path, bytes) in files {
            if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                templates[String(path.dropFirst("templates/".count).dropLast(".mustache".count))] = String(decoding: bytes, as: UTF8.self)
            } else if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = bytes
            }
        }
        var translations: [String: String] = [:]
        let i18n = "i18n/\(language.rawValue).yaml"
        if let bytes = files[i18n] {
            let file = origin[i18n] ?? "(kiosque)/themes/default/" + i18n
            let (node, found) = YAMLDocument.parse(bytes, file: file, language: language)
            diagnostics += found
            func flatten(_ node: YAMLNode?, prefix: String) {
                for pair in node?.pairs ?? [] {
                    let key = prefix.isEmpty ? pair.key : prefix + "." + pair.key
                    if let text = pair.value.string { translations[key] = text } else { flatten(pair.value, prefix: key) }
                }
            }
            flatten(node, prefix: "")
        }
        return ThemeBundle(templates: templates, translations: translations, assets: assets)
    }
}
