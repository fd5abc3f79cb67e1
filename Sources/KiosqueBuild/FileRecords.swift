import Foundation
import KiosqueDigest
import KiosqueLoad
#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says of a file, enough to tell that it did not change since it was hashed: a file whose size,
/// modification and change times, inode and device are the same has the same content (the rule Git's index and
/// Make rely on), unless it was modified within the timestamp granularity of the moment it was hashed — such a file
/// is hashed again (`FileRecords.trusted`).
struct FileStamp: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var modifiedNanoseconds: Int64
    var changed: Int64
    var changedNanoseconds: Int64
    var mode: UInt32

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec)
        changedNanoseconds = Int64(info.st_ctim.tv_nsec)
        mode = UInt32(info.st_mode)
    }

    init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, modifiedNanoseconds: Int64, changed: Int64,
         changedNanoseconds: Int64, mode: UInt32) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changed = changed
        self.changedNanoseconds = changedNanoseconds
        self.mode = mode
    }

    static func of(_ path: String, followLinks: Bool = true) -> FileStamp? {
        var info = stat()
        let result = followLinks ? stat(path, &info) : lstat(path, &info)
        return result == 0 ? FileStamp(info) : nil
    }

    var isRegularFile: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFREG) }
    var isDirectory: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }
    var isSymbolicLink: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFLNK) }

    func write(_ w: inout ByteWriter) {
        w.int(Int(bitPattern: UInt(device)))
        w.int(Int(bitPattern: UInt(inode)))
        w.int64(size)
        w.int64(modified)
        w.int64(modifiedNanoseconds)
        w.int64(changed)
        w.int64(changedNanoseconds)
        w.int(Int(mode))
    }

    static func read(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> FileStamp {
        FileStamp(device: UInt64(UInt(bitPattern: try r.int())), inode: UInt64(UInt(bitPattern: try r.int())), size: try r.int64(),
                  modified: try r.int64(), modifiedNanoseconds: try r.int64(), changed: try r.int64(),
                  changedNanoseconds: try r.int64(), mode: UInt32(truncatingIfNeeded: try r.int()))
    }
}

/// The content hash (and, once asked for, the Git blob name) of every repository file the cache has hashed, by
/// absolute path, with the stamp it had then. Thread-safe: datasets are keyed in parallel.
final class FileRecords: @unchecked Sendable {
    struct Record: Sendable {
        var stamp: FileStamp
        /// When the file was hashed (seconds since 1970).
        var hashedAt: Int64
        var hash: ContentHash
        var gitBlob: String?
    }

    /// A file modified less than this before it was hashed is hashed again next time: coarse file systems (FAT: 2 s)
    /// could otherwise hide a later change behind the same modification time.
    static let granularity: Int64 = 2

    private let lock = NSLock()
    private var previous: [String: Record]
    private var current: [String: Record] = [:]
    /// Files of Kiosque's own cache found present by this build, with their stamp (never changed in place).
    private var observed: [String: FileStamp] = [:]
    /// SHA-256 digests of the files hashed by this build's folder walks.
    private var digests: [String: String] = [:]
    /// The folders walked by this build: their entries as `lstat` saw them.
    private var walked: [String: [WalkedEntry]] = [:]

    func walkedEntries(_ folder: String) -> [WalkedEntry]? {
        lock.lock()
        defer { lock.unlock() }
        return walked[folder]
    }
    private let startedAt = Int64(Date().timeIntervalSince1970)
    private(set) var hashedBytes = 0

    /// A folder's names, with the stamp the folder had just before they were read.
    struct Listing: Sendable {
        var stamp: FileStamp
        var listedAt: Int64
        var names: [String]
    }

    private let previousListings: [String: Listing]
    private var currentListings: [String: Listing] = [:]

    init(previous: [String: Record], listings: [String: Listing] = [:]) {
        self.previous = previous
        previousListings = listings
    }

    convenience init(_ parsed: (records: [String: Record], listings: [String: Listing])) {
        self.init(previous: parsed.records, listings: parsed.listings)
    }

    /// Records that may be reused for this stamp.
    private func trusted(_ path: String, _ stamp: FileStamp) -> Record? {
        lock.lock()
        defer { lock.unlock() }
        let record = current[path] ?? previous[path]
        guard let record, record.stamp == stamp, record.stamp.modified + Self.granularity < record.hashedAt else { return nil }
        current[path] = record
        return record
    }

    private func remember(_ path: String, _ record: Record) {
        lock.lock()
        current[path] = record
        hashedBytes += Int(record.stamp.size)
        lock.unlock()
    }

