import Foundation
import KiosqueModel
import Testing

/// The `basic` fixture built end to end: what the profiler tells reusers about its tables.
@Suite struct TableProfilesTests {
    @Test func profilesJSONGivesTheTypesOfTheWindows1252Budget() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let report = await fixture.build()
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let data = try Data(contentsOf: fixture.output.appendingPathComponent("datasets/budget/profiles.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        let budget = try #require(files.first { $0["path"] as? String == "budget-2024.csv" })
        #expect(["windows-1252", "iso-8859-1"].contains(budget["encoding"] as? String ?? ""))
        #expect(budget["delimiter"] as? String == ";")
        #expect(budget["rows"] as? Int == 3)
        #expect(budget["columns"] as? Int == 3)
        #expect(budget["validation"] == nil)
        let fields = try #require(budget["fields"] as? [[String: Any]])
        #expect(fields.map { $0["name"] as? String } == ["Chapitre", "Libellé", "Montant"])
        #expect(fields.map { $0["type"] as? String } == ["string", "string", "number"])
        let montant = fields[2]
        #expect(montant["decimalChar"] as? String == ",")
        #expect(montant["groupChar"] as? String == " ")
        #expect(montant["min"] as? Double == 12_000)
        #expect(montant["max"] as? Double == 640_000)
        #expect(montant["nulls"] as? Int == 0)
        #expect(montant["distinct"] as? Int == 3)
    }

    @Test func theNonUTF8BudgetGetsAUTF8CopyAndAWarningThatSaysSo() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let report = await fixture.build()
        let copy = try String(contentsOf: fixture.output.appendingPathComponent("datasets/budget/budget-2024.utf8.csv"), encoding: .utf8)
        #expect(copy.hasPrefix("Chapitre,Libellé,Montant\n011,Charges à caractère général,\"125 000,50\"\n"))
        let warning = try #require(report.diagnostics.first { $0.code == "table.encoding" })
        #expect(warning.location.file == "data/budget/budget-2024.csv")
        #expect(warning.message.hasSuffix("; une copie UTF-8 est publiée : budget-2024.utf8.csv"))
        #expect(warning.message.hasPrefix("fichier lu comme "))
        let records = try Data(contentsOf: fixture.output.appendingPathComponent("datasets/budget/budget-2024.json"))
        let objects = try #require(try JSONSerialization.jsonObject(with: records) as? [[String: String]])
        #expect(objects.first?["Libellé"] == "Charges à caractère général")
        // Its three rows are all on the dataset page: no JSON pages (ChartsAndMapsTests has the viewer of both kinds).
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("datasets/budget/budget-2024.pages").path))
        // The UTF-8, comma-separated arbres.csv needs no copy, only JSON.
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("datasets/arbres/arbres.utf8.csv").path))
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("datasets/arbres/arbres.json").path))
    }

    @Test func theDatasetPageHasADataDictionaryAndTheCopies() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        _ = await fixture.build()
        let page = text(fixture.output.appendingPathComponent("datasets/budget/index.html"))
        #expect(page.contains("<summary>Dictionnaire des données</summary>"))
        #expect(page.contains("<th scope=\"row\">Montant</th><td>nombre décimal</td>"))
        #expect(page.contains("<th scope=\"col\">Valeurs manquantes</th>"))
        #expect(page.contains("href=\"budget-2024.utf8.csv\" download>CSV UTF-8 (séparateur virgule)"))
        #expect(page.contains("href=\"budget-2024.json\" download>JSON"))
        let trees = text(fixture.output.appendingPathComponent("datasets/arbres/index.html"))
        #expect(trees.contains("<td>nombre décimal (latitude)</td>"))
    }

    @Test func aCheckWritesNoDerivedFiles() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        _ = await fixture.check()
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent(".kiosque/derived").path))
    }
}
