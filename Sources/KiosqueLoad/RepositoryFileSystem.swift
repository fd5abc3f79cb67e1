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
    /// The size of the entry at `path` when it exists and is not a symbolic link (`lstat`: one system call where
    /// `isSymbolicLink` + `size` take two); nil for a link or nothing.
    func plainEntrySize(_ path: String) -> Int?
    func read(_ path: String, limit: Int) throws -> [UInt8]
    /// Hands the whole file to `body` in order, at most `chunkSize` bytes at a time.
    func readChunks(_ path: String, chunkSize: Int, _ body: ([UInt8]) -> Void) throws
    /// The entries of a folder that are folders or links to folders, sorted like `list`, each with whether it is a
    /// symbolic link; nil when `path` is not a folder.
    func folders(_ path: String) -> [(name: String, isSymbolicLink: Bool)]?
}

extension RepositoryFileSystem {
    public func folders(_ path: String) -> [(name: String, isSymbolicLink: Bool)]? {
        list(path).map { names in
            names.filter { isDirectory(path + "/" + $0) }.map { ($0, isSymbolicLink(path + "/" + $0)) }
        }
    }

    public func plainEntrySize(_ path: String) -> Int? {
        guard !isSymbolicLink(path), exists(path) || isDirectory(path) else { return nil }
        return size(path) ?? 0
    }

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

    /// The kinds come from the folder's listing (`d_type`): no `stat` per entry, but for links and file systems that do
    /// not give the kind.
    public func folders(_ path: String) -> [(name: String, isSymbolicLink: Bool)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var found: [(name: String, isSymbolicLink: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard name != ".", name != ".." else { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): found.append((name, false))
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                if isDirectory(path + "/" + name) { found.append((name, isSymbolicLink(path + "/" + name))) }
            default: continue
            }
        }
        return found.sorted { $0.name < $1.name }
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

    public func plainEntrySize(_ path: String) -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK else { return nil }
        return Int(info.st_size)
    }

    // Plain `open`/`read`/`close`: FileHandle adds an `fstat` per read.
    public func read(_ path: String, limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try readChunks(path, chunkSize: 1 << 16, limit: limit) { bytes += $0 }
        return bytes
    }

    public func readChunks(_ path: String, chunkSize: Int, _ body: ([UInt8]) -> Void) throws {
        try readChunks(path, chunkSize: chunkSize, limit: Int.max, body)
    }

    private func readChunks(_ path: String, chunkSize: Int, limit: Int, _ body: ([UInt8]) -> Void) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CocoaError(.fileReadNoSuchFile) }
        defer { close(descriptor) }
        var remaining = limit
        var chunk = [UInt8](repeating: 0, count: max(1, min(chunkSize, 1 << 16, limit)))
        while remaining > 0 {
            let wanted = min(chunk.count, remaining)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw CocoaError(.fileReadUnknown) }
            if count == 0 { break }
            body(count == chunk.count ? chunk : Array(chunk[0..<count]))
            remaining -= count
        }
    }
}
