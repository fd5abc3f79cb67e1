import ArgumentParser
import Foundation
import KiosqueBuild
import KiosqueModel
import KiosqueServe

/// `kiosque serve [DIR] [--port N]`: a local preview that rebuilds on every change and reloads the open page.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Previews the portal on 127.0.0.1; rebuilds on every change and reloads the page.")

    @Argument(help: "The portal repository (default: the current folder).")
    var directory: String = "."

    @Option(help: "Port on 127.0.0.1 (default 8000; 0 picks a free port).")
    var port: Int = 8000

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port: \(port) is not a port number (0 to 65535)") }
    }

    func run() async throws {
        let root = URL(fileURLWithPath: directory, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            FileHandle.standardError.write(Data("\(directory): erreur: le dossier « \(directory) » n'existe pas\n".utf8))
            throw ExitCode(1)
        }
        let server = PreviewServer(options: BuildOptions(root: root), port: port)
        do {
            try await server.run(Self.show)
        } catch {
            FileHandle.standardError.write(Data("""
                erreur : impossible d'écouter sur 127.0.0.1:\(port) (\(error)).
                  conseil : le port est sans doute déjà utilisé ; choisissez-en un autre avec --port, ou --port 0 pour un port libre.

                """.utf8))
            throw ExitCode(1)
        }
    }

    /// The URL on standard output (scripts read it there); builds and diagnostics on standard error.
    @Sendable static func show(_ event: PreviewServer.Event) async {
        switch event {
        case let .ready(url, language):
            FileHandle.standardOutput.write(Data(language.pick("Aperçu du portail : \(url)  (Ctrl+C pour arrêter)\n",
                                                               "Portal preview: \(url)  (Ctrl+C to stop)\n").utf8))
        case let .rebuilding(changed):
            let more = changed.count > 3 ? " (+\(changed.count - 3))" : ""
            FileHandle.standardError.write(Data("\n» \(changed.prefix(3).joined(separator: ", "))\(more)\n".utf8))
        case let .built(report, fileCount, remade):
            DiagnosticPrinter.print(report)
            let seconds = String(format: "%.2f", report.stages.reduce(0) { $0 + $1.seconds })
            let line = remade == fileCount
                ? report.language.pick("Portail construit en mémoire : \(fileCount) fichiers en \(seconds) s\n",
                                       "Portal built in memory: \(fileCount) files in \(seconds) s\n")
                : report.language.pick("Portail reconstruit en mémoire : \(remade) fichiers refaits sur \(fileCount) en \(seconds) s\n",
                                       "Portal rebuilt in memory: \(remade) of \(fileCount) files made again in \(seconds) s\n")
            FileHandle.standardError.write(Data(line.utf8))
        case let .failed(report):
            DiagnosticPrinter.print(report)
            FileHandle.standardError.write(Data(report.language.pick(
                "La construction a échoué : les pages affichent ces erreurs par-dessus la dernière version correcte.\n",
                "The build failed: pages show these errors over the last good version.\n").utf8))
        }
    }
}
