import KiosqueModel
import KiosqueSchema
import Testing

/// Reading a schema: its fields and options, and problems located at the field that causes them.
struct SchemaParseTests {
    static let subventions = """
    {
      "name": "subventions",
      "missingValues": ["", "NA"],
      "primaryKey": "id",
      "fields": [
        {"name": "id", "type": "integer", "constraints": {"required": true, "unique": true, "minimum": 1}},
        {"name": "montant", "type": "number", "decimalChar": ",", "groupChar": " ", "bareNumber": false},
        {"name": "date", "type": "date", "format": "fmt:%d/%m/%Y"},
        {"name": "ue", "type": "boolean", "trueValues": ["oui"], "falseValues": ["non"]},
        {"name": "nature", "constraints": {"enum": ["aide en numéraire", "aide en nature"], "pattern": "aide.*"}}
      ]
    }
    """

    @Test func readsFieldsAndOptions() throws {
        let schema = TableSchema.parse(Self.subventions, file: "schemas/subventions.json")
        #expect(schema.isUsable)
        #expect(schema.problems.isEmpty)
        #expect(schema.name == "subventions")
        #expect(schema.missingValues == ["", "NA"])
        #expect(schema.primaryKey == ["id"])
        #expect(schema.fields.map(\.name) == ["id", "montant", "date", "ue", "nature"])
        #expect(schema.fields.map(\.type) == [.integer, .number, .date, .boolean, .string])
        let id = try #require(schema.field(named: "id"))
        #expect(id.constraints.required && id.constraints.unique)
        #expect(id.constraints.minimumValue == .integer(1))
        #expect(id.location == SourceLocation(file: "schemas/subventions.json", line: 6, column: 5))
        let montant = try #require(schema.field(named: "montant"))
        #expect(montant.decimalChar == "," && montant.groupChar == " " && !montant.bareNumber)
        #expect(schema.field(named: "date")?.format == "%d/%m/%Y")
        #expect(schema.field(named: "ue")?.trueValues == ["oui"])
        #expect(schema.field(named: "nature")?.constraints.allowedValues == ["aide en numéraire", "aide en nature"])
        #expect(schema.field(named: "nature")?.type == .string)
    }

    @Test func locatesAFieldProblemAtTheProperty() throws {
        let text = """
        {
          "fields": [
            {"name": "a", "type": "integer"},
            {"name": "b", "type": "integer",
             "example": "12 000"}
          ]
        }
        """
        let schema = TableSchema.parse(text, file: "schema.json")
        #expect(!schema.isUsable)
        let problem = try #require(schema.problems.first)
        #expect(problem.code == "field-error")
        #expect(problem.fieldName == "b")
        #expect(problem.location == SourceLocation(file: "schema.json", line: 5, column: 17))
        let diagnostic = problem.diagnostic(in: .fr)
        #expect(diagnostic.code == "schema.field-error")
        #expect(diagnostic.formatted(in: .fr) == """
            schema.json:5:17: erreur: l’exemple « 12 000 » du champ « b » n’est pas une valeur valide de type integer
              conseil : corrigez le schéma : frictionless le refuse aussi, et aucune ligne n’est vérifiée tant qu’il est invalide
            """)
        #expect(problem.message(in: .en) == "example value \"12 000\" for field \"b\" is not valid")
    }

    @Test func reportsInvalidJSONWithItsPlace() throws {
        let schema = TableSchema.parse("{\n  \"fields\": [\n    {\"name\": \"a\",}\n  ]\n}", file: "s.json")
        let problem = try #require(schema.problems.first)
        #expect(problem.code == "schema-error")
        #expect(problem.location == SourceLocation(file: "s.json", line: 3, column: 18))
        #expect(problem.message(in: .fr) == "le schéma n’est pas du JSON valide (a property name in double quotes was expected)")
        #expect(schema.fields.isEmpty)
    }

    @Test(arguments: [
        (#"{"name": "Arbres urbains", "fields": []}"#, "schema-error"),
        (#"{"fields": [{"name": "a", "type": "text"}]}"#, "field-error"),
        (#"{"fields": [{"name": "a", "format": "date"}]}"#, "field-error"),
        (#"{"fields": [{"name": "a", "type": "boolean", "constraints": {"pattern": "x"}}]}"#, "field-error"),
        (#"{"fields": [{"name": "a", "required": true}]}"#, "field-error"),
        (#"{"fields": [{"name": "a"}, {"name": "a"}]}"#, "schema-error"),
        (#"{"fields": [{"name": "a"}], "primaryKey": ["b"]}"#, "schema-error"),
        (#"{"fields": [{"name": "a", "type": "integer", "constraints": {"exclusiveMinimum": 0}}]}"#, "field-error"),
        (#"{"fields": [{"name": "a", "constraints": {"pattern": "("}}]}"#, "field-error"),
        (#"{"fields": [{"name": "a", "type": "date", "constraints": {"minimum": "01/01/2020"}}]}"#, "field-error"),
        (#"{"title": "x"}"#, "schema-error"),
    ])
    func refusesWhatFrictionlessRefuses(_ text: String, _ code: String) {
        let schema = TableSchema.parse(text, file: "s.json")
        #expect(!schema.isUsable)
        #expect(schema.problems.map(\.code) == [code])
    }

    @Test func acceptsVersion2AdditionsWhenDeclared() {
        let text = #"{"$schema": "https://datapackage.org/profiles/2.0/tableschema.json", "fields": [{"name": "a", "type": "integer", "constraints": {"exclusiveMinimum": 0}}]}"#
        #expect(TableSchema.parse(text, file: "s.json").isUsable)
    }

    @Test func warnsAboutWhatIsNotChecked() {
        let text = #"{"fields": [{"name": "a"}, {"name": "b", "format": "wkt"}], "foreignKeys": [{"fields": "a", "reference": {"resource": "other", "fields": "id"}}]}"#
        let schema = TableSchema.parse(text, file: "s.json")
        #expect(schema.isUsable)
        #expect(schema.problems.map(\.severity) == [.warning, .warning])
        #expect(schema.foreignKeys == [TableSchema.ForeignKey(fields: ["a"], resource: "other", referencedFields: ["id"])])
        #expect(schema.diagnostics(in: .en).map(\.code) == ["schema.schema-note", "schema.schema-note"])
    }
}
