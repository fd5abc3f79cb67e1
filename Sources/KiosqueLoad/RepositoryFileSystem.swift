import Foundation

/// The seam between the loader and the disk: everything the load stage reads goes through it.
public protocol RepositoryFileSystem: Sendable {
    /// Entries of a folder (names only, sorted), or nil when it is not a folder.
    func list(_ path: String) -> [String]?
    func isDirectory(_ path: String) -> Bool
    func exists(_ path: String) -> Bool
    /// The path with every symbolic link resolved, or nil when it does not exist.
    func resolved(_ path: String) -> String?
    func isSymbolicLink(_ path: String) -> Bool
    func size(_ path: String) -> Int?
    func read(_ path: String, limit: Int) throws -> [UInt8]
    /// Hands the whole file to `body` in order, at most `chunkSize` bytes at a time.
    func readChunks(_ path: String, chunkSize: Int, _ body: ([UInt8]) -> Void) throws
}

extension RepositoryFileSystem {
    /// For file systems that hold files in memory: the whole file as one chunk.
    public func readChunks(_ path: String, chunkSize: Int, _ body: ([UInt8]) -> Void) throws {
        body(try read(path, limit: Int.max))
    }
}

/// The real disk.
public struct LocalFileSystem: RepositoryFileSystem {
    public init() {}

    public func list(_ path: String) -> [String]? {
        guard isDirectory(path) else { return nil }
        return (try? FileManager.default.contentsOfDirectory(atPath: path))?.sorted()
    }

    public func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    public func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    public func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    public func size(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    public func read(_ path: String, limit: Int) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
        defer { try? handle.close() }
        let data = try handle.read(upToCount: limit) ?? Data()
        return [UInt8](data)
    }

    public func readChunks(_ path: String, chunkSize: Int, _ body: ([UInt8]) -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
        defer { try? handle.close() }
        while let data = try handle.read(upToCount: chunkSize), !data.isEmpty {
            body([UInt8](data))
        }
    }
}
