import Foundation
import KiosqueDerive
import KiosqueDigest
import KiosqueLoad
import KiosqueModel
import KiosqueSearch
#if canImport(Glibc)
import Glibc
#endif

/// The incremental build's memory, in the repository's ignored `.kiosque/cache/`:
///
/// ```
/// .kiosque/cache/lock          held (flock) for the whole build: a second build at the same time runs cold
/// .kiosque/cache/files.bin     content hash and Git blob of each input file, with the stat stamp it had, and the names
///                              of each dataset folder with the folder's stamp (FileRecords)
/// .kiosque/cache/datasets.log  loaded datasets (CacheCoding), their diagnostics and the stamps of their derived files,
///                              by key, appended to (a megabyte at a time) and read through a mapping
/// .kiosque/cache/output-*.bin  what the output folder holds and from which inputs (OutputManifest)
/// .kiosque/cache/staging-*/    the previous output, hard links mostly, brought up to date and swapped in
/// ```
///
/// Every entry is keyed by content hashes of its inputs and by `toolKey` (this executable's identity and
/// `formatVersion`): a new Kiosque never reads an older one's cache. Removing the folder makes the next build cold.
final class BuildCache: LoadCache, @unchecked Sendable {
    /// Raised when any cached form changes.
    static let formatVersion = 5
    static let logMagic = Array("KQDS".utf8)

    let folder: String
    let toolKey: ContentHash
    let files: FileRecords
    private let lockDescriptor: Int32
    private let lock = NSLock()
    /// The log, open for reading entries (by offset) and for appending new ones; its entries by key. Entries are read
    /// one at a time and written as they are made: the log is never held in memory.
    private let logDescriptor: Int32
    private var logIndex: [ContentHash: (offset: Int, length: Int)]
    private var logEnd: Int
    /// Entries appended but not yet written (they start at `logWritten`): written a megabyte at a time, not one `pwrite`
    /// each.
    private var pending: [UInt8] = []
    private var logWritten: Int
    private var used: Set<ContentHash> = []
    /// The load key of each dataset of this build, by id: the render stage's fingerprint of a dataset.
    private var keysByID: [String: ContentHash] = [:]
    private(set) var hits = 0
    private(set) var misses = 0

    /// Opens the cache of a repository; nil when another build holds it or it cannot be created.
    static func open(root: String) -> BuildCache? {
        let folder = root + "/.kiosque/cache"
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return nil }
        let descriptor = Glibc.open(folder + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        return BuildCache(folder: folder, lockDescriptor: descriptor)
    }

    private init(folder: String, lockDescriptor: Int32) {
        self.folder = folder
        self.lockDescriptor = lockDescriptor
        toolKey = Self.toolIdentity()
        var prefix = ByteWriter(capacity: 64)
        prefix.bytes += Self.logMagic
        prefix.int(Self.formatVersion)
        prefix.int(Int(bitPattern: UInt(toolKey.high)))
        prefix.int(Int(bitPattern: UInt(toolKey.low)))
        header = prefix.bytes
        // `files.bin` is read and parsed on another thread while the log is scanned below.
        let header = header
        let parsing = DispatchGroup()
        nonisolated(unsafe) var parsedFiles: FileRecords?
        DispatchQueue.global().async(group: parsing) {
            let filesBytes = Self.read(folder + "/files.bin")
            parsedFiles = filesBytes.starts(with: header) ? FileRecords(FileRecords.parse(Array(filesBytes.dropFirst(header.count))))
                : FileRecords(previous: [:])
        }
        // The log is scanned for its entries' keys and places, a megabyte at a time; a log cut short (a killed build)
        // loses its last, partial entry; a foreign one (another format or Kiosque) is started anew.
        let path = folder + "/datasets.log"
        let descriptor = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        var index: [ContentHash: (offset: Int, length: Int)] = [:]
        var end = 0
        var mapping: UnsafeMutableRawPointer?
        var mapped = 0
        var mapSize = 0
        if descriptor >= 0 {
            // The log is read through a mapping: its entries' headers and the entries a build reuses cost no system
            // call each (a `pread` per entry was most of a one-dataset edit's calls).
            var size = stat()
            if fstat(descriptor, &size) == 0, size.st_size > 0, let pointer = mmap(nil, Int(size.st_size), PROT_READ, MAP_SHARED, descriptor, 0),
               pointer != UnsafeMutableRawPointer(bitPattern: -1) {
                mapping = pointer
                mapped = Int(size.st_size)
                mapSize = mapped
            }
            let scan = Self.scan(mapping.map { UnsafeRawBufferPointer(start: $0, count: mapped) } ?? UnsafeRawBufferPointer(start: nil, count: 0),
                                 header: header)
            index = scan.index
            end = scan.end
            if end == 0 {
                _ = ftruncate(descriptor, 0)
                _ = OutputFiles.pwriteAll(descriptor, header, at: 0)
                end = header.count
            } else if end < mapped, ftruncate(descriptor, off_t(end)) != 0 {
                index = [:]
            }
            // Only the whole entries are read from the mapping (the file is never cut below them while it is held).
            mapped = min(mapped, end)
        }
        parsing.wait()
        files = parsedFiles ?? FileRecords(previous: [:])
        logDescriptor = descriptor
        logIndex = index
        logEnd = end
        logWritten = end
        logMapping = mapping
        logMapped = mapped
        mappingLength = mapSize
    }

