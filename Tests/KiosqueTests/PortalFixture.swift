import Foundation
import KiosqueBuild
import KiosqueModel
import KiosqueTestSupport

/// Fixture portals copied into a fresh temporary folder, so tests can edit, break and build them.
struct PortalFixture {
    static let fixtures = SharedFolder.packageRoot.appendingPathComponent("Tests/KiosqueTests/Fixtures")

    let root: URL

    /// A copy of `portals/<name>`, with the files of each overlay folder (relative to Fixtures/) laid on top.
    init(_ name: String, overlays: [String] = []) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Self.copyTree(Self.fixtures.appendingPathComponent("portals/\(name)"), to: root)
        for overlay in overlays { try Self.copyTree(Self.fixtures.appendingPathComponent(overlay), to: root) }
    }

    /// Wraps an existing folder (the example portal), built into a temporary output.
    init(existing: URL) {
        root = existing
    }

    var output: URL { root.appendingPathComponent("public") }

    func build(now: String = "2026-11-22", output: URL? = nil, baseURL: String? = nil, useGit: Bool = false) async -> BuildReport {
        await Site.build(BuildOptions(root: root.path, output: (output ?? self.output).path, baseURL: baseURL,
                                      now: DateStamp.parse(now), useGit: useGit))
    }

    func check() async -> BuildReport {
        await Site.build(BuildOptions(root: root.path, checkOnly: true, useGit: false))
    }

    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    static func copyTree(_ source: URL, to destination: URL) throws {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: source.path) else { return }
        while let relative = enumerator.nextObject() as? String {
            let from = source.appendingPathComponent(relative), to = destination.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            manager.fileExists(atPath: from.path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                try manager.createDirectory(at: to, withIntermediateDirectories: true)
            } else if from.lastPathComponent != "expected.txt", from.lastPathComponent != "README" {
                try? manager.removeItem(at: to)
                try manager.copyItem(at: from, to: to)
            }
        }
    }
}

/// Every file of a folder, relative path → bytes.
func snapshot(of folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let relative = enumerator?.nextObject() as? String {
        let url = folder.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[relative] = try? Data(contentsOf: url)
        }
    }
    return files
}

func text(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
