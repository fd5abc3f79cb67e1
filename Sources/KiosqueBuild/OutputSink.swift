import Foundation
import KiosqueDigest
import KiosqueModel
#if canImport(Glibc)
import Glibc
#endif

/// Where the stages hand the published files as they make them, from several threads at once: pages are written
/// while others are still being rendered, so that the site never sits whole in memory.
protocol ArtifactSink: Sendable {
    /// Files and the input keys of those that have one (`PageKind.inputKey`, `Derivatives.jobs`).
    func put(_ artifacts: [Artifact], keys: [String: ContentHash])
}

/// Keeps the files in memory, for `kiosque serve`; paths are checked at the end, as the writer checks them.
final class CollectingSink: ArtifactSink, @unchecked Sendable {
    private let lock = NSLock()
    private var artifacts: [Artifact] = []
    private var keys: [String: ContentHash] = [:]

    func put(_ artifacts: [Artifact], keys: [String: ContentHash]) {
        lock.lock()
        self.artifacts += artifacts
        self.keys.merge(keys) { _, new in new }
        lock.unlock()
    }

    var collected: [Artifact] {
        lock.lock()
        defer { lock.unlock() }
        return artifacts.sorted { $0.path < $1.path }
    }

    var collectedKeys: [String: ContentHash] {
        lock.lock()
        defer { lock.unlock() }
        return keys
    }
}

/// Writes the files into a folder that is not the output: a fresh temporary folder, or the cache's copy of the site
/// (`staging`, with what it holds), on every core. A path the writer refuses (outside the output, twice) is recorded
/// and stops the writing; `finish` then reports it and the output is left as it was.
///
/// Each file gets an identity: the content hash of its bytes; for a page left as it is, the identity the output's
/// manifest gives; for a repository file, its content hash (remembered by stamp, like the load's); for a file of
/// Kiosque's cache (derived files, previous versions), which is never changed in place, its path, inode, size and
/// modification time. A file
/// whose identity the copy already holds is not touched; one the current output holds is hard-linked from it.
final class WritingSink: ArtifactSink, @unchecked Sendable {
    let writer: OutputWriter
    let folder: String
    /// What `folder` holds when it is the cache's copy; nil for a fresh folder.
    let staging: OutputManifest?
    /// What the current output holds (for hard links and for the pages left as they are).
    let current: OutputManifest?
    /// A second folder that gets a hard link to each file as soon as it is written: the cache's copy of a first build's
    /// site, made on every core while the site is, instead of after it. Nil when no copy is made this way.
    let twin: String?
    /// False once a link or folder of `twin` could not be made: the copy is then made after the site, or not at all.
    private var twinComplete = true
    let linkable: [String]
    let files: FileRecords?
    let ownCache: String

    /// The output folder's path and a slash, as bytes.
    private let outputPrefix: [UInt8]
    private let lock = NSLock()
    private var seen: Set<String> = []
    private var entries: [String: OutputManifest.Entry] = [:]
    private var known: Set<String> = []
    private let folderLocks = (0..<64).map { _ in NSLock() }
    private var failure: OutputWriter.Failure?
    private(set) var written = 0
    private(set) var linked = 0
    private(set) var unchanged = 0
    /// How many of the paths put are in `staging`: when all are, none of its files is left to remove.
    private var stagingPut = 0

    init(writer: OutputWriter, folder: String, staging: OutputManifest?, current: OutputManifest?, linkable: [String],
         files: FileRecords?, ownCache: String, twin: String? = nil) throws(OutputWriter.Failure) {
        self.writer = writer
        self.folder = folder
        self.staging = staging
        self.current = current
        self.twin = staging == nil ? twin : nil
        self.linkable = linkable
        self.files = files
        self.ownCache = ownCache
        outputPrefix = Array((writer.output + "/").utf8)
        var made: Set<String> = []
        try OutputFiles.makeFolder(folder, known: &made)
        if let twin = self.twin, (try? OutputFiles.makeFolder(twin, known: &made)) == nil { twinComplete = false }
        known = made
        // About as many files as the last build: no rehashing while they come.
        let expected = (current?.entries.count ?? staging?.entries.count ?? 0) + 64
        entries.reserveCapacity(expected)
    }

