import Foundation

/// Where the tests find `../shared` (the corpus, the standards, the conformance checkers).
///
/// `KIOSQUE_SHARED` wins; otherwise `../shared` beside the package root. When it is missing,
/// tests that need it are skipped on a developer's machine and fail loudly under `CI=true`.
public enum SharedFolder {
    /// The package root: the folder that holds `Package.swift`.
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `../shared`, or nil when it is absent.
    public static var url: URL? {
        if let env = ProcessInfo.processInfo.environment["KIOSQUE_SHARED"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let candidate = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: candidate.appendingPathComponent("corpus").path) ? candidate : nil
    }

    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// True when the tests that need `../shared` may run; under CI its absence is a failure.
    public static var isAvailable: Bool {
        if url != nil { return true }
        if isCI { fatalError("../shared is missing under CI=true: the corpus and conformance tests cannot run") }
        return false
    }

    /// A file or folder under `../shared`.
    public static func path(_ relative: String) -> URL {
        guard let url else { fatalError("../shared is missing: set KIOSQUE_SHARED or check out shared/ beside the project") }
        return url.appendingPathComponent(relative)
    }
}
