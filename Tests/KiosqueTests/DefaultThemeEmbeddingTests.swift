import Foundation
import KiosqueDefaultTheme
import KiosqueTestSupport
import Testing

/// The binary embeds `themes/default/`: this test keeps `DefaultTheme+Files.swift` equal to the folder,
/// and rewrites it when `RECORD_SNAPSHOTS=1`.
@Suite struct DefaultThemeEmbeddingTests {
    static let themeFolder = SharedFolder.packageRoot.appendingPathComponent("themes/default")
    static let generated = SharedFolder.packageRoot.appendingPathComponent("Sources/KiosqueDefaultTheme/DefaultTheme+Files.swift")

    static func themeFiles() throws -> [String: String] {
        var files: [String: String] = [:]
        let root = themeFolder.path
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = root + "/" + relative
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: full))
            guard let text = String(data: data, encoding: .utf8) else {
                Issue.record("themes/default/\(relative) is not UTF-8 text: the embedded theme holds text files only")
                continue
            }
            files[relative] = text
        }
        return files
    }

    static func swiftSource(_ files: [String: String]) -> String {
        var source = "// Generated from themes/default/ by DefaultThemeEmbeddingTests: do not edit by hand.\n"
        source += "// Re-record with: RECORD_SNAPSHOTS=1 swift test --filter DefaultThemeEmbedding\n\n"
        source += "let embeddedFiles: [String: String] = [\n"
        for path in files.keys.sorted() {
            let text = files[path] ?? ""
            var hashes = "#"
            while text.contains("\"\"\"" + hashes) || text.contains("\"" + hashes) { hashes += "#" }
            source += "    \"\(path)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
        }
        source += "]\n"
        return source
    }

    @Test func embeddedThemeMatchesThemesDefault() throws {
        let files = try Self.themeFiles()
        #expect(files["templates/layout.mustache"] != nil)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Self.swiftSource(files).write(to: Self.generated, atomically: true, encoding: .utf8)
            Issue.record("re-recorded DefaultTheme+Files.swift: rebuild and run the tests again without RECORD_SNAPSHOTS")
            return
        }
        let embedded = DefaultTheme.files
        #expect(Set(embedded.keys) == Set(files.keys), "themes/default changed: RECORD_SNAPSHOTS=1 swift test --filter DefaultThemeEmbedding")
        for (path, text) in files {
            #expect(embedded[path] == text, "themes/default/\(path) differs from the embedded copy: re-record")
        }
    }
}
