import ArgumentParser
import Foundation
import KiosqueBuild
import KiosqueModel

@main
struct Kiosque: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosque",
        abstract: "Builds a static open-data portal from a repository of datasets.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, InitCommand.self, NewCommand.self,
                      SchemasCommand.self])

    /// Exit 2 on misuse, as the SPEC asks (ArgumentParser's default is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let exitCode = Self.exitCode(for: error)
            if exitCode == .success || exitCode.rawValue == 0 {
                print(Self.fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((Self.fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

struct PortalArguments: ParsableArguments {
    @Argument(help: "The portal repository (default: the current folder).")
    var directory: String = "."

    @Option(name: .customLong("base-url"), help: "Absolute URL where the site is published; overrides base_url.")
    var baseURL: String?

    var root: String {
        URL(fileURLWithPath: directory, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
    }
}

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Builds the portal into public/.")

    @OptionGroup var portal: PortalArguments

    @Option(name: .shortAndLong, help: "Output folder (default: DIR/public).")
    var output: String?

    @Option(help: "Build date, YYYY-MM-DD or an ISO 8601 date-time: the same date gives the same site.")
    var now: String?

    func run() async throws {
        var nowStamp: DateStamp?
        if let now {
            guard let parsed = DateStamp.parse(now) else {
                throw ValidationError("--now: '\(now)' is not a date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)")
            }
            nowStamp = parsed
        }
        let outputPath = output.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let progress = Progress.start(label: "kiosque build")
        let report = await Site.build(BuildOptions(root: portal.root, output: outputPath, baseURL: portal.baseURL, now: nowStamp,
                                                     endsProcess: true))
        await progress.stop()
        DiagnosticPrinter.print(report)
        if report.hasErrors { throw ExitCode(1) }
        let total = report.stages.reduce(0) { $0 + $1.seconds }
        let stages = report.stages.map { "\($0.name) \(String(format: "%.2f", $0.seconds))s" }.joined(separator: ", ")
        let where_ = outputPath ?? portal.root + "/public"
        FileHandle.standardError.write(Data(report.language.pick(
            "\(report.fileCount) fichiers écrits dans \(where_) en \(String(format: "%.2f", total)) s (\(stages))\n",
            "\(report.fileCount) files written to \(where_) in \(String(format: "%.2f", total)) s (\(stages))\n").utf8))
    }
}

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validates the portal; writes nothing.")

    @OptionGroup var portal: PortalArguments

    @Option(help: "Output: text (default), json (machine-readable), github (workflow annotations) or gitlab (a Code Quality report; the text goes to standard error as well).")
    var format: DiagnosticFormat = .text

    func run() async throws {
        let report = await Site.build(BuildOptions(root: portal.root, baseURL: portal.baseURL, checkOnly: true))
        switch format {
        case .text: DiagnosticPrinter.print(report)
        case .json: Swift.print(DiagnosticPrinter.json(report), terminator: "")
        case .github: Swift.print(DiagnosticPrinter.githubAnnotations(report), terminator: "")
        case .gitlab:
            DiagnosticPrinter.print(report)
            Swift.print(DiagnosticPrinter.gitlabCodeQuality(report), terminator: "")
        }
        if report.hasErrors { throw ExitCode(1) }
    }
}

enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, github, gitlab
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Creates a new portal repository, ready to publish.")

    @Argument(help: "The new repository's folder (absent or empty).")
    var directory: String

    @Option(help: "The portal's name.")
    var title: String = "Données ouvertes"

    @Option(name: .customLong("base-url"), help: "Where the portal will be published.")
    var baseURL: String = "https://exemple.github.io/donnees/"

    @Option(help: "The publishing organization's name.")
    var organization: String = "Commune"

    @Option(help: "Contact email address.")
    var email: String = "donnees@exemple.fr"

    func run() throws {
        let settings = PortalScaffold.Settings(title: title, baseURL: baseURL, organization: organization, email: email)
        do {
            try PortalScaffold.write(settings, into: directory)
        } catch let error as PortalScaffold.ScaffoldError {
            FileHandle.standardError.write(Data("\(directory): erreur: \(error)\n".utf8))
            throw ExitCode(1)
        }
        FileHandle.standardError.write(Data("""
            Portail créé dans \(directory). Étapes suivantes :
              kiosque build \(directory)     # construit le site dans \(directory)/public
            Puis publiez le dépôt sur GitHub ou GitLab : les fichiers de CI le vérifient et le publient.

            """.utf8))
    }
}
