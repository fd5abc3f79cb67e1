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
/// .kiosque/cache/files.bin     content hash and Git blob of each input file, with the stat stamp it had (FileRecords)
/// .kiosque/cache/datasets.log  loaded datasets (CacheCoding) and their diagnostics, by key, appended to
/// .kiosque/cache/output-*.bin  what the output folder holds and from which inputs (OutputManifest)
/// .kiosque/cache/staging-*/    the previous output, hard links mostly, brought up to date and swapped in
/// ```
///
/// Every entry is keyed by content hashes of its inputs and by `toolKey` (this executable's identity and
/// `formatVersion`): a new Kiosque never reads an older one's cache. Removing the folder makes the next build cold.
final class BuildCache: LoadCache, @unchecked Sendable {
    /// Raised when any cached form changes.
    static let formatVersion = 1
    static let logMagic = Array("KQDS".utf8)

    let folder: String
    let toolKey: ContentHash
    let files: FileRecords
    private let lockDescriptor: Int32
    private let lock = NSLock()
    /// The dataset log as read, its entries by key.
    private let log: [UInt8]
    private let logIndex: [ContentHash: Range<Int>]
    private var appended: [(ContentHash, [UInt8])] = []
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
        let filesBytes = Self.read(folder + "/files.bin")
        files = FileRecords(previous: filesBytes.starts(with: header) ? FileRecords.parse(Array(filesBytes.dropFirst(header.count))) : [:])
        var bytes = Self.read(folder + "/datasets.log")
        var index: [ContentHash: Range<Int>] = [:]
        var valid = false
        if bytes.starts(with: header) {
            var position = header.count
            while position + 20 <= bytes.count {
                let key = Self.hash(at: position, in: bytes)
                let length = bytes[(position + 16)..<(position + 20)].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
                let start = position + 20
                guard start + length <= bytes.count else { break }
                index[key] = start..<(start + length)
                position = start + length
            }
            // A log cut short (a killed build) is rewritten without its last, partial entry.
            valid = position == bytes.count
        } else {
            bytes = header
        }
        log = bytes
        logIndex = index
        logIsValid = valid
    }

    /// Magic, format and tool key: files that do not start with it are another Kiosque's, and ignored.
    let header: [UInt8]
    /// False when the log must be written whole at the end (absent, foreign, or cut short).
    private let logIsValid: Bool

    deinit { close(lockDescriptor) }

    // MARK: LoadCache

    func folderHash(_ folder: String) -> ContentHash? { files.folderHash(folder) }

    func gitBlobID(_ path: String, compute: () -> String?) -> String? { files.gitBlob(path, compute: compute) }

    func dataset(for key: ContentHash) -> (dataset: Dataset?, diagnostics: [Diagnostic])? {
        guard let range = logIndex[key] else {
            count(hit: false)
            return nil
        }
        var reader = ByteReader(Array(log[range]))
        let entry: (Dataset?, [Diagnostic])
        do throws(ByteReader.Corrupt) {
            let dataset = try reader.optional(CacheCoding.readDataset)
            let diagnostics = try reader.array(CacheCoding.readDiagnostic)
            guard reader.isAtEnd else { throw ByteReader.Corrupt() }
            entry = (dataset, diagnostics)
        } catch {
            count(hit: false)
            return nil
        }
        // The derived files live in `.kiosque/derived/`, outside the entry: present, or the dataset is read again.
        for distribution in entry.0?.distributions ?? [] {
            for file in distribution.table?.derivedFiles ?? [] where FileStamp.of(file.sourcePath) == nil {
                count(hit: false)
                return nil
            }
        }
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
        lock.lock()
        appended.append((key, writer.bytes))
        used.insert(key)
        if let id = dataset?.id { keysByID[id] = key }
        lock.unlock()
    }

    /// An entry of the log other than a dataset (a search document), marked as used.
    func entry(_ key: ContentHash) -> [UInt8]? {
        guard let range = logIndex[key] else { return nil }
        lock.lock()
        used.insert(key)
        lock.unlock()
        return Array(log[range])
    }

    func storeEntry(_ bytes: [UInt8], key: ContentHash) {
        lock.lock()
        appended.append((key, bytes))
        used.insert(key)
        lock.unlock()
    }

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
        lock.lock()
        let appended = self.appended
        let used = self.used
        lock.unlock()
        let stale = logIndex.keys.filter { !used.contains($0) }.count
        if !logIsValid || stale > max(64, used.count) {
            var bytes = header
            for (key, range) in logIndex.sorted(by: { $0.key < $1.key }) where used.contains(key) {
                Self.append(key, log[range], to: &bytes)
            }
            for (key, entry) in appended { Self.append(key, entry[...], to: &bytes) }
            Self.replace(folder + "/datasets.log", bytes)
        } else if !appended.isEmpty {
            var bytes: [UInt8] = []
            for (key, entry) in appended { Self.append(key, entry[...], to: &bytes) }
            let descriptor = Glibc.open(folder + "/datasets.log", O_WRONLY | O_APPEND | O_CLOEXEC)
            if descriptor >= 0 {
                _ = OutputFiles.writeAll(descriptor, bytes)
                close(descriptor)
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

    private static func hash(at position: Int, in bytes: [UInt8]) -> ContentHash {
        var high: UInt64 = 0
        var low: UInt64 = 0
        for i in 0..<8 {
            high |= UInt64(bytes[position + i]) << (8 * UInt64(i))
            low |= UInt64(bytes[position + 8 + i]) << (8 * UInt64(i))
        }
        return ContentHash(high: high, low: low)
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
