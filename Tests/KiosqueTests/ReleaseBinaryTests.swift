import Foundation
import KiosqueTestSupport
import Testing

/// The single binary `make release` writes (`dist/kiosque-linux-x86_64`), run as a commune's CI runs it: copied
/// alone into an empty folder, no Swift toolchain or theme folder around, only the libraries every Linux has.
/// Skipped when the binary was not built, except under CI=true (`make test` builds it first).
@Suite(.serialized) struct ReleaseBinaryTests {
    static let binary: URL = {
        if let configured = ProcessInfo.processInfo.environment["KIOSQUE_RELEASE_BINARY"], !configured.isEmpty {
            return URL(fileURLWithPath: configured)
        }
        return SharedFolder.packageRoot.appendingPathComponent("dist/kiosque-linux-x86_64")
    }()

    static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: binary.path) }

    /// What `ldd` may list: the C library, the math library, the C++ runtime and the dynamic loader.
    static let allowedLibraries: Set<String> = [
        "linux-vdso.so.1", "libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "ld-linux-x86-64.so.2",
        "libpthread.so.0", "libdl.so.2", "librt.so.1", "libutil.so.1",
    ]

    struct Run {
        let status: Int32
        let output: String
    }

    static func run(_ executable: URL, _ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        // Nothing from the developer's environment: no Swift on the PATH, no library path.
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C.UTF-8"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: ReleaseBinaryTests.isBuilt || SharedFolder.isCI))
    func theReleaseBinaryBuildsANewPortalFromAnEmptyFolder() throws {
        try #require(Self.isBuilt, "\(Self.binary.path) is missing: run `make release`")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-release-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let kiosque = folder.appendingPathComponent("kiosque")
        try FileManager.default.copyItem(at: Self.binary, to: kiosque)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kiosque"])

        let created = try Self.run(kiosque, ["init", "portail", "--title", "Données de Saint-Essai",
                                             "--base-url", "https://donnees.saint-essai.fr/"], in: folder)
        #expect(created.status == 0, "\(created.output)")
        let built = try Self.run(kiosque, ["build", "portail", "--now", "2026-11-22"], in: folder)
        #expect(built.status == 0, "\(built.output)")
        let public_ = folder.appendingPathComponent("portail/public")
        let home = try String(contentsOf: public_.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("Données de Saint-Essai"))
        // The default theme came from inside the binary.
        #expect(FileManager.default.fileExists(atPath: public_.appendingPathComponent("theme/kiosque.css").path))
        #expect(FileManager.default.fileExists(atPath: public_.appendingPathComponent("catalog.jsonld").path))
        let checked = try Self.run(kiosque, ["check", "portail"], in: folder)
        #expect(checked.status == 0, "\(checked.output)")
    }

    @Test(.enabled(if: ReleaseBinaryTests.isBuilt || SharedFolder.isCI))
    func theReleaseBinaryNeedsOnlyWhatEveryLinuxHas() throws {
        try #require(Self.isBuilt, "\(Self.binary.path) is missing: run `make release`")
        let ldd = try Self.run(URL(fileURLWithPath: "/usr/bin/ldd"), [Self.binary.path], in: FileManager.default.temporaryDirectory)
        #expect(ldd.status == 0, "\(ldd.output)")
        let libraries = ldd.output.split(separator: "\n").compactMap { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map { String($0.split(separator: "/").last ?? $0) }
        }
        #expect(!libraries.isEmpty)
        let unexpected = libraries.filter { !Self.allowedLibraries.contains($0) }
        #expect(unexpected.isEmpty, "linked dynamically: \(unexpected) — \(ldd.output)")
    }
}
