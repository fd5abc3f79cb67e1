import Foundation
import KiosqueModel

/// Local copies of schemas published at https URLs, so that a build works offline.
///
/// A URL maps to `<portal>/.kiosque/schemas/<slug>-<hash>.json`: the slug is the URL's host and
/// path in lowercase letters, digits and dashes (at most 80 characters), the hash 16 hexadecimal
/// digits of a 64-bit FNV-1a hash of the whole URL, so two URLs never share a file. A build only
/// reads the folder; `kiosque schemas --fetch` fills it with ``fetch(_:download:)``, and
/// `kiosque schemas --import URL FILE` with ``store(_:for:)``.
///
/// The module does no networking itself (the static `kiosque` binary links no HTTP client): the
/// caller hands ``fetch(_:download:)`` the function that downloads.
public struct SchemaCache: Sendable {
    /// The folder under the portal root.
    public static let relativeFolder = ".kiosque/schemas"

    public let portalRoot: URL
    public var folder: URL { portalRoot.appendingPathComponent(SchemaCache.relativeFolder, isDirectory: true) }

    public init(portalRoot: URL) {
        self.portalRoot = portalRoot
    }

    /// What a lookup found.
    public enum Lookup: Sendable {
        /// The cached copy, and its path relative to the portal root (for diagnostics).
        case found(bytes: [UInt8], file: String)
        /// Not in the cache (or not an https URL): what to tell the user.
        case missing(Diagnostic)
    }

    /// The cache file name for `url`.
    public static func fileName(for url: String) -> String {
        var slug = ""
        let body = url.drop(while: { $0 != ":" }).drop(while: { $0 == ":" || $0 == "/" })
        for character in body.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        slug = String(slug.trimmingCharacters(in: ["-"]).prefix(80)).trimmingCharacters(in: ["-"])
        let hash = String(KeyMemory.hash(url), radix: 16)
        return (slug.isEmpty ? "" : slug + "-") + String(repeating: "0", count: 16 - hash.count) + hash + ".json"
    }

    /// The cache file for `url`.
    public func cachedFile(for url: String) -> URL {
        folder.appendingPathComponent(SchemaCache.fileName(for: url))
    }

    /// Reads the cached copy of `url`, declared at `location`; never touches the network.
    public func lookup(_ url: String, from location: SourceLocation, language: Language) -> Lookup {
        guard url.lowercased().hasPrefix("https://") else {
            return .missing(.error(location, "schema.not-https",
                                   language.pick("le schéma \(url) doit être un chemin du dépôt ou une URL https",
                                                 "the schema \(url) must be a path in the repository or an https URL"),
                                   hint: language.pick("remplacez http:// par https://, ou copiez le schéma dans le dépôt",
                                                       "replace http:// with https://, or copy the schema into the repository")))
        }
        let name = SchemaCache.fileName(for: url)
        let relative = SchemaCache.relativeFolder + "/" + name
        guard let data = FileManager.default.contents(atPath: cachedFile(for: url).path) else {
            return .missing(.error(location, "schema.not-cached",
                                   language.pick("schéma \(url) absent du cache local : lancez `kiosque schemas --fetch` ou copiez-le dans \(SchemaCache.relativeFolder)/",
                                                 "schema \(url) is not in the local cache: run `kiosque schemas --fetch` or copy it into \(SchemaCache.relativeFolder)/"),
                                   hint: language.pick("nom attendu du fichier : \(relative)", "expected file name: \(relative)")))
        }
        return .found(bytes: [UInt8](data), file: relative)
    }

    /// The schema at `url` from the cache, parsed; nil with a diagnostic when it is not cached.
    public func schema(for url: String, from location: SourceLocation, language: Language) -> (schema: TableSchema?, diagnostics: [Diagnostic]) {
        switch lookup(url, from: location, language: language) {
        case let .found(bytes, file):
            let schema = TableSchema.parse(bytes, file: file)
            return (schema, schema.diagnostics(in: language))
        case let .missing(diagnostic):
            return (nil, [diagnostic])
        }
    }

    /// Why fetching or storing a schema failed.
    public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
        case notHTTPS(String)
        case status(url: String, code: Int)
        case notJSON(url: String, reason: String)
        case transport(url: String, reason: String)

        public var description: String {
            switch self {
            case let .notHTTPS(url): "\(url): not an https URL"
            case let .status(url, code): "\(url): HTTP status \(code)"
            case let .notJSON(url, reason): "\(url): not JSON (\(reason))"
            case let .transport(url, reason): "\(url): \(reason)"
            }
        }
    }

    /// Downloads `url` with `download` (which returns the body, or throws a ``FetchError``) and stores it in the cache.
    @discardableResult
    public func fetch(_ url: String, download: (String) async throws(FetchError) -> [UInt8]) async throws(FetchError) -> URL {
        guard Self.isHTTPS(url) else { throw .notHTTPS(url) }
        return try store(try await download(url), for: url)
    }

    /// Puts `bytes` in the cache as the schema published at `url` (replacing an older copy atomically) and returns the
    /// file. The bytes must be JSON; they are stored as they are.
    @discardableResult
    public func store(_ bytes: [UInt8], for url: String) throws(FetchError) -> URL {
        guard Self.isHTTPS(url) else { throw .notHTTPS(url) }
        do {
            _ = try LocatedJSON.parse(bytes)
        } catch {
            throw .notJSON(url: url, reason: "\(error.line):\(error.column): \(error.reason)")
        }
        let target = cachedFile(for: url)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: target, options: .atomic)
        } catch {
            throw .transport(url: url, reason: String(describing: error))
        }
        return target
    }

    static func isHTTPS(_ url: String) -> Bool {
        url.lowercased().hasPrefix("https://") && URL(string: url)?.host?.isEmpty == false
    }
}
