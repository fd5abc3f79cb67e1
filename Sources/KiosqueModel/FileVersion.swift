/// A previous version of a published file, taken from Git and kept in the repository's cache
/// (`.kiosque/history/<blob>`), published under `datasets/<id>/versions/<date>-<commit>/<name>`.
public struct FileVersion: Sendable, Equatable {
    /// The commit that wrote this version.
    public let commit: String
    public let date: DateStamp
    public let subject: String
    /// The Git blob.
    public let blob: String
    /// Where the bytes are: an absolute path in the cache.
    public let sourcePath: String
    public let byteSize: Int

    public init(commit: String, date: DateStamp, subject: String, blob: String, sourcePath: String, byteSize: Int) {
        self.commit = commit
        self.date = date
        self.subject = subject
        self.blob = blob
        self.sourcePath = sourcePath
        self.byteSize = byteSize
    }

    /// The folder the version is published in, inside its dataset's folder (`versions/2024-06-15-1a2b3c4d/`).
    public var folder: String { "versions/\(date.isoDate)-\(commit.prefix(8))/" }
}
