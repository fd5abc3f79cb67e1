import Foundation
import KiosqueModel

/// One good build held in memory: every published file by its path, as the writer would have written it.
struct PreviewSite: Sendable {
    enum Lookup: Equatable {
        case file(path: String, body: Artifact.Body)
        /// A folder asked for without its final `/`: relative links need it.
        case redirect(to: String)
        case notFound
    }

    let files: [String: Artifact.Body]

    /// Paths are unique: `Site.site` checked them as the writer does.
    init(_ artifacts: [Artifact]) {
        files = Dictionary(artifacts.map { ($0.path, $0.body) }, uniquingKeysWith: { first, _ in first })
    }

    /// What a decoded URL path (`/datasets/budget/`) serves: the file, the folder's `index.html`, or a redirect to
    /// the folder's URL with its `/`.
    func lookup(_ urlPath: String) -> Lookup {
        let parts = urlPath.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." }) else { return .notFound }
        let relative = parts.joined(separator: "/")
        if relative.isEmpty || urlPath.hasSuffix("/") {
            let index = relative.isEmpty ? "index.html" : relative + "/index.html"
            return files[index].map { .file(path: index, body: $0) } ?? .notFound
        }
        if let body = files[relative] { return .file(path: relative, body: body) }
        if files[relative + "/index.html"] != nil {
            let location = "/" + relative + "/"
            return .redirect(to: location.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? location)
        }
        return .notFound
    }

    var notFoundPage: Artifact.Body? { files["404.html"] }
}
