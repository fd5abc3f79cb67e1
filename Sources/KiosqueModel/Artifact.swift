/// One file of the published site, as a value: its path under the output folder and where its bytes come from.
public struct Artifact: Sendable, Equatable {
    public enum Body: Sendable, Equatable {
        case bytes([UInt8])
        /// A file copied byte for byte from this absolute path (data files, assets).
        case copy(sourcePath: String)
    }

    /// Relative to the output root, `/`-separated, never starting with `/` (`datasets/budget/index.html`).
    public let path: String
    public let body: Body

    public init(path: String, body: Body) {
        self.path = path
        self.body = body
    }

    public init(path: String, text: String) {
        self.init(path: path, body: .bytes(Array(text.utf8)))
    }
}
