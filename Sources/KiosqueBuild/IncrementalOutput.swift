import Foundation
import KiosqueDigest
import KiosqueModel
#if canImport(Glibc)
import Glibc
#endif

/// One file the writer is to publish, with what identifies its content: the content hash of its bytes, or of the
/// file it copies. `inputKey` is the key of the inputs a page was rendered from, kept in the manifest so that the
/// next build can leave the page as it is when its inputs did not change.
struct PlannedFile: Sendable {
    let artifact: Artifact
    let identity: ContentHash
    let inputKey: ContentHash?
}

/// What an output folder holds: each path's identity and input key, and the stamps of the folder and of its marker
/// as Kiosque left them (a folder replaced or removed since is not the one described).
struct OutputManifest: Sendable {
    struct Entry: Sendable, Equatable {
        let identity: ContentHash
        let inputKey: ContentHash?
    }

    var folderDevice: UInt64
    var folderInode: UInt64
    var markerInode: UInt64
    var entries: [String: Entry]

    func serialized(header: [UInt8]) -> [UInt8] {
        var w = ByteWriter(capacity: header.count + entries.count * 80)
        w.bytes += header
        w.int(Int(bitPattern: UInt(folderDevice)))
        w.int(Int(bitPattern: UInt(folderInode)))
        w.int(Int(bitPattern: UInt(markerInode)))
        w.int(entries.count)
        for (path, entry) in entries {
            w.string(path)
            Self.write(entry.identity, &w)
            w.optional(entry.inputKey) { Self.write($1, &$0) }
        }
        return w.bytes
    }

    static func parse(_ bytes: [UInt8], header: [UInt8]) -> OutputManifest? {
        guard bytes.starts(with: header) else { return nil }
        var r = ByteReader(Array(bytes.dropFirst(header.count)))
        do throws(ByteReader.Corrupt) {
            let device = UInt64(UInt(bitPattern: try r.int()))
            let inode = UInt64(UInt(bitPattern: try r.int()))
            let marker = UInt64(UInt(bitPattern: try r.int()))
            let count = try r.count()
            var entries: [String: Entry] = [:]
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let path = try r.string()
                entries[path] = Entry(identity: try read(&r), inputKey: try r.optional(read))
            }
            guard r.isAtEnd else { return nil }
            return OutputManifest(folderDevice: device, folderInode: inode, markerInode: marker, entries: entries)
        } catch {
            return nil
        }
    }

    /// True when `folder` is still the folder this manifest describes.
    func describes(_ folder: String) -> Bool {
        guard let stamp = FileStamp.of(folder, followLinks: false), stamp.isDirectory,
              let marker = FileStamp.of(folder + "/" + OutputWriter.marker, followLinks: false) else { return false }
        return stamp.device == folderDevice && stamp.inode == folderInode && marker.inode == markerInode
    }

    static func stamped(_ folder: String, entries: [String: Entry]) -> OutputManifest? {
        guard let stamp = FileStamp.of(folder, followLinks: false),
              let marker = FileStamp.of(folder + "/" + OutputWriter.marker, followLinks: false) else { return nil }
        return OutputManifest(folderDevice: stamp.device, folderInode: stamp.inode, markerInode: marker.inode, entries: entries)
    }

    private static func write(_ hash: ContentHash, _ w: inout ByteWriter) {
        withUnsafeBytes(of: hash.high.littleEndian) { w.bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: hash.low.littleEndian) { w.bytes.append(contentsOf: $0) }
    }

    private static func read(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> ContentHash {
        // Two little-endian words, loaded in place (tens of thousands per manifest).
        try r.bytes(16).withUnsafeBytes { bytes in
            ContentHash(high: UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self)),
                        low: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        }
    }
}

/// Writing with a build cache. Beside the output folder's manifest, the cache keeps a second copy of the site
/// (`staging-<output>/`, the output before last, mostly hard links shared with the output) and its manifest. A build
/// brings that copy up to date — writing only the files whose identity differs, hard-linking from the current output
/// those it already holds, removing the others — then exchanges it with the output folder in one
/// `renameat2(RENAME_EXCHANGE)`; the previous output becomes the next build's copy. Files are never written in place
/// (a file to change is unlinked first), so the two copies never share a changed file.
///
/// A killed build leaves the output as it was; the copy it was updating has lost its manifest (removed before the
/// first change), and the next build starts it afresh. Without a usable copy (first build, another device, a copy
/// left by a killed build) the site is written whole into a new folder, hard-linking what the output already holds.
struct IncrementalOutput {
    let writer: OutputWriter
    let cacheFolder: String
    let header: [UInt8]
    /// Folders whose files may be hard-linked into the output (Kiosque's cache: never changed in place).
    let linkable: [String]

    let manifestPath: String
    let stagingManifestPath: String
    let stagingFolder: String

