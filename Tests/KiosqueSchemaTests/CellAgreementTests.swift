import Foundation
@testable import KiosqueSchema
import Testing

/// Types, formats and constraints, cell by cell, against frictionless' own cell reader.
struct CellAgreementTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let field: String
        let value: String
        let missingValues: String?
        let expected: String

        var testDescription: String { "\(field) \(value.debugDescription) → \(expected)" }
    }

    static let cases: [Case] = {
        let data = Data(FrictionlessCells.json.utf8)
        let rows = (try? JSONSerialization.jsonObject(with: data)) as? [[Any]] ?? []
        return rows.map { row in
            let field = try! JSONSerialization.data(withJSONObject: row[0], options: [.sortedKeys])
            let missing = (row[2] is NSNull) ? nil : String(decoding: try! JSONSerialization.data(withJSONObject: row[2]), as: UTF8.self)
            return Case(field: String(decoding: field, as: UTF8.self), value: row[1] as! String, missingValues: missing,
                        expected: row[3] as! String)
        }
    }()

    @Test func theTableIsComplete() {
        #expect(Self.cases.count > 400)
    }

    @Test(arguments: cases)
    func readsLikeFrictionless(_ testCase: Case) {
        let json = "{\"fields\": [\(testCase.field)]" + (testCase.missingValues.map { ", \"missingValues\": \($0)" } ?? "") + "}"
        let schema = TableSchema.parse(json, file: "schema.json")
        guard let field = schema.fields.first else {
            Issue.record("the field was not read: \(schema.problems.map { $0.message(in: .en) })")
            return
        }
        let check = CellReader(field: field, schemaMissingValues: schema.missingValues).read(.text(testCase.value))
        let verdict: String
        if check.isTypeError {
            verdict = "type"
        } else if check.failed != 0 {
            verdict = check.failedConstraints.map(\.key).sorted().joined(separator: ",")
        } else {
            verdict = check.isMissing ? "missing" : "ok"
        }
        #expect(verdict == testCase.expected)
    }
}
