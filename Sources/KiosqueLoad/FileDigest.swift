import KiosqueDigest

/// The SHA-256 of a data file, computed while loading so that `SHA256SUMS`, the dataset page and
/// `datapackage.json` all state the hash of the bytes that are published.
enum FileDigest {
    /// Files are read in chunks of this size: a large file never sits whole in memory.
    static let chunkSize = 1 << 16

    /// The hexadecimal digest of the file at an absolute path, or nil when it cannot be read.
    static func sha256(_ path: String, fileSystem: any RepositoryFileSystem) -> String? {
        var hasher = SHA256()
        do {
            try fileSystem.readChunks(path, chunkSize: chunkSize) { hasher.update($0) }
        } catch {
            return nil
        }
        return hasher.hexDigest()
    }
}
