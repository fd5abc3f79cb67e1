import Foundation
import KiosqueDefaultTheme
import KiosqueDerive
import KiosqueLoad
import KiosqueModel
import KiosqueRender
import KiosqueSearch

/// The build, its stages listed in the order they run: load and validate → theme → derive → render → write.
public enum Site {
    /// Builds the portal and writes it with the one writer; on any error the previous output stays intact.
    public static func build(_ options: BuildOptions) async -> BuildReport {
        let (report, artifacts) = await artifacts(options)
        guard let artifacts else { return report }
        let output = options.output ?? options.root + "/public"
        let start = ContinuousClock.now
        var failure: Diagnostic?
        do throws(OutputWriter.Failure) {
            try OutputWriter(output: output).write(artifacts)
        } catch {
            failure = .error(SourceLocation(file: options.output ?? "public"), "output.write", error.message(report.language))
        }
        let elapsed = ContinuousClock.now - start
        let write = BuildReport.Stage(name: "write",
                                      seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        return BuildReport(diagnostics: (report.diagnostics + (failure.map { [$0] } ?? [])).sorted(), language: report.language,
                           stages: report.stages + [write], fileCount: failure == nil ? artifacts.count : 0, wrote: failure == nil)
    }

    /// The stages up to the list of published files, in memory: load and validate → theme → derive → render.
    /// The artifacts are nil for a check (`checkOnly`) and whenever there is an error; `kiosque serve` uses this.
    public static func artifacts(_ options: BuildOptions) async -> (BuildReport, [Artifact]?) {
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
            await RepositoryLoader(root: root, options: .init(baseURL: options.baseURL, useGit: options.useGit,
                                                                keepVersions: !options.checkOnly,
                                                                derivedFiles: !options.checkOnly)).load()
        }
        var diagnostics = loaded.diagnostics
        func report() -> BuildReport {
            BuildReport(diagnostics: diagnostics.sorted(), language: loaded.language, stages: stages, fileCount: 0, wrote: false)
        }
        guard let catalog = loaded.catalog else { return (report(), nil) }

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
            return (report(), nil)
        }
        if options.checkOnly || diagnostics.contains(where: { $0.severity == .error }) { return (report(), nil) }

        let derived = await timed("derive") {
            Derivatives.build(from: catalog, now: now, htmlPages: renderer.pagePaths) + SearchIndex.build(from: catalog).artifacts()
        }
        let pages = await timed("render") {
            await renderer.render(workers: options.workers ?? ProcessInfo.processInfo.activeProcessorCount)
        }
        let artifacts = pages + derived
        do throws(OutputWriter.Failure) {
            try OutputWriter.checkPaths(artifacts)
        } catch {
            diagnostics.append(.error(SourceLocation(file: options.output ?? "public"), "output.write", error.message(loaded.language)))
            return (report(), nil)
        }
        return (report(), artifacts)
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
