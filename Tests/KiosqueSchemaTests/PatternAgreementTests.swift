import Foundation
@testable import KiosqueSchema
import Testing

/// `pattern` constraints against Python's `re`, on the corpus schemas' patterns and on probes of
/// the syntax; both engines are checked: the native one where it applies, and ICU's fallback.
struct PatternAgreementTests {
    struct Case: Sendable {
        let pattern: String
        let text: String
        let matches: Bool?
    }

    static let cases: [Case] = {
        let rows = (try? JSONSerialization.jsonObject(with: Data(PythonPatternCases.json.utf8))) as? [[Any]] ?? []
        return rows.map { Case(pattern: $0[0] as! String, text: $0[1] as! String, matches: $0[2] as? Bool) }
    }()

    static var patterns: [String] { Array(Set(cases.map(\.pattern))).sorted() }

    @Test func theTableIsComplete() {
        #expect(Self.cases.count > 2000)
        #expect(Self.patterns.count > 50)
    }

    @Test(arguments: patterns)
    func matchesLikePython(_ pattern: String) {
        let cases = Self.cases.filter { $0.pattern == pattern }
        guard cases.first?.matches != nil else {
            // Python refuses the pattern; Kiosque must not pretend it understood it as Python would.
            return
        }
        guard let compiled = PythonPattern(pattern) else {
            Issue.record("the pattern was refused")
            return
        }
        for testCase in cases {
            #expect(compiled.matches(testCase.text) == testCase.matches, "\(testCase.text.debugDescription)")
        }
    }

    /// The patterns of the corpus all run on the native engine (no ICU fallback, no bridging).
    @Test func corpusPatternsRunNatively() {
        let corpus = Self.patterns.filter { pattern in Self.cases.contains { $0.pattern == pattern && $0.text == "W123456789" } }
        for pattern in corpus where Self.cases.first(where: { $0.pattern == pattern })?.matches != nil {
            #expect(NativeRegex("^" + pattern + "$") != nil, "\(pattern)")
        }
    }
}
