import Foundation
import KiosqueModel
import KiosqueSchema
import KiosqueYAML

/// `kiosque schemas`: the Table Schemas a portal declares, and the local cache (`.kiosque/schemas/`) that lets a build
/// check files against https schemas without the network.
///
/// ```
/// kiosque schemas            # lists them, cached or not
/// kiosque schemas --fetch    # downloads every https schema into the cache (in CI, before check and build)
/// kiosque schemas --import https://schema.data.gouv.fr/…/schema.json copie-locale.json
/// ```
public enum PortalSchemas {
    /// A `schema:` of a dataset descriptor or of one of its resources.
    public struct Reference: Sendable, Equatable {
        /// The repository path or URL, as written.
        public let reference: String
        /// Where it is first written.
        public let location: SourceLocation
        /// True for an https URL (kept in the cache); false for a repository path.
        public var isRemote: Bool { reference.lowercased().hasPrefix("https://") }
    }

    /// Every schema the descriptors under `data/` declare, each once (at its first place), sorted by reference.
    /// Descriptors that cannot be read are skipped: `kiosque check` reports them.
    public static func declared(in root: String) -> [Reference] {
        var found: [String: SourceLocation] = [:]
        let data = root + "/data"
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: data)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        for folder in folders {
            for name in ["dataset.yaml", "dataset.yml"] {
                let relative = "data/\(folder)/\(name)"
                guard let bytes = FileManager.default.contents(atPath: root + "/" + relative) else { continue }
                let (document, _) = YAMLDocument.parse([UInt8](bytes), file: relative, language: .fr)
                guard let document else { break }
                var nodes = [document["schema"]]
                nodes += (document["resources"]?.items ?? []).map { $0["schema"] }
                for node in nodes.compactMap({ $0 }) {
                    guard let text = node.string, !text.isEmpty else { continue }
                    if let known = found[text], known <= node.location { continue }
                    found[text] = node.location
                }
                break
            }
        }
        return found.map { Reference(reference: $0.key, location: $0.value) }.sorted { $0.reference < $1.reference }
    }

    /// True when the cache of the portal at `root` holds `url`.
    public static func isCached(_ url: String, root: String) -> Bool {
        FileManager.default.fileExists(atPath: SchemaCache(portalRoot: URL(fileURLWithPath: root)).cachedFile(for: url).path)
    }

    /// The cache file of `url`, relative to the portal root.
    public static func cachePath(_ url: String) -> String { SchemaCache.relativeFolder + "/" + SchemaCache.fileName(for: url) }

    /// Downloads every https schema the portal declares into its cache; each URL with the file written or the failure.
    public static func fetchAll(root: String,
                                download: (String) async throws(SchemaCache.FetchError) -> [UInt8] = curlDownload)
        async -> [(url: String, result: Result<URL, SchemaCache.FetchError>)] {
        let cache = SchemaCache(portalRoot: URL(fileURLWithPath: root))
        var results: [(String, Result<URL, SchemaCache.FetchError>)] = []
        for reference in declared(in: root) where reference.isRemote {
            do {
                results.append((reference.reference, .success(try await cache.fetch(reference.reference, download: download))))
            } catch {
                results.append((reference.reference, .failure(error)))
            }
        }
        return results
    }

    /// Puts the local file `file` in the cache of the portal at `root` as the schema published at `url`.
    @discardableResult
    public static func importFile(_ file: String, as url: String, root: String) throws(SchemaCache.FetchError) -> URL {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw .transport(url: url, reason: "\(file): fichier illisible / unreadable file")
        }
        return try SchemaCache(portalRoot: URL(fileURLWithPath: root)).store([UInt8](data), for: url)
    }

    /// Downloads with `curl` (https only, redirects followed, 60 s at most), which every CI image has: Kiosque's static
    /// binary links no HTTP client.
    public static func curlDownload(_ url: String) async throws(SchemaCache.FetchError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "--fail", "--silent", "--show-error", "--location", "--proto", "=https", "--proto-redir", "=https",
                             "--max-time", "60", "--retry", "2", "--", url]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .transport(url: url, reason: "curl: \(error)")
        }
        let body = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0: return [UInt8](body)
        case 127: throw .transport(url: url, reason: "curl est introuvable / curl is not installed")
        default: throw .transport(url: url, reason: message.isEmpty ? "curl \(process.terminationStatus)" : message)
        }
    }
}
