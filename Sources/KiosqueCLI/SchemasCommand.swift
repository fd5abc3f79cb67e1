import ArgumentParser
import Foundation
import KiosqueBuild

/// `kiosque schemas [DIR] [--fetch] [--import URL FILE]`: the local cache of the https Table Schemas a portal declares,
/// so that `kiosque build` checks files against them without the network.
struct SchemasCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schemas",
        abstract: "Lists the Table Schemas the portal declares; --fetch downloads the https ones into .kiosque/schemas/, "
            + "--import URL FILE puts a local copy there.")

    @Argument(help: "The portal repository (default: the current folder).")
    var directory: String = "."

    @Flag(help: "Download every https schema the datasets declare into the cache (needs Internet access and curl).")
    var fetch = false

    @Option(name: .customLong("import"), parsing: .upToNextOption,
            help: ArgumentHelp("Put FILE in the cache as the schema published at URL.", valueName: "URL FILE"))
    var importArguments: [String] = []

    var root: String {
        URL(fileURLWithPath: directory, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
    }

    func validate() throws {
        if !importArguments.isEmpty, importArguments.count != 2 {
            throw ValidationError("--import takes two values: the schema's https URL and a local file (--import URL FILE)")
        }
        if fetch, !importArguments.isEmpty { throw ValidationError("--fetch and --import cannot be used together") }
    }

    func run() async throws {
        if importArguments.count == 2 {
            try importSchema(url: importArguments[0], file: importArguments[1])
        } else if fetch {
            try await fetchAll()
        } else {
            list()
        }
    }

    private func importSchema(url: String, file: String) throws {
        let source = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
        do {
            try PortalSchemas.importFile(source, as: url, root: root)
        } catch {
            FileHandle.standardError.write(Data("\(file): erreur: le schéma n'a pas été importé : \(error)\n".utf8))
            throw ExitCode(1)
        }
        FileHandle.standardError.write(Data("\(url)\n  importé dans \(PortalSchemas.cachePath(url))\n".utf8))
    }

    private func fetchAll() async throws {
        let results = await PortalSchemas.fetchAll(root: root)
        var failed = 0
        var text = ""
        for (url, result) in results {
            switch result {
            case .success:
                text += "✓ \(url)\n  → \(PortalSchemas.cachePath(url))\n"
            case let .failure(error):
                failed += 1
                text += "✗ \(url)\n  erreur : \(error)\n"
            }
        }
        if results.isEmpty { text += "Aucun schéma https n'est déclaré par les jeux de données.\n" }
        text += "\(results.count - failed) schéma(s) téléchargé(s), \(failed) échec(s).\n"
        if failed > 0 {
            text += "Les fichiers qui suivent un schéma absent du cache ne seront pas vérifiés ; copiez-le avec "
                + "« kiosque schemas --import URL FICHIER ».\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
        if failed > 0 { throw ExitCode(1) }
    }

    private func list() {
        let references = PortalSchemas.declared(in: root)
        var text = references.isEmpty ? "Aucun schéma n'est déclaré par les jeux de données.\n" : ""
        for reference in references {
            let state: String
            if reference.isRemote {
                state = PortalSchemas.isCached(reference.reference, root: root)
                    ? "en cache (\(PortalSchemas.cachePath(reference.reference)))"
                    : "absent du cache : lancez « kiosque schemas --fetch »"
            } else {
                state = "fichier du dépôt"
            }
            text += "\(reference.location): \(reference.reference)\n  \(state)\n"
        }
        print(text, terminator: "")
    }
}