    /// True for a relative path of non-empty parts, none `.` or `..` (read byte by byte: no parts made).
    static func isSafe(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            guard let first = bytes.first, first != UInt8(ascii: "/") else { return false }
            var start = 0
            for index in 0...bytes.count {
                guard index == bytes.count || bytes[index] == UInt8(ascii: "/") else { continue }
                let length = index - start
                if length == 0 { return false }
                if bytes[start] == UInt8(ascii: "."), length == 1 || (length == 2 && bytes[start + 1] == UInt8(ascii: ".")) { return false }
                start = index + 1
            }
            return true
        }
    }

    /// The path as `seen` compares it: lower-cased (itself when it holds no upper-case ASCII letter and is ASCII).
    static func folded(_ path: String) -> String {
        var path = path
        let plain = path.withUTF8 { bytes in !bytes.contains { $0 >= 0x80 || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) } }
        return plain ? path : path.lowercased()
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }

    var manifestEntries: [String: OutputManifest.Entry] {
        lock.lock()
        defer { lock.unlock() }
        return entries
    }

    /// True when `twin` holds a hard link to every file written.
    var twinIsComplete: Bool {
        lock.lock()
        defer { lock.unlock() }
        return twin != nil && twinComplete
    }

    var failed: OutputWriter.Failure? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    private func fail(_ error: OutputWriter.Failure) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }

    func put(_ artifacts: [Artifact], keys: [String: ContentHash]) {
        for artifact in artifacts {
            let path = artifact.path
            guard Self.isSafe(path) else {
                fail(.unsafePath(path))
                continue
            }
            let identity = identity(of: artifact)
            let folded = Self.folded(path)
            let entry = OutputManifest.Entry(identity: identity, inputKey: keys.isEmpty ? nil : keys[path])
            let held = staging?.entries[path]
            let same = held?.identity == identity && identity != .zero
            lock.lock()
            // Two paths that differ only by case are one file on some disks: `entries` holds every path, `seen` the
            // lower-cased form of those that have upper-case or non-ASCII letters (most have none: one lookup each).
            var fresh = entries.updateValue(entry, forKey: path) == nil
            if folded != path {
                fresh = seen.insert(folded).inserted && entries[folded] == nil && fresh
            } else if fresh, !seen.isEmpty {
                fresh = !seen.contains(path)
            }
            let stop = failure != nil
            if fresh, !stop {
                if held != nil { stagingPut += 1 }
                if same { unchanged += 1 }
            }
            lock.unlock()
            guard fresh else {
                fail(.duplicatePath(path))
                continue
            }
            if stop || same { continue }
            if staging != nil {
                let destination = folder + "/" + path
                if unlink(destination) != 0, errno != ENOENT { OutputFiles.removeTree(destination) }
            }
            do throws(OutputWriter.Failure) {
                if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) { try makeFolder(String(path[..<slash]), in: folder) }
                let isLink = current?.entries[path]?.identity == identity && identity != .zero
                try writer.placeFile(PlannedFile(artifact: artifact, identity: identity, inputKey: nil), in: folder, previous: current,
                                     linkable: linkable)
                count(isLink ? \.linked : \.written)
            } catch {
                fail(error)
                continue
            }
            if let twin { linkIntoTwin(path, twin: twin) }
        }
    }

    private func count(_ counter: ReferenceWritableKeyPath<WritingSink, Int>) {
        lock.lock()
        self[keyPath: counter] += 1
        lock.unlock()
    }

    /// The hard link of a file just written, in `twin`; a failure only means the copy is made otherwise.
    private func linkIntoTwin(_ path: String, twin: String) {
        do throws(OutputWriter.Failure) {
            if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) { try makeFolder(String(path[..<slash]), in: twin) }
            if OutputFiles.link(folder + "/" + path, to: twin + "/" + path) { return }
        } catch {}
        lock.lock()
        twinComplete = false
        lock.unlock()
    }

    /// A folder of the output (or of `twin`: `base`) and those above it; mkdir says when one exists.
    private func makeFolder(_ relative: String, in base: String) throws(OutputWriter.Failure) {
        let path = base + "/" + relative
        lock.lock()
        let exists = known.contains(path)
        lock.unlock()
        guard !exists else { return }
        if staging == nil {
            // A new folder: every folder in it is known, so the missing parents are made first (no failing mkdir).
            // Workers making the same folder at once take turns (a lock per stripe of paths), so that one makes it.
            let stripe = folderLocks[Int(UInt(bitPattern: path.hashValue) % UInt(folderLocks.count))]
            stripe.lock()
            defer { stripe.unlock() }
            var missing = [path]
            lock.lock()
            if known.contains(path) {
                lock.unlock()
                return
            }
            var parent = (path as NSString).deletingLastPathComponent
            while parent.utf8.count > base.utf8.count, !known.contains(parent) {
                missing.append(parent)
                parent = (parent as NSString).deletingLastPathComponent
            }
            lock.unlock()
            for made in missing.reversed() where mkdir(made, 0o755) != 0 && errno != EEXIST {
                throw .io("\(made): \(String(cString: strerror(errno)))")
            }
            lock.lock()
            known.formUnion(missing)
            lock.unlock()
            return
        }
        var made: Set<String> = [folder]
        try OutputFiles.makeFolder(path, known: &made)
        lock.lock()
        known.formUnion(made)
        lock.unlock()
    }

    /// True when `source` is `path` in the output folder (its bytes compared with `memcmp`).
    private func isOwnFile(_ source: String, _ path: String) -> Bool {
        var source = source, path = path
        return source.withUTF8 { source in
            path.withUTF8 { path in
                guard source.count == outputPrefix.count + path.count, let start = source.baseAddress else { return false }
                return outputPrefix.withUnsafeBufferPointer { memcmp(start, $0.baseAddress!, $0.count) == 0 }
                    && (path.isEmpty || memcmp(start + outputPrefix.count, path.baseAddress!, path.count) == 0)
            }
        }
    }

    /// See the type's documentation.
    private func identity(of artifact: Artifact) -> ContentHash {
        switch artifact.body {
        case let .bytes(bytes):
            return ContentHash.of(bytes)
        case let .copy(source):
            // The current output's own file (a page or file left as it is), compared as bytes: no text made per file.
            if isOwnFile(source, artifact.path), let entry = current?.entries[artifact.path] {
                return entry.identity
            }
            var hasher = ContentHasher()
            let own = source.hasPrefix(ownCache)
            // What the load already stamped this build needs no second `stat`.
            if !own, let content = files?.hashedThisBuild(source) {
                hasher.update("content")
                hasher.update(content)
                return hasher.finish()
            }
            guard let stamp = (own ? files?.observedStamp(source) : nil) ?? FileStamp.of(source) else { return .zero }
            if !own, let content = files?.hash(source, stamp: stamp) {
                hasher.update("content")
                hasher.update(content)
            } else {
                // Not the change time: hard-linking the file into the output changes it.
                hasher.update("stamp")
                hasher.update(source)
                hasher.update(stamp.device)
                hasher.update(stamp.inode)
                hasher.update(Int(stamp.size))
                hasher.update(Int(stamp.modified))
                hasher.update(Int(stamp.modifiedNanoseconds))
            }
            return hasher.finish()
        }
    }

    /// Ends the writing: the files of the copy that this build did not put are removed, with what someone added at
    /// the top of the output folder, and the marker is written. Throws what `put` recorded.
    func finish() throws(OutputWriter.Failure) {
        if let failed { throw failed }
        let entries = manifestEntries
        lock.lock()
        let everyStagedPut = stagingPut == staging?.entries.count
        lock.unlock()
        if let staging {
            for path in everyStagedPut ? [] : staging.entries.keys.filter({ entries[$0] == nil }) {
                unlink(folder + "/" + path)
                var parent = path
                while let slash = parent.lastIndex(of: "/") {
                    parent = String(parent[..<slash])
                    guard rmdir(folder + "/" + parent) == 0 else { break }
                }
            }
            var tops: Set<String> = [OutputWriter.marker]
            for path in entries.keys { tops.insert(path.utf8.firstIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? path) }
            for name in FileRecords.entries(folder) ?? [] where !tops.contains(name) { OutputFiles.removeTree(folder + "/" + name) }
        }
        if FileStamp.of(folder + "/" + OutputWriter.marker, followLinks: false) == nil {
            try OutputFiles.create(folder + "/" + OutputWriter.marker, Array("kiosque\n".utf8))
        }
    }
}
