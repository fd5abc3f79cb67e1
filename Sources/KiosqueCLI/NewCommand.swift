import ArgumentParser
import Foundation
import KiosqueBuild

/// `kiosque new ID [--from FILE] [DIR]`: a new dataset folder, its descriptor and, from a table, its Table Schema.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Creates data/ID/ with a commented dataset.yaml; from a CSV, infers title, columns and a Table Schema.")

    @Argument(help: "The dataset id: lower-case letters, digits and dashes (budget-primitif-2024).")
    var id: String

    @Argument(help: "The portal repository (default: the current folder).")
    var directory: String = "."

    @Option(help: "A data file to copy into the new folder (CSV, TSV, GeoJSON, PDF…).")
    var from: String?

    func run() throws {
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let root = URL(fileURLWithPath: directory, relativeTo: base).standardizedFileURL.path
        let source = from.map { URL(fileURLWithPath: $0, relativeTo: base).standardizedFileURL.path }
        let created: DatasetScaffold.Created
        do {
            created = try DatasetScaffold.create(id: id, from: source, in: root)
        } catch {
            FileHandle.standardError.write(Data("\(directory): erreur: \(error)\n".utf8))
            throw ExitCode(1)
        }
        var text = "Jeu de données créé dans \(created.folder)/ :\n"
        for file in created.files { text += "  \(file)\n" }
        if let table = created.table {
            text += "Fichier lu : encodage \(table.encoding), séparateur « \(table.delimiter == "\t" ? "tabulation" : table.delimiter) », "
                + "\(table.rowCount) ligne(s), \(table.columnCount) colonne(s).\n"
        }
        text += """
            Étapes suivantes : complétez les lignes « À REMPLIR » de \(created.folder)/dataset.yaml, puis
              kiosque check \(directory)     # signale les champs obligatoires encore vides

            """
        FileHandle.standardError.write(Data(text.utf8))
    }
}
