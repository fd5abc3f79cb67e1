import KiosqueModel
import Testing
import KiosqueYAML

@Suite("YAML limits")
struct YAMLLimitTests {
    /// "Billion laughs": nine levels of ten aliases each would expand to 10⁹ strings.
    static let billionLaughs: String = {
        var text = "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [" + Array(repeating: previous, count: 10).joined(separator: ",") + "]\n"
        }
        return text
    }()

    // The limit catches a runaway expansion; with every core busy a debug build took more than a minute.
    @Test("an alias bomb stops with yaml.too-large at the alias that crosses the limit", .timeLimit(.minutes(3)))
    func aliasBomb() throws {
        let clock = ContinuousClock()
        var result: (root: YAMLNode?, diagnostics: [Diagnostic]) = (nil, [])
        let elapsed = clock.measure { result = parse(Self.billionLaughs) }
        #expect(result.root == nil)
        let diagnostic = try #require(result.diagnostics.only)
        #expect(diagnostic.code == "yaml.too-large")
        #expect(diagnostic.location.line == 4)
        #expect(diagnostic.message.contains("alias"))
        #expect(elapsed < .seconds(5))
    }

    @Test("a few aliases under the limit are fine")
    func aliasesUnderLimit() throws {
        let tree = try #require(parse(Self.billionLaughs.split(separator: "\n").prefix(3).joined(separator: "\n")).root)
        #expect(tree["a2"]?.items?.count == 10)
        #expect(tree["a2"]?.items?.first?.items?.count == 10)
    }

    @Test("10,000 nested brackets stop with yaml.too-deep instead of overflowing the stack")
    func deepFlowNesting() throws {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let (root, diagnostics) = parse(text)
        #expect(root == nil)
        let diagnostic = try #require(diagnostics.only)
        #expect(diagnostic.code == "yaml.too-deep")
        #expect(position(diagnostic.location) == "1:65")
    }

    @Test("deep block nesting is bounded too; 64 levels are accepted")
    func deepBlockNesting() throws {
        func nested(_ depth: Int) -> String {
            (0..<depth).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " 1\n"
        }
        #expect(parse(nested(64)).diagnostics.isEmpty)
        #expect(parse(nested(65)).diagnostics.map(\.code) == ["yaml.too-deep"])
    }

    @Test("an alias that would nest too deep is refused")
    func deepAlias() {
        let limits = YAMLLimits(maxDepth: 3)
        #expect(parse("a: &x [[1]]\nb: *x\n", limits: limits).diagnostics.isEmpty)
        #expect(parse("a: &x [[1]]\nb: [*x]\n", limits: limits).diagnostics.map(\.code) == ["yaml.too-deep"])
    }

    @Test("too many nodes in all stop with yaml.too-large")
    func tooManyNodes() throws {
        let text = "[" + Array(repeating: "1", count: 100_001).joined(separator: ",") + "]"
        let diagnostic = try #require(parse(text).diagnostics.only)
        #expect(diagnostic.code == "yaml.too-large")
        #expect(diagnostic.message.contains("100\u{202F}000"))
    }

    @Test("an input over 4 MiB is refused before parsing")
    func tooManyBytes() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "#"), count: (4 << 20) + 1)
        let (root, diagnostics) = YAMLDocument.parse(bytes, file: "big.yaml", language: .fr)
        #expect(root == nil)
        let diagnostic = try #require(diagnostics.only)
        #expect(diagnostic.code == "yaml.too-large")
        #expect(diagnostic.message == "fichier YAML trop volumineux (4,1 Mio, au plus 4 Mio)")
    }
}