    init(writer: OutputWriter, cacheFolder: String, header: [UInt8], linkable: [String]) {
        self.writer = writer
        self.cacheFolder = cacheFolder
        self.header = header
        self.linkable = linkable
        // One manifest and one copy per output folder.
        let tag = String(ContentHash.of(writer.output).description.prefix(16))
        manifestPath = cacheFolder + "/output-\(tag).bin"
        stagingManifestPath = cacheFolder + "/staging-\(tag).bin"
        stagingFolder = cacheFolder + "/staging-\(tag)"
    }

    /// The manifest of the current output, when it still describes it.
    func currentManifest() -> OutputManifest? {
        guard let manifest = OutputManifest.parse(BuildCache.read(manifestPath), header: header),
              manifest.describes(writer.output) else { return nil }
        return manifest
    }

    /// The manifest of the cache's copy of the site, when it still describes the copy.
    func stagingManifest() -> OutputManifest? {
        OutputManifest.parse(BuildCache.read(stagingManifestPath), header: header).flatMap { $0.describes(stagingFolder) ? $0 : nil }
    }

    /// What the last write did, for the build report and the benchmark.
    struct Outcome {
        var written = 0
        var linked = 0
        var unchanged = 0
        var removed = 0
        var mode = ""
    }

    /// Opens the writing of a build: into the cache's copy of the site when it is usable (its manifest describes it and
    /// the output has one too), else into a new copy; on another file system than the output's, into a temporary
    /// folder beside the output. The copy's manifest is removed first: from now on the copy is being changed.
    /// `staging` is the copy's manifest (`stagingManifest`), read beforehand.
    func open(current: OutputManifest?, staging: OutputManifest?, files: FileRecords?, ownCache: String) throws(OutputWriter.Failure) -> WritingSink {
        try writer.refuseForeignFolder()
        let parent = URL(fileURLWithPath: writer.output).deletingLastPathComponent().path
        guard FileStamp.of(cacheFolder)?.device == FileStamp.of(parent)?.device else {
            unlink(manifestPath)
            return try writer.openFresh(previous: current, linkable: linkable, files: files, ownCache: ownCache)
        }
        unlink(stagingManifestPath)
        if let staging, current != nil {
            return try WritingSink(writer: writer, folder: stagingFolder, staging: staging, current: current, linkable: linkable,
                                   files: files, ownCache: ownCache)
        }
        discard(stagingFolder)
        // Without an output to become the next copy, the copy is made as the site is written (hard links).
        discard(twinFolder)
        return try WritingSink(writer: writer, folder: stagingFolder, staging: nil, current: current, linkable: linkable,
                               files: files, ownCache: ownCache, twin: current == nil ? twinFolder : nil)
    }

    /// Where a first build's copy of the site is linked while the site is written, until it takes `stagingFolder`'s place.
    var twinFolder: String { stagingFolder + ".twin" }

    /// Ends the writing: the copy, complete, is exchanged with the output folder, and the manifests are written. The
    /// previous output becomes the copy; when it has no usable manifest (a first build, another Kiosque's output), the
    /// copy is made anew as hard links to the new output, so that the next build changes only what changed.
    func close(_ sink: WritingSink, current: OutputManifest?) throws(OutputWriter.Failure) -> Outcome {
        guard sink.folder == stagingFolder else {
            // Another file system: the temporary folder beside the output is swapped in, the old output removed.
            try writer.closeFresh(sink)
            if let manifest = OutputManifest.stamped(writer.output, entries: sink.manifestEntries) {
                BuildCache.replace(manifestPath, manifest.serialized(header: header))
            }
            return Outcome(written: sink.written, mode: "whole")
        }
        do throws(OutputWriter.Failure) {
            try sink.finish()
        } catch {
            discard(stagingFolder)
            if let twin = sink.twin { discard(twin) }
            throw error
        }
        let outcome = Outcome(written: sink.written, linked: sink.linked, unchanged: sink.unchanged, removed: 0,
                              mode: sink.staging == nil ? "whole" : "updated")
        let entries = sink.manifestEntries
        try exchange()
        // A manifest names its folder's inode: the output's manifest now describes the copy, and moves with it.
        if let current, current.describes(stagingFolder), rename(manifestPath, stagingManifestPath) == 0 {
            writeManifest(entries)
            if let twin = sink.twin { discard(twin) }
        } else {
            unlink(manifestPath)
            writeManifest(entries)
            discard(stagingFolder)
            do throws(OutputWriter.Failure) {
                if let twin = sink.twin, sink.twinIsComplete, rename(twin, stagingFolder) == 0 {
                    try OutputFiles.create(stagingFolder + "/" + OutputWriter.marker, Array("kiosque\n".utf8))
                } else {
                    if let twin = sink.twin { discard(twin) }
                    try self.twin(Array(entries.keys))
                }
                if let copy = OutputManifest.stamped(stagingFolder, entries: entries) {
                    BuildCache.replace(stagingManifestPath, copy.serialized(header: header))
                }
            } catch {
                // Without the copy, the next build writes the site whole again (hard links to this one).
                if ProcessInfo.processInfo.environment["KIOSQUE_TRACE"] != nil { print("trace: no copy of the site: \(error)") }
                discard(stagingFolder)
            }
        }
        return outcome
    }

