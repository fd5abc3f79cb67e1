import Foundation
import KiosqueModel

/// The one writer: refuses two artifacts with one path, writes into a temporary folder beside the output
/// and swaps it in atomically, so a failed or killed build leaves the previous site intact. With a build cache,
/// `IncrementalOutput` brings a second copy of the site up to date instead, and swaps that in.
public struct OutputWriter: Sendable {
    public enum Failure: Error, Sendable, Equatable {
        case duplicatePath(String)
        case unsafePath(String)
        case notKiosqueOutput(String)
        case io(String)
    }

    /// Marks a folder as written by Kiosque, so that it may be replaced by the next build.
    public static let marker = ".kiosque-output"

    public let output: String

    public init(output: String) {
        var path = output
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        self.output = path
    }

    /// Checks that no two artifacts share a path (also when compared without case) and that every path stays inside.
    public static func checkPaths(_ artifacts: [Artifact]) throws(Failure) {
        var seen: Set<String> = []
        for artifact in artifacts {
            let parts = artifact.path.split(separator: "/", omittingEmptySubsequences: false)
            guard !artifact.path.isEmpty, !artifact.path.hasPrefix("/"), !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
                throw .unsafePath(artifact.path)
            }
            guard seen.insert(artifact.path.lowercased()).inserted else { throw .duplicatePath(artifact.path) }
        }
    }

    /// Writes every artifact into a fresh folder, then swaps it with the output folder.
    public func write(_ artifacts: [Artifact]) throws(Failure) {
        try Self.checkPaths(artifacts)
        let sink = try openFresh(previous: nil, linkable: [], files: nil, ownCache: "/")
        sink.put(artifacts, keys: [:])
        try closeFresh(sink)
    }

    /// A sink writing into a fresh temporary folder beside the output (`closeFresh` swaps it in).
    func openFresh(previous: OutputManifest?, linkable: [String], files: FileRecords?, ownCache: String) throws(Failure) -> WritingSink {
        let url = URL(fileURLWithPath: output)
        let parent = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        try refuseForeignFolder()
        removeStaleTemporaryFolders(parent: parent, name: name)
        let temporary = parent + "/.\(name).kiosque-tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return try WritingSink(writer: self, folder: temporary, staging: nil, current: previous, linkable: linkable, files: files,
                               ownCache: ownCache)
    }

    /// Ends a fresh write: the folder, complete, replaces the output; on any failure it is removed and the output
    /// stays as it was.
    func closeFresh(_ sink: WritingSink) throws(Failure) {
        do throws(Failure) {
            try sink.finish()
            try swapIn(sink.folder)
        } catch {
            OutputFiles.removeTree(sink.folder)
            throw error
        }
    }

    /// Writes one planned file where none is, in an existing folder: a hard link to the current output's file when
    /// `previous` says it holds the same content, else the bytes, or a link to or a copy of the source.
    func placeFile(_ file: PlannedFile, in folder: String, previous: OutputManifest?, linkable: [String]) throws(Failure) {
        let path = file.artifact.path
        let destination = folder + "/" + path
        if let previous, previous.entries[path]?.identity == file.identity, file.identity != .zero,
           OutputFiles.link(output + "/" + path, to: destination) {
            return
        }
        switch file.artifact.body {
        case let .bytes(bytes):
            try OutputFiles.create(destination, bytes)
        case let .copy(source):
            if linkable.contains(where: { source.hasPrefix($0) }), OutputFiles.link(source, to: destination) { return }
            try OutputFiles.copy(source, to: destination)
        }
    }

    /// An existing, non-empty output folder must carry the marker: Kiosque never replaces someone else's folder.
    func refuseForeignFolder() throws(Failure) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw .notKiosqueOutput(output) }
        let entries = (try? manager.contentsOfDirectory(atPath: output)) ?? []
        if !entries.isEmpty, !entries.contains(Self.marker) { throw .notKiosqueOutput(output) }
    }

    /// Temporary folders left by killed builds.
    private func removeStaleTemporaryFolders(parent: String, name: String) {
        let prefixes = [".\(name).kiosque-tmp-", ".\(name).kiosque-old-"]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where prefixes.contains(where: entry.hasPrefix) {
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }

    /// Exchanges the two folders in one system call where the kernel allows it (renameat2 RENAME_EXCHANGE).
    private func swapIn(_ temporary: String) throws(Failure) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: output) else {
            guard rename(temporary, output) == 0 else { throw Failure.io("rename \(temporary) → \(output): errno \(errno)") }
            return
        }
        if AtomicExchange.exchange(temporary, output) {
            OutputFiles.removeTree(temporary)
            return
        }
        // Fallback (file systems without RENAME_EXCHANGE): two renames; the old site stays on disk until the new one is in.
        let old = (temporary as NSString).deletingLastPathComponent + "/." + (output as NSString).lastPathComponent
            + ".kiosque-old-\(getpid())"
        guard rename(output, old) == 0 else { throw Failure.io("rename \(output): errno \(errno)") }
        guard rename(temporary, output) == 0 else {
            _ = rename(old, output)
            throw Failure.io("rename \(temporary): errno \(errno)")
        }
        try? manager.removeItem(atPath: old)
    }
}

/// `renameat2(…, RENAME_EXCHANGE)`, looked up at run time: Glibc's Swift overlay does not declare it.
enum AtomicExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let function = unsafeBitCast(symbol, to: RenameAt2.self)
        let atCurrentDirectory: Int32 = -100
        let renameExchange: UInt32 = 2
        return function(atCurrentDirectory, a, atCurrentDirectory, b, renameExchange) == 0
        #else
        return false
        #endif
    }
}
