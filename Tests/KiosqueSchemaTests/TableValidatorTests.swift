import KiosqueModel
import KiosqueSchema
import Testing

/// Row numbers, lines, limits and messages of a validation.
struct TableValidatorTests {
    static let schema = TableSchema.parse("""
        {"fields": [
          {"name": "id", "type": "integer", "constraints": {"unique": true}},
          {"name": "commune", "constraints": {"required": true, "pattern": "[0-9AB]{5}"}},
          {"name": "note"}
        ]}
        """, file: "schema.json")

    @Test func numbersRowsAsFrictionlessAndKeepsThePhysicalLine() throws {
        // A record over lines 2–3 (a quoted line break), a blank line 4, a record on line 5:
        // frictionless rows 2, 3 (blank) and 4.
        let csv = "id,commune,note\n1,75056,\"deux\nlignes\"\n\nx,7505,\n"
        let result = try TableCheck.validate(Array(csv.utf8), against: Self.schema)
        #expect(result.rowCount == 3)
        #expect(result.errors.map(\.code) == [.blankRow, .typeError, .constraintError])
        #expect(result.errors.map(\.row) == [3, 4, 4])
        #expect(result.errors.map(\.line) == [4, 5, 5])
        #expect(result.errors[1].fieldNumber == 1)
        #expect(result.errors[1].fieldName == "id")
        #expect(result.errors[2].value == "7505")
        #expect(result.errors[2].constraint == "pattern")
    }

    @Test func reportsTrailingBlankLinesWhenTold() throws {
        let csv = "id,commune,note\r\n1,75056,a\r\n\r\n\r\n"
        let result = try TableCheck.validate(Array(csv.utf8), against: Self.schema)
        #expect(result.count(of: .blankRow) == 2)
        #expect(result.errors.map(\.row) == [3, 4])
    }

    @Test(arguments: [
        ("a\n1\n", 0), ("a\n1", 0), ("a\n1\n\n", 1), ("a\r\n1\r\n\r\n\r\n", 2), ("a\r1\r\r", 1), ("", 0), ("\n\n", 2),
    ])
    func countsTrailingBlankLines(_ text: String, _ expected: Int) {
        #expect(TableValidator.trailingBlankLines(in: Array(text.utf8)) == expected)
    }

    @Test func countsEveryErrorButKeepsTheFirstOnes() throws {
        var csv = "id,commune,note\n"
        for row in 0..<50 { csv += "x\(row),75056,\n" }
        let result = try TableCheck.validate(Array(csv.utf8), against: Self.schema, limits: .init(maxStoredErrors: 10))
        #expect(result.errorCount == 50)
        #expect(result.countsByType == ["type-error": 50])
        #expect(result.errors.count == 10)
        #expect(result.errors.last?.row == 11)
    }

    @Test func boundsTheMemoryOfUniqueValues() throws {
        var csv = "id,commune,note\n"
        for row in 0..<20 { csv += "\(row % 15),75056,\n" }
        let bounded = try TableCheck.validate(Array(csv.utf8), against: Self.schema, limits: .init(maxRememberedKeys: 10))
        #expect(!bounded.keyChecksComplete)
        #expect(bounded.count(of: .uniqueError) == 5)   // values 0–4 were remembered, 10–14 were not
        let full = try TableCheck.validate(Array(csv.utf8), against: Self.schema)
        #expect(full.keyChecksComplete)
        #expect(full.count(of: .uniqueError) == 5)
        #expect(full.errors.first?.message(in: .fr) == "la valeur « 0 » du champ « id » doit être unique ; elle figure déjà ligne 2")
    }

    @Test func checksNoRowAgainstAnInvalidSchema() throws {
        let schema = TableSchema.parse(#"{"name": "Mauvais nom", "fields": [{"name": "a", "type": "integer"}]}"#, file: "s.json")
        let result = try TableCheck.validate(Array("a\nx\ny\n".utf8), against: schema)
        #expect(!result.valid)
        #expect(result.countsByType == ["schema-error": 1])
        #expect(result.rowCount == 0)
        #expect(result.errors.first?.message(in: .en) == "'Mauvais nom' does not match '^([-a-z0-9._/])+$' at property 'name'")
    }

    @Test func summarizesForProfilesJSON() throws {
        let result = try TableCheck.validate(Array("id,commune,note\nx,75056,\n".utf8), against: Self.schema)
        #expect(result.summary.serialized(pretty: false)
            == #"{"errorCount":1,"errorsByType":{"type-error":1},"keyChecksComplete":true,"rowCount":1,"valid":false}"#)
    }

    @Test func anEmptyFileIsASourceError() throws {
        let result = try TableCheck.validate([], against: Self.schema)
        #expect(result.countsByType == ["source-error": 1])
        #expect(result.errors.first?.message(in: .fr) == "le fichier est vide")
    }

    @Test func explainsEachErrorInFrenchAndEnglish() throws {
        let csv = "id,commune,extra\n1,,a,b\n1\n"
        let result = try TableCheck.validate(Array(csv.utf8), against: Self.schema)
        let french = result.errors.map { "\($0.code.rawValue) \($0.row.map(String.init) ?? "-"): \($0.message(in: .fr))" }
        #expect(french == [
            "incorrect-label -: la colonne 3 s’appelle « extra » mais le schéma attend « note » à cette place",
            "constraint-error 2: le champ « commune » est obligatoire et la cellule est vide",
            "extra-cell 2: la ligne a une cellule en trop (colonne 4) : « b »",
            "constraint-error 3: le champ « commune » est obligatoire et la cellule est vide",
            "missing-cell 3: la ligne n’a pas de cellule pour le champ « commune »",
            "missing-cell 3: la ligne n’a pas de cellule pour le champ « note »",
            "unique-error 3: la valeur « 1 » du champ « id » doit être unique ; elle figure déjà ligne 2",
        ])
        #expect(result.errors[0].message(in: .en) == "column 3 is named \"extra\" but the schema expects \"note\" there")
    }
}
