import ArgumentParser
import Foundation
import KiosqueBuild
import KiosqueModel

@main
struct Kiosque: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosque",
        abstract: "Builds a static open-data portal from a repository of datasets.",
        subcommands: [BuildCommand.self, CheckCommand.self])

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
        let report = await Site.build(BuildOptions(root: portal.root, output: outputPath, baseURL: portal.baseURL, now: nowStamp))
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

    func run() async throws {
        let report = await Site.build(BuildOptions(root: portal.root, baseURL: portal.baseURL, checkOnly: true))
        DiagnosticPrinter.print(report)
        if report.hasErrors { throw ExitCode(1) }
    }
}
