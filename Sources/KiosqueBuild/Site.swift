import Foundation
import KiosqueDefaultTheme
import KiosqueDerive
import KiosqueLoad
import KiosqueModel
import KiosqueRender

/// The build, its stages listed in the order they run: load and validate → theme → derive → render → write.
public enum Site {
    public static func build(_ options: BuildOptions) async -> BuildReport {
        var stages: [BuildReport.Stage] = []
        let clock = ContinuousClock()
        func timed<T>(_ name: String, _ work: () async throws -> T) async rethrows -> T {
            let start = clock.now
            defer {
                let elapsed = clock.now - start
                stages.append(.init(name: name, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            }
            return try await work()
        }
        let root = options.root
        let loaded = await timed("load") {
            await RepositoryLoader(root: root, options: .init(baseURL: options.baseURL, useGit: options.useGit)).load()
        }
        var diagnostics = loaded.diagnostics
        func report(fileCount: Int = 0, wrote: Bool = false) -> BuildReport {
            BuildReport(diagnostics: diagnostics.sorted(), language: loaded.language, stages: stages, fileCount: fileCount, wrote: wrote)
        }
        guard let catalog = loaded.catalog else { return report() }

        let theme = await timed("theme") {
            ThemeLoader(root: root).load(name: catalog.portal.theme, language: catalog.portal.language,
                                         embedded: DefaultTheme.files, diagnostics: &diagnostics)
        }
        let now = options.now ?? .instant(seconds: Int64(Date().timeIntervalSince1970), offsetMinutes: 0)
        let renderer: SiteRenderer
        do {
            renderer = try SiteRenderer(catalog: catalog, theme: theme, options: RenderOptions(now: now), repositoryRoot: root)
        } catch {
            diagnostics.append(.error(SourceLocation(file: "themes/\(catalog.portal.theme)/\(error.template)"), "theme.template", error.message))
            return report()
        }
        if options.checkOnly || diagnostics.contains(where: { $0.severity == .error }) { return report() }

        let derived = await timed("derive") { Derivatives.build(from: catalog, now: now) }
        let pages = await timed("render") {
            await renderer.render(workers: options.workers ?? ProcessInfo.processInfo.activeProcessorCount)
        }
        let artifacts = pages + derived
        do {
            try await timed("write") { try OutputWriter(output: options.output ?? root + "/public").write(artifacts) }
        } catch {
            let message = (error as? OutputWriter.Failure)?.message(loaded.language) ?? String(describing: error)
            diagnostics.append(.error(SourceLocation(file: options.output ?? "public"), "output.write", message))
            return report()
        }
        return report(fileCount: artifacts.count, wrote: true)
    }
}

extension OutputWriter.Failure {
    func message(_ language: Language) -> String {
        switch self {
        case let .duplicatePath(path):
            language.pick("deux fichiers seraient publiés à la même adresse « \(path) »", "two files would be published at '\(path)'")
        case let .unsafePath(path): language.pick("chemin de sortie refusé « \(path) »", "refused output path '\(path)'")
        case let .notKiosqueOutput(path):
            language.pick("le dossier « \(path) » existe et n'a pas été créé par Kiosque : il n'est pas remplacé",
                          "the folder '\(path)' exists and was not made by Kiosque: it is not replaced")
        case let .io(detail): language.pick("écriture impossible : \(detail)", "cannot write: \(detail)")
        }
    }
}
