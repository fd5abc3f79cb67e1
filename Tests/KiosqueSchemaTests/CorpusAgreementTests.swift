import Foundation
import KiosqueSchema
import KiosqueTestSupport
import Testing

/// The "done" criterion: on every schema + example pair of the corpus, Kiosque's verdict is
/// frictionless' verdict — and so are the error counts by type.
@Suite(.enabled(if: SharedFolder.isAvailable, "../shared is not checked out"))
struct CorpusAgreementTests {
    @Test(arguments: CorpusVerdicts.all + CorpusVerdicts.realExports)
    func agreesWithFrictionless(_ expected: FrictionlessVerdict) throws {
        var text = try String(contentsOf: SharedFolder.path("corpus/" + expected.schema), encoding: .utf8)
        for (old, new) in expected.patches {
            #expect(text.contains(old), "the patch no longer applies")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let schema = TableSchema.parse(text, file: expected.schema)
        let result = try TableCheck.validate(file: SharedFolder.path("corpus/" + expected.data), against: schema)
        #expect(result.valid == expected.valid)
        #expect(result.countsByType == expected.expectedCounts)
    }

    /// The table of the "done" criterion covers every pair, and every verdict agrees.
    @Test func everyCorpusPairIsCovered() {
        #expect(CorpusVerdicts.all.filter { $0.patches.isEmpty }.count == 27)
        #expect(CorpusVerdicts.all.allSatisfy { $0.difference == nil })
    }
}