    /// The log as mapped when the cache was opened, and how much of it holds whole entries.
    private let logMapping: UnsafeMutableRawPointer?
    private let logMapped: Int
    private let mappingLength: Int

    /// The entries of a log: key, place and length of each, and where the last whole one ends (0 when the log does not
    /// start with `header`).
    private static func scan(_ bytes: UnsafeRawBufferPointer, header: [UInt8]) -> (index: [ContentHash: (offset: Int, length: Int)], end: Int) {
        guard bytes.count >= header.count, bytes[0..<header.count].elementsEqual(header) else { return ([:], 0) }
        var index: [ContentHash: (offset: Int, length: Int)] = [:]
        var position = header.count
        let total = bytes.count
        // Each entry's header read in place: key (two little-endian words) and length (a little-endian 32-bit word).
        while position + 20 <= total {
            let key = ContentHash(high: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self)),
                                  low: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position + 8, as: UInt64.self)))
            let length = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: position + 16, as: UInt32.self)))
            guard position + 20 + length <= total else { break }
            index[key] = (position + 20, length)
            position += 20 + length
        }
        return (index, position)
    }

    /// Magic, format and tool key: files that do not start with it are another Kiosque's, and ignored.
    let header: [UInt8]

    deinit {
        flushLog()
        if let logMapping { munmap(logMapping, mappingLength) }
        if logDescriptor >= 0 { close(logDescriptor) }
        close(lockDescriptor)
    }

    /// The bytes of an entry of the log (from memory while it waits to be written).
    private func read(_ place: (offset: Int, length: Int)) -> [UInt8]? {
        if let logMapping, place.offset + place.length <= logMapped {
            return Array(UnsafeRawBufferPointer(start: logMapping + place.offset, count: place.length))
        }
        lock.lock()
        if place.offset >= logWritten {
            let start = place.offset - logWritten
            let bytes = start + place.length <= pending.count ? Array(pending[start..<start + place.length]) : nil
            lock.unlock()
            return bytes
        }
        lock.unlock()
        var bytes = [UInt8](repeating: 0, count: place.length)
        return OutputFiles.preadAll(logDescriptor, &bytes, at: place.offset) ? bytes : nil
    }

    /// Appends an entry to the log (under the lock: entries do not interleave); the bytes go out a megabyte at a time.
    private func append(_ key: ContentHash, _ entry: [UInt8]) {
        guard logDescriptor >= 0 else { return }
        lock.lock()
        Self.append(key, entry[...], to: &pending)
        logIndex[key] = (logEnd + 20, entry.count)
        logEnd += entry.count + 20
        used.insert(key)
        if pending.count >= 1 << 20 { flushLocked() }
        lock.unlock()
    }

    /// Writes the entries waiting in memory.
    private func flushLog() {
        lock.lock()
        flushLocked()
        lock.unlock()
    }

    private func flushLocked() {
        guard !pending.isEmpty, logDescriptor >= 0 else { return }
        if OutputFiles.pwriteAll(logDescriptor, pending, at: logWritten) {
            logWritten += pending.count
        } else {
            // Not written: those entries are forgotten (the next build makes them again).
            for (key, place) in logIndex where place.offset >= logWritten { logIndex[key] = nil }
            logEnd = logWritten
        }
        pending.removeAll(keepingCapacity: true)
    }

    // MARK: LoadCache

    func folderHash(_ folder: String) -> ContentHash? { files.folderHash(folder) }

    func fileHash(_ path: String) -> ContentHash? {
        guard let stamp = FileStamp.of(path), stamp.mode & UInt32(S_IFMT) == UInt32(S_IFREG) else { return nil }
        return files.hash(path, stamp: stamp)
    }

    func gitBlobID(_ path: String, compute: () -> String?) -> String? { files.gitBlob(path, compute: compute) }

    func sha256(_ path: String) -> String? { files.sha256(path) }

    func walkedEntries(_ folder: String) -> [WalkedEntry]? { files.walkedEntries(folder) }

    func dataset(for key: ContentHash) -> (dataset: Dataset?, diagnostics: [Diagnostic])? {
        lock.lock()
        let place = logIndex[key]
        lock.unlock()
        guard let place, let bytes = read(place) else {
            count(hit: false)
            return nil
        }
        var reader = ByteReader(bytes)
        let entry: (Dataset?, [Diagnostic])
        let written: [DerivedStamp]
        do throws(ByteReader.Corrupt) {
            let dataset = try reader.optional(CacheCoding.readDataset)
            let diagnostics = try reader.array(CacheCoding.readDiagnostic)
            written = try reader.array(DerivedStamp.read)
            guard reader.isAtEnd else { throw ByteReader.Corrupt() }
            entry = (dataset, diagnostics)
        } catch {
            count(hit: false)
            return nil
        }
        // The derived files live in `.kiosque/derived/`, outside the entry, under names that do not change with the
        // content: they must be the very files written with this entry (a later version of the dataset, since
        // reverted, rewrote them), or the dataset is read again. Their stamps are kept for the writer, which then
        // needs no second `stat`.
        let derived = Self.derivedPaths(entry.0)
        guard derived.count == written.count else {
            count(hit: false)
            return nil
        }
        var stamps: [(String, FileStamp)] = []
        for (path, recorded) in zip(derived, written) {
            guard let stamp = FileStamp.of(path), DerivedStamp(stamp) == recorded else {
                count(hit: false)
                return nil
            }
            stamps.append((path, stamp))
        }
        for (path, stamp) in stamps { files.observe(path, stamp: stamp) }
        lock.lock()
        used.insert(key)
        if let id = entry.0?.id { keysByID[id] = key }
        hits += 1
        lock.unlock()
        return entry
    }

    func store(_ dataset: Dataset?, diagnostics: [Diagnostic], for key: ContentHash) {
        var writer = ByteWriter()
        writer.optional(dataset) { CacheCoding.write($1, &$0) }
        writer.array(diagnostics) { CacheCoding.write($1, &$0) }
        // The derived files as this load wrote them (a missing one makes the entry unusable).
        // Their stamps are kept for the writer too, which then needs no second `stat`.
        let stamps = Self.derivedPaths(dataset).map { path in (path, FileStamp.of(path)) }
        writer.array(stamps.map { $0.1.map(DerivedStamp.init) ?? .missing }) { $1.write(&$0) }
        for case let (path, stamp?) in stamps { files.observe(path, stamp: stamp) }
        append(key, writer.bytes)
        lock.lock()
        if let id = dataset?.id { keysByID[id] = key }
        lock.unlock()
    }

    /// Where the derived files of a dataset's tables are, in order.
    static func derivedPaths(_ dataset: Dataset?) -> [String] {
        (dataset?.distributions ?? []).flatMap { $0.table?.derivedFiles ?? [] }.map(\.sourcePath)
    }

    /// What identifies a derived file as written: device, inode, size, modification time (not the change time:
    /// hard-linking the file into the output changes it).
    struct DerivedStamp: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: Int64
        var modifiedNanoseconds: Int64

        static let missing = DerivedStamp(device: 0, inode: 0, size: -1, modified: 0, modifiedNanoseconds: 0)

        init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, modifiedNanoseconds: Int64) {
            self.device = device
            self.inode = inode
            self.size = size
            self.modified = modified
            self.modifiedNanoseconds = modifiedNanoseconds
        }

        init(_ stamp: FileStamp) {
            self.init(device: stamp.device, inode: stamp.inode, size: stamp.size, modified: stamp.modified,
                      modifiedNanoseconds: stamp.modifiedNanoseconds)
        }

        func write(_ w: inout ByteWriter) {
            w.int(Int(bitPattern: UInt(device)))
            w.int(Int(bitPattern: UInt(inode)))
            w.int64(size)
            w.int64(modified)
            w.int64(modifiedNanoseconds)
        }

        static func read(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> DerivedStamp {
            DerivedStamp(device: UInt64(UInt(bitPattern: try r.int())), inode: UInt64(UInt(bitPattern: try r.int())),
                         size: try r.int64(), modified: try r.int64(), modifiedNanoseconds: try r.int64())
        }
    }

    func text(_ key: ContentHash) -> String? { entry(key).map { String(decoding: $0, as: UTF8.self) } }

    func store(text: String, key: ContentHash) { storeEntry(Array(text.utf8), key: key) }

    /// An entry of the log other than a dataset (a search document), marked as used.
    func entry(_ key: ContentHash) -> [UInt8]? {
        lock.lock()
        let place = logIndex[key]
        if place != nil { used.insert(key) }
        lock.unlock()
        return place.flatMap(read)
    }

    func storeEntry(_ bytes: [UInt8], key: ContentHash) { append(key, bytes) }

    private func count(hit: Bool) {
        lock.lock()
        if hit { hits += 1 } else { misses += 1 }
        lock.unlock()
    }

    /// The load key of each dataset read or reused by this build.
    var datasetKeys: [String: ContentHash] {
        lock.lock()
        defer { lock.unlock() }
        return keysByID
    }

    // MARK: Saving

    /// Writes what this build learnt: new dataset entries appended to the log (rewritten without the entries no
    /// longer used when they outnumber the used ones), the file records. Each file is replaced atomically.
    func save() {
        flushLog()
        lock.lock()
        let used = self.used
        let index = logIndex
        lock.unlock()
        // The log is rewritten without the entries this build did not use when they outnumber the used ones.
        let stale = index.count - used.count
        if stale > max(64, used.count), logDescriptor >= 0 {
            let temporary = folder + "/datasets.log.tmp-\(getpid())"
            let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            if descriptor >= 0 {
                var ok = OutputFiles.writeAll(descriptor, header)
                for (key, place) in index.sorted(by: { $0.value.offset < $1.value.offset }) where ok && used.contains(key) {
                    guard let entry = read(place) else { continue }
                    var bytes: [UInt8] = []
                    Self.append(key, entry[...], to: &bytes)
                    ok = OutputFiles.writeAll(descriptor, bytes)
                }
                close(descriptor)
                if ok { rename(temporary, folder + "/datasets.log") } else { unlink(temporary) }
            }
        }
        if files.changed {
            Self.replace(folder + "/files.bin", header + files.serialized())
        }
    }

    private static func append(_ key: ContentHash, _ entry: ArraySlice<UInt8>, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: key.high.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: key.low.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(entry.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: entry)
    }

    // MARK: Files

    static func read(_ path: String) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return [UInt8](data)
    }

    /// Writes beside, then renames over: a reader sees the old file or the new one.
    static func replace(_ path: String, _ bytes: [UInt8]) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        let written = OutputFiles.writeAll(descriptor, bytes)
        close(descriptor)
        if written { rename(temporary, path) } else { unlink(temporary) }
    }

    /// This executable: its path, size and modification time (a rebuilt Kiosque is another tool), and the format.
    static func toolIdentity() -> ContentHash {
        var hasher = ContentHasher()
        hasher.update("kiosque-cache")
        hasher.update(formatVersion)
        #if os(Linux)
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        #else
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
        hasher.update(executable)
        if let stamp = FileStamp.of(executable) {
            hasher.update(Int(stamp.size))
            hasher.update(Int(stamp.modified))
            hasher.update(Int(stamp.modifiedNanoseconds))
        }
        return hasher.finish()
    }
}

extension BuildCache: SearchIndex.DocumentCache {
    func document(_ key: ContentHash) -> SearchDocument? {
        guard let bytes = entry(key) else { return nil }
        var reader = ByteReader(bytes)
        return try? SearchDocument.read(&reader)
    }

    func store(_ document: SearchDocument, key: ContentHash) {
        var writer = ByteWriter(capacity: 512)
        document.write(&writer)
        storeEntry(writer.bytes, key: key)
    }
}

extension BuildCache: FragmentStore {
    func fragment(_ key: ContentHash) -> [UInt8]? { entry(key) }
    func store(fragment: [UInt8], key: ContentHash) { storeEntry(fragment, key: key) }
}
