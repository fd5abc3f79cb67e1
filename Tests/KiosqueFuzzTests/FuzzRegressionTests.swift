import Foundation
import KiosqueFuzzChecks
import KiosqueTestSupport
import Testing

/// Every input a fuzzer ever broke an invariant with (`Regressions/<target>/`), run again through the same checks
/// as `make fuzz`; and the checks themselves, on inputs that must and must not pass.
@Suite struct FuzzRegressionTests {
    static let folder = SharedFolder.packageRoot.appendingPathComponent("Tests/KiosqueFuzzTests/Regressions")

    static func inputs(_ target: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    static func bytes(_ target: String, _ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(target).appendingPathComponent(name)))
    }

    @Test(arguments: inputs("csv")) func csv(_ name: String) throws {
        #expect(CSVFuzzCheck.run(try Self.bytes("csv", name)) == [])
    }

    @Test(arguments: inputs("yaml")) func yaml(_ name: String) async throws {
        #expect(await YAMLFuzzCheck.check(try Self.bytes("yaml", name)) == [])
    }

    @Test(arguments: inputs("markdown")) func markdown(_ name: String) throws {
        #expect(MarkdownFuzzCheck.run(try Self.bytes("markdown", name)) == [])
    }

    @Test func theMarkdownCheckSeesHiddenSchemesAndHandlers() {
        #expect(MarkdownFuzzCheck.problems(in: #"<p><a href="java&#x09;script&colon;alert(1)">x</a></p>"#) == [
            #"a javascript: link in <a href="java&#x09;script&colon;alert(1)">"#,
        ])
        #expect(!MarkdownFuzzCheck.problems(in: #"<img src=x onerror=alert(1)>"#).isEmpty)
        #expect(!MarkdownFuzzCheck.problems(in: "<SCRIPT>alert(1)</SCRIPT>").isEmpty)
        #expect(MarkdownFuzzCheck.problems(in: #"<p><a href="budget.csv" title="on=1">ok</a> &lt;script&gt;</p>"#) == [])
        #expect(MarkdownFuzzCheck.problems(in: #"<a href="https://example.org/?q=javascript:1">ok</a>"#) == [])
    }

    @Test func theMarkdownRendererPassesItsOwnCheckOnHostileText() {
        let hostile = """
            <script>alert(1)</script> [a](javascript:alert(1)) [b](JaVaScRiPt&colon;alert(1)) [c](&#106;avascript:x)
            ![i](data:text/html;base64,PHNjcmlwdD4=) <img src=x onerror=alert(1)> [d]( java\tscript:x) <https://ok.example>
            [e]: vbscript:msgbox
            [f][e]
            """
        #expect(MarkdownFuzzCheck.run(Array(hostile.utf8)) == [])
    }
}