    /// The content hash of a regular file, reused while its stamp is unchanged. With `digest`, a file read now gets its
    /// SHA-256 too, in the same pass (`sha256`): the load needs it for every data file, and need not read it again.
    func hash(_ path: String, stamp: FileStamp, digest: Bool = false) -> ContentHash? {
        if let record = trusted(path, stamp) { return record.hash }
        var sha: SHA256? = digest ? SHA256() : nil
        guard let hash = Self.hashFile(path, sha: &sha) else { return nil }
        // Stamped again after reading: a file changed while it was read is not remembered as it was.
        guard let after = FileStamp.of(path), after == stamp else { return hash }
        remember(path, Record(stamp: stamp, hashedAt: startedAt, hash: hash, gitBlob: nil))
        if let sha {
            lock.lock()
            digests[path] = sha.hexDigest()
            lock.unlock()
        }
        return hash
    }

    /// The SHA-256 of a file read by `hash(_:stamp:digest:)` in this build.
    func sha256(_ path: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return digests[path]
    }

    /// The content hash of a file that this build stamped and hashed (or found unchanged): the writer needs no
    /// second `stat` for a data file the load already read. A file changed since is read again by the next build
    /// (its stamp no longer matches), so the site and its data files never disagree for longer.
    func hashedThisBuild(_ path: String) -> ContentHash? {
        lock.lock()
        defer { lock.unlock() }
        return current[path]?.hash
    }

    /// Remembers the stamp this build found for a file of Kiosque's cache (a derived file of a cached dataset).
    func observe(_ path: String, stamp: FileStamp) {
        lock.lock()
        observed[path] = stamp
        lock.unlock()
    }

    /// The stamp `observe` remembered.
    func observedStamp(_ path: String) -> FileStamp? {
        lock.lock()
        defer { lock.unlock() }
        return observed[path]
    }

    /// The Git blob name of a file, reused while its stamp is unchanged.
    func gitBlob(_ path: String, compute: () -> String?) -> String? {
        // A file this build already stamped (the load walked its folder) needs no second `stat`.
        lock.lock()
        let record = current[path]
        lock.unlock()
        if let known = record?.gitBlob { return known }
        guard let stamp = record?.stamp ?? FileStamp.of(path) else { return compute() }
        if let record = trusted(path, stamp), let blob = record.gitBlob { return blob }
        guard let blob = compute() else { return nil }
        lock.lock()
        if var record = current[path], record.stamp == stamp {
            record.gitBlob = blob
            current[path] = record
        }
        lock.unlock()
        return blob
    }

    static func hashFile(_ path: String) -> ContentHash? {
        var none: SHA256?
        return hashFile(path, sha: &none)
    }

