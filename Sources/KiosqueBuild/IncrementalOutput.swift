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
        var high: UInt64 = 0
        var low: UInt64 = 0
        for i in 0..<8 { high |= UInt64(try r.byte()) << (8 * UInt64(i)) }
        for i in 0..<8 { low |= UInt64(try r.byte()) << (8 * UInt64(i)) }
        return ContentHash(high: high, low: low)
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

    /// What the last write did, for the build report and the benchmark.
    struct Outcome {
        var written = 0
        var linked = 0
        var unchanged = 0
        var removed = 0
        var mode = ""
    }

    /// Writes the planned files, whose paths `OutputWriter.checkPaths` has accepted.
    func write(_ files: [PlannedFile], current: OutputManifest?) throws(OutputWriter.Failure) -> Outcome {
        try writer.refuseForeignFolder()
        let entries = Dictionary(files.map { ($0.artifact.path, OutputManifest.Entry(identity: $0.identity, inputKey: $0.inputKey)) },
                                 uniquingKeysWith: { first, _ in first })
        let parent = URL(fileURLWithPath: writer.output).deletingLastPathComponent().path
        let sameDevice = FileStamp.of(cacheFolder)?.device == FileStamp.of(parent)?.device
        guard sameDevice else {
            // The copy must be on the output's file system to be exchanged with it: write whole beside the output.
            unlink(manifestPath)
            try writer.writeFresh(files, previous: current, linkable: linkable)
            if let manifest = OutputManifest.stamped(writer.output, entries: entries) {
                BuildCache.replace(manifestPath, manifest.serialized(header: header))
            }
            return Outcome(written: files.count, mode: "whole")
        }
        // The copy's manifest goes first: from now on the copy is being changed.
        let staging = OutputManifest.parse(BuildCache.read(stagingManifestPath), header: header).flatMap {
            $0.describes(stagingFolder) ? $0 : nil
        }
        unlink(stagingManifestPath)
        var outcome = Outcome()
        do throws(OutputWriter.Failure) {
            if let staging, current != nil {
                outcome = try update(staging, files, current: current)
            } else {
                outcome = try fresh(files, current: current)
            }
        } catch {
            // An update that went wrong (a file where a folder now goes…) is retried whole.
            outcome = try fresh(files, current: current)
        }
        unlink(manifestPath)
        try exchange()
        guard let manifest = OutputManifest.stamped(writer.output, entries: entries) else { return outcome }
        BuildCache.replace(manifestPath, manifest.serialized(header: header))
        // The previous output is now the copy; its manifest, if it had a valid one, comes along. Otherwise (a first
        // build, another Kiosque's output) the copy is made now, as hard links to the new output, so that the next
        // build changes only what changed.
        if let current, current.describes(stagingFolder) {
            BuildCache.replace(stagingManifestPath, current.serialized(header: header))
        } else {
            discard(stagingFolder)
            if (try? twin(files)) != nil, let copy = OutputManifest.stamped(stagingFolder, entries: entries) {
                BuildCache.replace(stagingManifestPath, copy.serialized(header: header))
            }
        }
        return outcome
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
    private func twin(_ files: [PlannedFile]) throws(OutputWriter.Failure) {
        var known: Set<String> = []
        try OutputFiles.makeFolder(stagingFolder, known: &known)
        var folders: Set<String> = []
        for file in files {
            if let slash = file.artifact.path.lastIndex(of: "/") { folders.insert(String(file.artifact.path[..<slash])) }
        }
        for name in folders.sorted() { try OutputFiles.makeFolder(stagingFolder + "/" + name, known: &known) }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count / 64))
        let output = writer.output, staging = stagingFolder
        let failed = DispatchQueue.concurrentPerformFailing(iterations: workers) { worker in
            for position in stride(from: worker, to: files.count, by: workers) {
                let path = files[position].artifact.path
                guard OutputFiles.link(output + "/" + path, to: staging + "/" + path) else { return false }
            }
            return true
        }
        if failed { throw .io("hard links in \(stagingFolder)") }
        try OutputFiles.create(stagingFolder + "/" + OutputWriter.marker, Array("kiosque\n".utf8))
    }

    /// A new copy, written whole: hard links to the current output for what it already holds.
    private func fresh(_ files: [PlannedFile], current: OutputManifest?) throws(OutputWriter.Failure) -> Outcome {
        discard(stagingFolder)
        do throws(OutputWriter.Failure) {
            try writer.populate(stagingFolder, files, previous: current, linkable: linkable)
        } catch {
            OutputFiles.removeTree(stagingFolder)
            throw error
        }
        var outcome = Outcome(mode: current == nil ? "whole" : "relinked")
        for file in files {
            if let current, current.entries[file.artifact.path]?.identity == file.identity { outcome.linked += 1 } else { outcome.written += 1 }
        }
        return outcome
    }

    /// The copy brought from what `staging` describes to `files`.
    private func update(_ staging: OutputManifest, _ files: [PlannedFile], current: OutputManifest?) throws(OutputWriter.Failure) -> Outcome {
        var outcome = Outcome(mode: "updated")
        // Folders are made when a file needs one (mkdir tells when it exists): most files need none.
        var known: Set<String> = [stagingFolder]
        var planned: Set<String> = []
        planned.reserveCapacity(files.count)
        for file in files {
            let path = file.artifact.path
            planned.insert(path)
            if staging.entries[path]?.identity == file.identity, file.identity != .zero {
                outcome.unchanged += 1
                continue
            }
            let destination = stagingFolder + "/" + path
            if unlink(destination) != 0, errno != ENOENT { OutputFiles.removeTree(destination) }
            let linked = current?.entries[path]?.identity == file.identity
            try writer.place(file, in: stagingFolder, known: &known, previous: current, linkable: linkable)
            if linked { outcome.linked += 1 } else { outcome.written += 1 }
        }
        for path in staging.entries.keys where !planned.contains(path) {
            unlink(stagingFolder + "/" + path)
            outcome.removed += 1
            var folder = path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                guard rmdir(stagingFolder + "/" + folder) == 0 else { break }
            }
        }
        // What someone added at the top of the output folder (it came along with the previous output) goes.
        var tops: Set<String> = [OutputWriter.marker]
        for path in planned { tops.insert(path.firstIndex(of: "/").map { String(path[..<$0]) } ?? path) }
        for name in FileRecords.entries(stagingFolder) ?? [] where !tops.contains(name) {
            OutputFiles.removeTree(stagingFolder + "/" + name)
        }
        if FileStamp.of(stagingFolder + "/" + OutputWriter.marker) == nil {
            try OutputFiles.create(stagingFolder + "/" + OutputWriter.marker, Array("kiosque\n".utf8))
        }
        return outcome
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
