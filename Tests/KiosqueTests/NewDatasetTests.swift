import Foundation
import KiosqueBuild
import KiosqueModel
import Testing

/// `kiosque new`: a dataset folder from a spreadsheet export, whose only remaining problems are the fields a person
/// must fill.
@Suite struct NewDatasetTests {
    /// A Windows-1252, `;`-separated export as a French spreadsheet writes it: accents, `€`, decimal commas,
    /// spaces as thousands separators, dates `dd/mm/yyyy`, `oui`/`non`, an INSEE code.
    static let windows1252CSV: [UInt8] = {
        let text = "Code INSEE;Libellé;Montant;Date de vote;Adopté\r\n"
            + "01001;Charges à caractère général;125 000,50;28/03/2024;oui\r\n"
            + "01001;Charges de personnel;640 000,00;28/03/2024;non\r\n"
            + "01001;Subventions versées (€);12 500,00;29/03/2024;oui\r\n"
        return text.unicodeScalars.map { $0 == "€" ? 0x80 : UInt8($0.value) }
    }()

    /// The export, under its own name, in a fresh folder outside the portal.
    func source(_ name: String = "budget-primitif_2024.csv") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-new-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.windows1252CSV).write(to: folder.appendingPathComponent(name))
        return folder.appendingPathComponent(name)
    }

    @Test func fromAWindows1252CSVOnlyTheFieldsToFillRemain() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let csv = try source()
        defer { try? FileManager.default.removeItem(at: csv.deletingLastPathComponent()) }
        let created = try DatasetScaffold.create(id: "budget-primitif-2024", from: csv.path, in: fixture.root.path)
        let folder = "data/budget-primitif-2024"
        let copiedName = "budget-primitif_2024.csv"
        #expect(created.files == ["\(folder)/\(copiedName)", "\(folder)/dataset.yaml", "\(folder)/schema.json"])
        #expect(try Data(contentsOf: fixture.root.appendingPathComponent("\(folder)/\(copiedName)")) == Data(Self.windows1252CSV))

        let descriptor = text(fixture.root.appendingPathComponent("\(folder)/dataset.yaml"))
        #expect(descriptor.contains("\ntitle: \"Budget primitif 2024\"\n"))
        #expect(descriptor.contains("#   encodage détecté : windows-1252, séparateur : « ; »,\n#   3 ligne(s) de données, 5 colonne(s)\n"))
        #expect(descriptor.contains("\ndescription: \"\"\n"))
        #expect(descriptor.contains("\n# organization: mairie\n"))
        #expect(descriptor.contains("\n# À REMPLIR (recommandé) : retirez le « # » et choisissez un ou plusieurs thèmes :\n"))
        #expect(descriptor.contains("\nschema: data/budget-primitif-2024/schema.json\n"))

        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: fixture.root.appendingPathComponent("\(folder)/schema.json")))
            as? [String: Any])
        let fields = try #require(schema["fields"] as? [[String: Any]])
        #expect(fields.map { $0["name"] as? String } == ["Code INSEE", "Libellé", "Montant", "Date de vote", "Adopté"])
        // The INSEE code stays text (its leading zero matters); the French number and date notations are declared.
        #expect(fields.map { $0["type"] as? String } == ["string", "string", "number", "date", "boolean"])
        #expect(fields[2]["decimalChar"] as? String == "," && fields[2]["groupChar"] as? String == " ")
        #expect(fields[3]["format"] as? String == "%d/%m/%Y")

        // Decided: the required fields that cannot be guessed are left empty, so that `check` names them on their
        // line; the recommended ones are commented out. The file itself may carry notes (its encoding), nothing else.
        let report = await fixture.check()
        let mine = report.diagnostics.filter { $0.location.file.hasPrefix(folder + "/") }
        #expect(mine.filter { $0.severity == .error }.map { $0.formatted(in: .fr) } == [
            "data/budget-primitif-2024/dataset.yaml:15:14: erreur: le champ « description » est vide\n"
                + "  conseil : ajoutez une ligne « description: Ce jeu de données présente… »",
            "data/budget-primitif-2024/dataset.yaml:23:10: erreur: le champ « license » est vide\n"
                + "  conseil : ajoutez une ligne « license: etalab-2.0 »",
        ])
        #expect(mine.filter { $0.severity == .warning }.allSatisfy { $0.location.file == "\(folder)/\(copiedName)" })
        #expect(report.diagnostics.filter { $0.severity == .error }.count == 2)

        // Filled in, the dataset builds and its Data Package points at the inferred schema.
        try fixture.write("\(folder)/dataset.yaml", descriptor
            .replacingOccurrences(of: "\ndescription: \"\"\n", with: "\ndescription: Le budget primitif voté en mars.\n")
            .replacingOccurrences(of: "\nlicense: \"\"\n", with: "\nlicense: etalab-2.0\n"))
        let build = await fixture.build()
        #expect(!build.hasErrors, "\(build.diagnostics.map { $0.formatted(in: .fr) })")
        let package = text(fixture.output.appendingPathComponent("datasets/budget-primitif-2024/datapackage.json"))
        #expect(package.contains("\"schema\": \"schema.json\""))
        #expect(text(fixture.output.appendingPathComponent("datasets/budget-primitif-2024/index.html")).contains("Budget primitif 2024"))
    }

    @Test func withoutAFileTheSkeletonAsksForTheSameFields() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        // No publisher and two organizations: the organization must be named too.
        let portal = text(fixture.root.appendingPathComponent("site/portal.yaml")).replacingOccurrences(of: "publisher: mairie\n", with: "")
        try fixture.write("site/portal.yaml", portal)
        let created = try DatasetScaffold.create(id: "plan-velo", from: nil, in: fixture.root.path)
        #expect(created.files == ["data/plan-velo/dataset.yaml"] && created.table == nil)
        let descriptor = text(fixture.root.appendingPathComponent("data/plan-velo/dataset.yaml"))
        #expect(descriptor.contains("\ntitle: \"Plan velo\"\n"))
        #expect(descriptor.contains("# de site/organizations/ (mairie, syndicat-eaux).\norganization: \"\"\n"))
        #expect(!descriptor.contains("schema:"))
        let errors = await fixture.check().diagnostics.filter { $0.severity == .error && $0.location.file.hasPrefix("data/plan-velo/") }
        #expect(errors.map { "\($0.location): \($0.message)" } == [
            "data/plan-velo/dataset.yaml:9:14: le champ « description » est vide",
            "data/plan-velo/dataset.yaml:13:15: le jeu de données n'a pas d'organisation",
            "data/plan-velo/dataset.yaml:17:10: le champ « license » est vide",
        ])
    }

    @Test func refusesABadIdAnExistingFolderAndAFolderThatIsNoPortal() throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let before = snapshot(of: fixture.root)
        #expect(throws: DatasetScaffold.Failure.invalidID("Budget 2024", suggestion: "budget-2024")) {
            try DatasetScaffold.create(id: "Budget 2024", from: nil, in: fixture.root.path)
        }
        #expect(throws: DatasetScaffold.Failure.exists("data/budget")) {
            try DatasetScaffold.create(id: "budget", from: nil, in: fixture.root.path)
        }
        #expect(throws: DatasetScaffold.Failure.sourceMissing("/nulle/part.csv")) {
            try DatasetScaffold.create(id: "autre", from: "/nulle/part.csv", in: fixture.root.path)
        }
        #expect(throws: DatasetScaffold.Failure.notAPortal(fixture.root.path + "/data")) {
            try DatasetScaffold.create(id: "autre", from: nil, in: fixture.root.path + "/data")
        }
        #expect(snapshot(of: fixture.root) == before)
        #expect(DatasetScaffold.Failure.exists("data/budget").description
            == "le dossier « data/budget » existe déjà : choisissez un autre identifiant, ou modifiez ce jeu de données")
    }

    @Test(arguments: [("budget-primitif_2024.csv", "Budget primitif 2024"), ("PLU_zones.geojson", "PLU zones"),
                      ("écoles  publiques.csv", "Écoles publiques"), ("arbres", "Arbres"), ("2024_budget.v2.csv", "2024 budget v2")])
    func titleFromFileName(_ name: String, _ title: String) {
        #expect(DatasetScaffold.title(fromFileName: name) == title)
    }
}