    private func writeManifest(_ entries: [String: OutputManifest.Entry]) {
        guard let manifest = OutputManifest.stamped(writer.output, entries: entries) else { return }
        BuildCache.replace(manifestPath, manifest.serialized(header: header))
    }

    /// The cache's trash: folders no longer used, removed by `emptyTrash` while a later build works.
    var trashFolder: String { cacheFolder + "/trash" }

    /// Moves a folder to the trash (one rename): removing tens of thousands of files takes the disk long.
    func discard(_ folder: String) {
        guard FileStamp.of(folder, followLinks: false) != nil else { return }
        _ = mkdir(trashFolder, 0o755)
        if rename(folder, trashFolder + "/\(getpid())-\(UInt32.random(in: 0...UInt32.max))") != 0 { OutputFiles.removeTree(folder) }
    }

    /// Empties the trash on a thread of its own, while the build works; what a build ending first leaves is
    /// removed by the next one.
    static func emptyTrash(cacheFolder: String) {
        let trash = cacheFolder + "/trash"
        guard let names = FileRecords.entries(trash), !names.isEmpty else { return }
        let thread = Thread {
            for name in names { OutputFiles.removeTree(trash + "/" + name) }
        }
        thread.qualityOfService = .background
        thread.start()
    }

    /// The copy of the output folder as hard links, at `stagingFolder`: folders first, then the files on every core.
    private func twin(_ paths: [String]) throws(OutputWriter.Failure) {
        var known: Set<String> = []
        try OutputFiles.makeFolder(stagingFolder, known: &known)
        // Every folder, with those above it, by depth.
        var folders: Set<String> = []
        for path in paths {
            var folder = path[...]
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        var levels: [[String]] = []
        for folder in folders {
            let depth = folder.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
            while levels.count <= depth { levels.append([]) }
            levels[depth].append(folder)
        }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, paths.count / 64))
        let output = writer.output, staging = stagingFolder
        // A level's folders on every core once their parents exist: every mkdir succeeds.
        for level in levels {
            let failed = DispatchQueue.concurrentPerformFailing(iterations: min(workers, max(1, level.count / 16))) { [level] worker in
                let count = min(workers, max(1, level.count / 16))
                for position in stride(from: worker, to: level.count, by: count) {
                    guard mkdir(staging + "/" + level[position], 0o755) == 0 || errno == EEXIST else { return false }
                }
                return true
            }
            if failed { throw .io("folders in \(stagingFolder)") }
        }
        let failed = DispatchQueue.concurrentPerformFailing(iterations: workers) { worker in
            for position in stride(from: worker, to: paths.count, by: workers) {
                guard OutputFiles.link(output + "/" + paths[position], to: staging + "/" + paths[position]) else { return false }
            }
            return true
        }
        if failed { throw .io("hard links in \(stagingFolder)") }
        try OutputFiles.create(stagingFolder + "/" + OutputWriter.marker, Array("kiosque\n".utf8))
    }

    /// The copy becomes the output, the output the copy.
    private func exchange() throws(OutputWriter.Failure) {
        guard FileManager.default.fileExists(atPath: writer.output) else {
            guard rename(stagingFolder, writer.output) == 0 else {
                throw .io("rename \(stagingFolder) → \(writer.output): \(String(cString: strerror(errno)))")
            }
            return
        }
        if AtomicExchange.exchange(stagingFolder, writer.output) { return }
        // Without RENAME_EXCHANGE: two renames, the old site kept until the new one is in.
        let old = stagingFolder + ".old"
        OutputFiles.removeTree(old)
        guard rename(writer.output, old) == 0 else { throw .io("rename \(writer.output): \(String(cString: strerror(errno)))") }
        guard rename(stagingFolder, writer.output) == 0 else {
            _ = rename(old, writer.output)
            throw .io("rename \(stagingFolder): \(String(cString: strerror(errno)))")
        }
        _ = rename(old, stagingFolder)
    }
}

extension DispatchQueue {
    /// `concurrentPerform` for work that may fail: true when one iteration returned false.
    static func concurrentPerformFailing(iterations: Int, _ work: @Sendable (Int) -> Bool) -> Bool {
        let lock = NSLock()
        nonisolated(unsafe) var failed = false
        concurrentPerform(iterations: iterations) { index in
            if !work(index) {
                lock.lock()
                failed = true
                lock.unlock()
            }
        }
        return failed
    }
}
