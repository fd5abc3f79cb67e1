import Foundation
import KiosqueSchema
import Testing

/// One rule at a time — blank lines, labels, cells, keys, `fieldsMatch`, schema errors — against
/// frictionless' verdict on the same small table.
struct TableAgreementTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let id: String
        let schema: String
        let csv: String
        let valid: Bool
        let counts: [String: Int]
        /// Set where Kiosque deliberately differs.
        let difference: String?

        var testDescription: String { id }
    }

    static let cases = load(FrictionlessTables.json)
    static let fuzzCases = load(FrictionlessFuzzTables.json)

    static func load(_ json: String) -> [Case] {
        let rows = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String: Any]] ?? []
        return rows.map { row in
            let kiosque = row["kiosque"] as? [String: Any]
            let source = kiosque ?? row
            return Case(id: row["id"] as! String, schema: row["schema"] as! String, csv: row["csv"] as! String,
                        valid: source["valid"] as! Bool, counts: source["counts"] as! [String: Int],
                        difference: kiosque?["why"] as? String)
        }
    }

    @Test func theTableIsComplete() {
        #expect(Self.cases.count == 99)
        #expect(Self.cases.filter { $0.difference != nil }.count == 7)
        #expect(Self.fuzzCases.count == 391)
    }

    @Test(arguments: cases + fuzzCases)
    func agreesWithFrictionless(_ testCase: Case) throws {
        let result = try TableCheck.validate(csv: testCase.csv, schema: testCase.schema)
        #expect(result.valid == testCase.valid)
        #expect(result.countsByType == testCase.counts)
    }
}