    static func hashFile(_ path: String, sha: inout SHA256?) -> ContentHash? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var hasher = ContentHasher()
        let size = 1 << 16
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, size)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            let bytes = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
            hasher.update(buffer: bytes)
            sha?.update(bytes)
        }
        return hasher.finish()
    }

    // MARK: Folders

    /// A hash of everything under `folder`: sorted names, kinds, file contents; symbolic links by their resolved
    /// path and, for a file, its content. Nil when something cannot be read (the folder is then not cached).
    func folderHash(_ folder: String) -> ContentHash? {
        var hasher = ContentHasher()
        guard walk(folder, into: &hasher, depth: 0) else { return nil }
        return hasher.finish()
    }

    private func walk(_ folder: String, into hasher: inout ContentHasher, depth: Int) -> Bool {
        guard depth < 32, let folderStamp = FileStamp.of(folder), folderStamp.isDirectory else { return false }
        // A folder whose stamp did not change since it was listed holds the same names (adding, removing or renaming
        // an entry changes its modification time): it is not listed again, and its entries are stamped by path.
        var directory: OpaquePointer?
        let names: [String]
        if let known = trustedListing(folder, folderStamp) {
            names = known
        } else {
            guard let opened = opendir(folder) else { return false }
            directory = opened
            names = Self.names(opened)
            rememberListing(folder, Listing(stamp: folderStamp, listedAt: startedAt, names: names))
        }
        defer { if let directory { closedir(directory) } }
        // Each entry stamped relative to the open folder: the kernel does not walk the whole path again per file.
        let descriptor = directory.map { dirfd($0) }
        hasher.update(names.count)
        var entries: [WalkedEntry] = []
        entries.reserveCapacity(names.count)
        for name in names {
            let path = folder + "/" + name
            var info = stat()
            guard (descriptor.map { fstatat($0, name, &info, AT_SYMLINK_NOFOLLOW) } ?? lstat(path, &info)) == 0 else { return false }
            let stamp = FileStamp(info)
            entries.append(WalkedEntry(name: name, isDirectory: stamp.isDirectory, isSymbolicLink: stamp.isSymbolicLink, size: Int(stamp.size)))
            hasher.update(name)
            if stamp.isDirectory {
                hasher.update("d")
                guard walk(path, into: &hasher, depth: depth + 1) else { return false }
            } else if stamp.isRegularFile {
                hasher.update("f")
                guard let hash = hash(path, stamp: stamp, digest: true) else { return false }
                hasher.update(hash)
            } else if stamp.isSymbolicLink {
                // A link is worth what it points to now; only links to regular files are cached.
                guard let real = realpath(path, nil) else { return false }
                let target = String(cString: real)
                free(real)
                guard let resolved = FileStamp.of(target), resolved.isRegularFile, let hash = hash(target, stamp: resolved) else { return false }
                hasher.update("l")
                hasher.update(target)
                hasher.update(hash)
            } else {
                return false
            }
        }
        lock.lock()
        walked[folder] = entries
        lock.unlock()
        return true
    }

    /// A folder's names as listed by an earlier build, while the folder's stamp is the one it had then (and was not
    /// modified within the timestamp granularity of the listing).
    private func trustedListing(_ folder: String, _ stamp: FileStamp) -> [String]? {
        lock.lock()
        defer { lock.unlock() }
        guard let listing = currentListings[folder] ?? previousListings[folder], listing.stamp == stamp,
              listing.stamp.modified + Self.granularity < listing.listedAt else { return nil }
        currentListings[folder] = listing
        return listing.names
    }

    private func rememberListing(_ folder: String, _ listing: Listing) {
        lock.lock()
        currentListings[folder] = listing
        lock.unlock()
    }

    /// The names in a folder, `.` and `..` left out, sorted by bytes.
    static func entries(_ folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        return names(directory)
    }

    /// The names in an open folder, `.` and `..` left out, sorted by bytes.
    private static func names(_ directory: OpaquePointer) -> [String] {
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    // MARK: Persistence

    /// The records used by this build (those of files no longer read are dropped).
    func serialized() -> [UInt8] {
        lock.lock()
        let records = current
        let listings = currentListings
        lock.unlock()
        var w = ByteWriter(capacity: records.count * 96)
        w.int(records.count)
        // In the dictionaries' order: the cache's own file need not be the same from one run to the next (sorting
        // tens of thousands of paths was 1 % of a one-dataset edit).
        for (path, record) in records {
            w.string(path)
            record.stamp.write(&w)
            w.int64(record.hashedAt)
            w.int(Int(bitPattern: UInt(record.hash.high)))
            w.int(Int(bitPattern: UInt(record.hash.low)))
            w.optionalString(record.gitBlob)
        }
        w.int(listings.count)
        for (path, listing) in listings {
            w.string(path)
            listing.stamp.write(&w)
            w.int64(listing.listedAt)
            w.int(listing.names.count)
            for name in listing.names { w.string(name) }
        }
        return w.bytes
    }

    static func parse(_ bytes: [UInt8]) -> (records: [String: Record], listings: [String: Listing]) {
        var r = ByteReader(bytes)
        do throws(ByteReader.Corrupt) {
            let count = try r.count()
            var records: [String: Record] = [:]
            records.reserveCapacity(count)
            for _ in 0..<count {
                let path = try r.string()
                let stamp = try FileStamp.read(&r)
                let hashedAt = try r.int64()
                let hash = ContentHash(high: UInt64(UInt(bitPattern: try r.int())), low: UInt64(UInt(bitPattern: try r.int())))
                records[path] = Record(stamp: stamp, hashedAt: hashedAt, hash: hash, gitBlob: try r.optionalString())
            }
            let listingCount = try r.count()
            var listings: [String: Listing] = [:]
            listings.reserveCapacity(listingCount)
            for _ in 0..<listingCount {
                let path = try r.string()
                let stamp = try FileStamp.read(&r)
                let listedAt = try r.int64()
                let count = try r.count()
                var names: [String] = []
                names.reserveCapacity(count)
                for _ in 0..<count { names.append(try r.string()) }
                listings[path] = Listing(stamp: stamp, listedAt: listedAt, names: names)
            }
            return (records, listings)
        } catch {
            return ([:], [:])
        }
    }

    var changed: Bool {
        lock.lock()
        defer { lock.unlock() }
        if currentListings.count != previousListings.count
            || currentListings.contains(where: { previousListings[$0.key]?.stamp != $0.value.stamp }) { return true }
        return current.count != previous.count || current.contains { path, record in
            guard let old = previous[path] else { return true }
            return old.stamp != record.stamp || old.hash != record.hash || old.gitBlob != record.gitBlob
        }
    }
}
