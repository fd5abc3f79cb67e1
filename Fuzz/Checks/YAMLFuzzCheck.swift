import Foundation
import KiosqueLoad
import KiosqueModel
import KiosqueYAML

/// What the YAML fuzz target checks: the YAML reader and the repository loader never crash or hang on any bytes in
/// any of the files a portal author writes, and every diagnostic about the input points into it.
public enum YAMLFuzzCheck {
    /// The repository-relative files the input can be; the input's length picks one.
    public static let places = ["data/budget/dataset.yaml", "site/portal.yaml", "site/organizations/mairie.yaml",
                                "site/pages/a-propos.md", "site/news/2024-01-01-annonce.md", "site/reuses/carte.yaml"]

    /// The problems found (empty when every invariant holds), from synchronous code that is not running on Swift's
    /// shared pool of async threads (the fuzz target's main thread): it blocks until the async load ends.
    public static func run(_ bytes: [UInt8]) -> [String] {
        runBlocking { await check(bytes) }
    }

    /// The problems found (empty when every invariant holds).
    public static func check(_ bytes: [UInt8]) async -> [String] {
        let control = UInt8(truncatingIfNeeded: bytes.count)
        let place = places[Int(control) % places.count]
        var problems: [String] = []
        // Lines end at LF, CR LF or a lone CR (old Mac files), as libyaml and editors count them.
        var lines = 1
        for (index, byte) in bytes.enumerated() where byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
            lines += 1
        }
        let (_, diagnostics) = YAMLDocument.parse(bytes, file: "input.yaml", language: control & 0x80 == 0 ? .fr : .en)
        for diagnostic in diagnostics where diagnostic.location.line < 1 || diagnostic.location.line > lines
            || diagnostic.location.column < 1 {
            problems.append("\(diagnostic.code) at \(diagnostic.location), outside a file of \(lines) lines")
        }
        var files: [String: [UInt8]] = [
            "site/portal.yaml": Array("title: Portail\nbase_url: https://fuzz.example/\npublisher: mairie\n".utf8),
            "site/organizations/mairie.yaml": Array("name: Mairie\n".utf8),
            "data/budget/dataset.yaml": Array("title: Budget\ndescription: Le budget.\nlicense: etalab-2.0\n".utf8),
            "data/budget/budget.csv": Array("a,b\n1,2\n".utf8),
        ]
        files[place] = bytes
        let fileSystem = MemoryFileSystem(root: "/kiosque-fuzz", files: files)
        let result = await RepositoryLoader(root: "/kiosque-fuzz", fileSystem: fileSystem,
                                            options: .init(useGit: false, keepVersions: false, derivedFiles: false)).load()
        for diagnostic in result.diagnostics where diagnostic.location.file == place {
            // Markdown front matter starts on line 2; the body's lines follow.
            if diagnostic.location.line < 1 || diagnostic.location.line > lines + 1 || diagnostic.location.column < 1 {
                problems.append("\(diagnostic.code) at \(diagnostic.location), outside a file of \(lines) lines")
            }
        }
        if result.catalog == nil, !result.hasErrors { problems.append("no catalog and no error") }
        return problems
    }
}

/// A repository held in memory: the loader reads nothing from the disk.
public struct MemoryFileSystem: RepositoryFileSystem {
    let files: [String: [UInt8]]
    let folders: Set<String>

    /// `files` maps repository-relative paths to their bytes.
    public init(root: String, files relative: [String: [UInt8]]) {
        var files: [String: [UInt8]] = [:]
        var folders: Set<String> = [root]
        for (path, bytes) in relative {
            let absolute = root + "/" + path
            files[absolute] = bytes
            var folder = (absolute as NSString).deletingLastPathComponent
            while folder.count > root.count {
                folders.insert(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        self.files = files
        self.folders = folders
    }

    public func list(_ path: String) -> [String]? {
        guard folders.contains(path) else { return nil }
        let prefix = path + "/"
        let names = (Array(files.keys) + Array(folders)).filter { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)) }.filter { !$0.contains("/") }
        return Array(Set(names)).sorted()
    }

    public func isDirectory(_ path: String) -> Bool { folders.contains(path) }
    public func exists(_ path: String) -> Bool { files[path] != nil || folders.contains(path) }
    public func resolved(_ path: String) -> String? { exists(path) ? path : nil }
    public func isSymbolicLink(_ path: String) -> Bool { false }
    public func size(_ path: String) -> Int? { files[path]?.count }

    public func read(_ path: String, limit: Int) throws -> [UInt8] {
        guard let bytes = files[path] else { throw CocoaError(.fileReadNoSuchFile) }
        return Array(bytes.prefix(limit))
    }
}

/// Runs async work to its end from synchronous code (the fuzz callback). Never call it from a task: it would hold one
/// of the pool's threads while the work waits for one.
public func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    let box = BlockingBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        box.value = await body()
        done.signal()
    }
    done.wait()
    return box.value!
}

private final class BlockingBox<T>: @unchecked Sendable {
    var value: T?
}
