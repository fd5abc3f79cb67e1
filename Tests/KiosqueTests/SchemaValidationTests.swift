import Foundation
import KiosqueBuild
import KiosqueModel
import KiosqueSchema
import KiosqueTestSupport
import Testing

/// Table Schema validation as a portal's readers and publishers see it: the `schema` fixture has a file with four known
/// errors (a repository schema), a valid file (a resource's schema beside it) and a file whose https schema is not cached.
@Suite struct SchemaValidationTests {
    static let remoteSchema = "https://schema.example.org/subventions/2.0/schema.json"

    @Test func theDatasetPageShowsABadgePerCheckedFile() async throws {
        let fixture = try PortalFixture("schema")
        defer { fixture.remove() }
        let report = await fixture.build()
        #expect(!report.hasErrors, "\(report.diagnostics.map { $0.formatted(in: .fr) })")
        let equipements = text(fixture.output.appendingPathComponent("datasets/equipements/index.html"))
        #expect(equipements.contains(#"<span class="badge badge-invalid"><a href="../../datasets/equipements/validation/equipements-csv/">"#
            + "4 erreurs au regard du schéma Équipements sportifs de test"))
        let salles = text(fixture.output.appendingPathComponent("datasets/salles/index.html"))
        #expect(salles.contains(#"<a href="../../datasets/salles/validation/salles-csv/">Conforme au schéma Salles"#))
        let subventions = text(fixture.output.appendingPathComponent("datasets/subventions/index.html"))
        #expect(subventions.contains(#"<span class="badge badge-unchecked">schéma non vérifié</span>"#))
        #expect(subventions.contains("le schéma \(Self.remoteSchema) n&#39;a pas pu être lu lors de la publication"))
        // No report page for a file that was not checked.
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("datasets/subventions/validation").path))
    }

    @Test func theReportPageListsEachErrorWithItsRowColumnAndValue() async throws {
        let fixture = try PortalFixture("schema")
        defer { fixture.remove() }
        _ = await fixture.build()
        let page = text(fixture.output.appendingPathComponent("datasets/equipements/validation/equipements-csv/index.html"))
        #expect(page.contains("<h1>Validation de equipements.csv</h1>"))
        #expect(page.contains("Le fichier equipements.csv contient 4 erreurs au regard du schéma Équipements sportifs de test."))
        // Counts per error type, sorted by type.
        #expect(page.contains("<tr><th scope=\"row\">Contrainte non respectée <code>constraint-error</code></th><td>2</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">Clé primaire en double <code>primary-key</code></th><td>1</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">Type ou format incorrect <code>type-error</code></th><td>1</td></tr>"))
        // Each error: row (the header is row 1), column, value, message.
        #expect(page.contains("<tr><th scope=\"row\">3</th><td>capacite (4)</td><td><code>grand</code></td>"
            + "<td>la valeur « grand » du champ « capacite » n’est pas de type integer <span class=\"validation-type\">(type-error)</span></td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">4</th><td>type (3)</td><td><code>piscine</code></td>"))
        #expect(page.contains("<tr><th scope=\"row\">5</th><td>—</td><td><code>1</code></td><td>la clé primaire de cette ligne figure déjà ligne 2"))
        #expect(page.contains("<tr><th scope=\"row\">6</th><td>nom (2)</td><td></td><td>le champ « nom » est obligatoire et la cellule est vide"))
        #expect(page.contains(#"<a href="../../../../datasets/equipements/schema.json">Équipements sportifs de test</a>"#))
        #expect(!page.contains("validation-omitted"))
        let valid = text(fixture.output.appendingPathComponent("datasets/salles/validation/salles-csv/index.html"))
        #expect(valid.contains("Le fichier salles.csv est conforme au schéma Salles : aucune erreur."))
        #expect(!valid.contains("<table class=\"validation-errors\">"))
    }

    @Test func profilesJSONCarriesTheValidationSummary() async throws {
        let fixture = try PortalFixture("schema")
        defer { fixture.remove() }
        _ = await fixture.build()
        func validation(_ dataset: String) throws -> [String: Any]? {
            let data = try Data(contentsOf: fixture.output.appendingPathComponent("datasets/\(dataset)/profiles.json"))
            let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let files = try #require(document["files"] as? [[String: Any]])
            return files.first?["validation"] as? [String: Any]
        }
        let equipements = try #require(try validation("equipements"))
        #expect(equipements["schema"] as? String == "data/equipements/schema.json")
        #expect(equipements["valid"] as? Bool == false)
        #expect(equipements["errors"] as? Int == 4)
        #expect(equipements["rows"] as? Int == 6)
        #expect(equipements["errorsByType"] as? [String: Int] == ["constraint-error": 2, "primary-key": 1, "type-error": 1])
        #expect(equipements["report"] as? String == "datasets/equipements/validation/equipements-csv/")
        let salles = try #require(try validation("salles"))
        #expect(salles["schema"] as? String == "salles-schema.json")
        #expect(salles["valid"] as? Bool == true)
        #expect(salles["errors"] as? Int == 0)
        // A schema that could not be read: not checked, so neither valid nor invalid.
        let subventions = try #require(try validation("subventions"))
        #expect(subventions["checked"] as? Bool == false)
        #expect(subventions["status"] as? String == "not-cached")
        #expect(subventions["valid"] == nil)
    }

    @Test func anUncachedSchemaURLIsAWarningThatSaysHowToFillTheCache() async throws {
        let fixture = try PortalFixture("schema")
        defer { fixture.remove() }
        let report = await fixture.check()
        #expect(!report.hasErrors)
        let warnings = report.diagnostics.filter { $0.code == "schema.not-cached" }.map { $0.formatted(in: .fr) }
        let cached = ".kiosque/schemas/" + SchemaCache.fileName(for: Self.remoteSchema)
        #expect(warnings == ["""
            data/subventions/dataset.yaml:4:9: avertissement: le schéma \(Self.remoteSchema) n'est pas dans le cache local (.kiosque/schemas/) : les fichiers qui le suivent ne sont pas vérifiés
              conseil : lancez « kiosque schemas --fetch » (avec un accès à Internet), ou « kiosque schemas --import \(Self.remoteSchema) FICHIER » avec une copie locale du schéma ; il sera lu dans \(cached)
            """])
        // The file with errors is one warning, at the line of its first error.
        let invalid = report.diagnostics.filter { $0.code == "schema.invalid-file" }.map { $0.formatted(in: .fr) }
        #expect(invalid.first?.hasPrefix("data/equipements/equipements.csv:3:1: avertissement: 4 erreur(s) par rapport au schéma data/equipements/schema.json")
            == true)
    }

    @Test func schemasImportPutsTheFileWhereTheBuildFindsIt() async throws {
        let fixture = try PortalFixture("schema")
        defer { fixture.remove() }
        let copy = PortalFixture.fixtures.appendingPathComponent("schemas/subventions-schema.json").path
        let listed = try SchemaCommandLine.run(["schemas", fixture.root.path])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("data/subventions/dataset.yaml:4:9: \(Self.remoteSchema)\n  absent du cache"))
        let imported = try SchemaCommandLine.run(["schemas", fixture.root.path, "--import", Self.remoteSchema, copy])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains(".kiosque/schemas/" + SchemaCache.fileName(for: Self.remoteSchema)))
        let report = await fixture.build()
        #expect(!report.diagnostics.contains { $0.code == "schema.not-cached" })
        let page = text(fixture.output.appendingPathComponent("datasets/subventions/index.html"))
        #expect(page.contains("1 erreur au regard du schéma Subventions (copie locale)"))
        let reportPage = text(fixture.output.appendingPathComponent("datasets/subventions/validation/subventions-csv/index.html"))
        #expect(reportPage.contains("<td><code>-20</code></td>"))
        // Misuse: --import needs a URL and a file; a file that is not JSON is refused.
        #expect(try SchemaCommandLine.run(["schemas", fixture.root.path, "--import", Self.remoteSchema]).status == 2)
        let notJSON = try SchemaCommandLine.run(["schemas", fixture.root.path, "--import", Self.remoteSchema,
                                                 fixture.root.appendingPathComponent("data/subventions/subventions.csv").path])
        #expect(notJSON.status == 1)
    }

    @Test func aBrokenSchemaIsALocatedWarningAndAMissingOneAnError() async throws {
        let fixture = try PortalFixture("schema")
        defer { fixture.remove() }
        try fixture.write("data/equipements/schema.json", "{\n  \"fields\": [\n    {\"name\": \"id\" \"type\": \"integer\"}\n  ]\n}\n")
        let report = await fixture.build()
        #expect(!report.hasErrors)
        let broken = try #require(report.diagnostics.first { $0.location.file == "data/equipements/schema.json" })
        #expect(broken.severity == .warning)
        #expect(broken.location.description == "data/equipements/schema.json:3:19")
        #expect(broken.message.hasPrefix("le schéma n’est pas du JSON valide"))
        let page = text(fixture.output.appendingPathComponent("datasets/equipements/index.html"))
        #expect(page.contains("schéma non vérifié</span> <span class=\"validation-reason\">le schéma data/equipements/schema.json "
            + "n&#39;est pas un schéma Table Schema valide</span>"))
        // A path that names no file is a mistake in the descriptor: an error, with where to look.
        try fixture.write("data/salles/dataset.yaml", """
            title: Salles communales
            description: Les salles.
            license: etalab-2.0
            resources:
              - path: salles.csv
                schema: sales-schema.json

            """)
        let failed = await fixture.check()
        #expect(failed.diagnostics.filter { $0.severity == .error }.map { $0.formatted(in: .fr) } == ["""
            data/salles/dataset.yaml:6:13: erreur: le schéma « sales-schema.json » n'existe pas dans le dépôt
              conseil : donnez le chemin depuis la racine du dépôt (data/salles/schema.json) ou depuis le dossier du jeu de données (schema.json), ou une URL https
            """])
    }

    @Test func theQualityPagesCountTheSchemaCriterion() async throws {
        let fixture = try PortalFixture("schema")
        defer { fixture.remove() }
        _ = await fixture.build()
        let quality = text(fixture.output.appendingPathComponent("quality/index.html"))
        // Two checked datasets, one valid; the unchecked one does not count.
        #expect(quality.contains("<tr><th scope=\"row\">Fichiers conformes à leur schéma</th><td>1 / 2</td>"))
    }

    @Test func anEnglishPortalReportsInEnglish() async throws {
        let fixture = try PortalFixture("schema")
        defer { fixture.remove() }
        try fixture.write("site/portal.yaml", "title: Schemas\nbase_url: https://schemas.example/\npublisher: mairie\nlanguage: en\n")
        _ = await fixture.build()
        let dataset = text(fixture.output.appendingPathComponent("datasets/equipements/index.html"))
        #expect(dataset.contains("4 errors against the schema Équipements sportifs de test"))
        let page = text(fixture.output.appendingPathComponent("datasets/equipements/validation/equipements-csv/index.html"))
        #expect(page.contains("The file equipements.csv has 4 errors against the schema Équipements sportifs de test."))
        #expect(page.contains("the value &quot;grand&quot; of field &quot;capacite&quot; is not of type integer"))
        #expect(!page.contains("au regard") && !page.contains("la valeur") && !page.contains("Ligne"))
    }
}

/// The `kiosque` executable, for `kiosque schemas`.
enum SchemaCommandLine {
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
