import Foundation
import Synchronization
import KiosqueDefaultTheme
import KiosqueDigest
import KiosqueDerive
import KiosqueLoad
import KiosqueModel
import KiosqueRender
import KiosqueSearch

/// A site built in memory (`kiosque serve`): its files, sorted by path, and the input key of those that have one.
public struct BuiltSite: Sendable {
    public let artifacts: [Artifact]
    let keys: [String: ContentHash]
    var byPath: [String: Artifact] { Dictionary(artifacts.map { ($0.path, $0) }) { first, _ in first } }

    /// How many of the files were made by this build rather than taken as they were from `previous`: files without
    /// an input key (the pages that read the whole catalogue) are always made again; files copied from the repository
    /// or the cache (data files, derived copies) are not made, only pointed at.
    public func remade(since previous: BuiltSite?) -> Int {
        artifacts.count { artifact in
            guard case .bytes = artifact.body else { return false }
            guard let previous, let key = keys[artifact.path] else { return true }
            return previous.keys[artifact.path] != key
        }
    }
}

/// The build, its stages listed in the order they run: load and validate → theme → derive → render → write.
public enum Site {
    /// Builds the portal and writes it with the one writer; on any error the previous output stays intact.
    ///
    /// With `incremental` (the default), the build cache in `.kiosque/cache/` makes a rebuild redo only what its
    /// changed inputs affect: datasets whose folder, context and Git dates are unchanged are not read again, pages whose
    /// input key is unchanged are not rendered again, and only the files that differ are written. The output is the
    /// one a cold build makes, byte for byte (`IncrementalBuildTests`).
    public static func build(_ options: BuildOptions) async -> BuildReport {
        let buildStart = ContinuousClock.now
        let trace = ProcessInfo.processInfo.environment["KIOSQUE_TRACE"] != nil
        func mark(_ what: String) { if trace { print("trace: \(what) at \(seconds(ContinuousClock.now - buildStart)) s") } }
        let output = OutputWriter(output: options.output ?? options.root + "/public").output
        let ownCache = options.root + "/.kiosque/"
        let cache = options.incremental && !options.checkOnly ? BuildCache.open(root: options.root) : nil
        let incremental = cache.map {
            IncrementalOutput(writer: OutputWriter(output: output), cacheFolder: $0.folder, header: $0.header, linkable: [ownCache])
        }
        if let cache { IncrementalOutput.emptyTrash(cacheFolder: cache.folder) }
        mark("cache opened")
        // The manifests of the output and of the cache's copy are read while the repository loads: only the render and
        // the writer need them.
        let manifests = Task.detached { () -> (current: OutputManifest?, staging: OutputManifest?) in
            (incremental?.currentManifest(), incremental?.stagingManifest())
        }
        var sink: WritingSink?
        var opening: OutputWriter.Failure?
        let leftovers = Leftovers()
        let (report, finished) = await stages(options, cache: cache, leftovers: leftovers, previous: {
            await manifests.value.current.map {
                PreviousOutput(keys: $0.entries.compactMapValues(\.inputKey), folder: output, artifacts: nil)
            }
        }) {
            // The writing starts once the stages know the site can be made (no error so far).
            let (current, staging) = await manifests.value
            do throws(OutputWriter.Failure) {
                if let incremental {
                    sink = try incremental.open(current: current, staging: staging, files: cache?.files, ownCache: ownCache)
                } else {
                    sink = try OutputWriter(output: output).openFresh(previous: nil, linkable: [ownCache], files: nil, ownCache: ownCache)
                }
            } catch {
                opening = error
            }
            mark("sink opened")
            return sink
        }
        mark("stages done")
        let current = await manifests.value.current
        let start = ContinuousClock.now
        var failure = opening.map { Diagnostic.error(SourceLocation(file: options.output ?? "public"), "output.write", $0.message(report.language)) }
        var count = 0
        if finished, let sink, failure == nil {
            do throws(OutputWriter.Failure) {
                if let incremental {
                    let outcome = try incremental.close(sink, current: current)
                    if ProcessInfo.processInfo.environment["KIOSQUE_TRACE"] != nil {
                        print("trace: write \(outcome.mode): \(outcome.written) written, \(outcome.linked) linked, \(outcome.unchanged) unchanged")
                    }
                } else {
                    try OutputWriter(output: output).closeFresh(sink)
                }
                count = sink.count
            } catch {
                failure = .error(SourceLocation(file: options.output ?? "public"), "output.write", error.message(report.language))
            }
        } else if let sink {
            // An error after the writing began: what was written goes, the output stays as it was.
            if let incremental, sink.folder == incremental.stagingFolder { incremental.discard(sink.folder) } else { OutputFiles.removeTree(sink.folder) }
            if let incremental, let twin = sink.twin { incremental.discard(twin) }
        }
        mark("output closed")
        cache?.save()
        mark("cache saved")
        if options.endsProcess {
            // Freed by the exit rather than one object at a time.
            leftovers.keep([current as Any, sink as Any, cache as Any])
            Leftovers.parked.withLock { $0.append(leftovers) }
        }
        let write = BuildReport.Stage(name: "write", seconds: seconds(ContinuousClock.now - start))
        let wrote = finished && failure == nil && sink != nil
        return BuildReport(diagnostics: (report.diagnostics + (failure.map { [$0] } ?? [])).sorted(), language: report.language,
                           stages: report.stages + [write], fileCount: wrote ? count : 0, wrote: wrote)
    }

    /// The stages up to the list of published files, in memory (load and validate → theme → derive → render), for
    /// `kiosque serve`; the site is nil for a check (`checkOnly`) and whenever there is an error. With `previous` (the
    /// last good site it holds), a file whose inputs did not change since is not made again but taken from it, as a
    /// rebuild with the build cache keeps the output's file; and the datasets whose folder did not change are taken
    /// from the build cache. The site is the one a cold build makes.
    public static func site(_ options: BuildOptions, previous: BuiltSite?) async -> (BuildReport, BuiltSite?) {
        let cache = options.incremental && !options.checkOnly ? BuildCache.open(root: options.root) : nil
        let collecting = CollectingSink()
        let earlier = previous.map { PreviousOutput(keys: $0.keys, folder: "", artifacts: $0.byPath) }
        var (report, finished) = await stages(options, cache: cache, leftovers: Leftovers(), previous: { earlier }) { collecting }
        cache?.save()
        guard finished else { return (report, nil) }
        let artifacts = collecting.collected
        do throws(OutputWriter.Failure) {
            try OutputWriter.checkPaths(artifacts)
        } catch {
            report = BuildReport(diagnostics: (report.diagnostics + [.error(SourceLocation(file: options.output ?? "public"), "output.write",
                                                                              error.message(report.language))]).sorted(),
                                 language: report.language, stages: report.stages, fileCount: 0, wrote: false)
            return (report, nil)
        }
        return (report, BuiltSite(artifacts: artifacts, keys: collecting.collectedKeys))
    }

    /// What a build made that the exit may reclaim (`BuildOptions.endsProcess`): kept here until the build returns,
    /// then parked for the rest of the process instead of freed.
    final class Leftovers: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Any] = []
        static let parked = Mutex<[Leftovers]>([])

        func keep(_ more: [Any]) {
            lock.lock()
            values += more
            lock.unlock()
        }
    }

    /// What a previous build left for the next one: the input key of each file it made, and the files themselves
    /// (in memory) or the folder holding them (the output).
    struct PreviousOutput {
        let keys: [String: ContentHash]
        let folder: String
        let artifacts: [String: Artifact]?
    }

    /// The stages, their files handed to the sink that `open` gives once nothing stops the build (load and theme
    /// without error, not a check): derive and render at the same time, every file written as soon as it is made.
    /// True when every stage ran. With `previous` (the current output's manifest), every file that can be is keyed
    /// and those whose key the output already holds are kept as they are instead of made again.
    static func stages(_ options: BuildOptions, cache: BuildCache?, leftovers: Leftovers, previous: () async -> PreviousOutput?,
                       open: () async -> (any ArtifactSink)?) async -> (BuildReport, Bool) {
        var stages: [BuildReport.Stage] = []
        let clock = ContinuousClock()
        let trace = ProcessInfo.processInfo.environment["KIOSQUE_TRACE"] != nil
        func timed<T>(_ name: String, _ work: () async throws -> T) async rethrows -> T {
            let start = clock.now
            defer {
                stages.append(.init(name: name, seconds: seconds(clock.now - start)))
                if trace { print("trace: after \(name): \(memory())") }
            }
            return try await work()
        }
        let root = options.root
        let loaded = await timed("load") {
            await RepositoryLoader(root: root, options: .init(baseURL: options.baseURL, useGit: options.useGit,
                                                                keepVersions: !options.checkOnly,
                                                                derivedFiles: !options.checkOnly, cache: cache)).load()
        }
        leftovers.keep([loaded])
        var diagnostics = loaded.diagnostics
        func report() -> BuildReport {
            BuildReport(diagnostics: diagnostics.sorted(), language: loaded.language, stages: stages, fileCount: 0, wrote: false)
        }
        guard let catalog = loaded.catalog else { return (report(), false) }

        let theme = await timed("theme") {
            ThemeLoader(root: root).load(name: catalog.portal.theme, language: catalog.portal.language,
                                         embedded: DefaultTheme.files, diagnostics: &diagnostics)
        }
        let now = options.now ?? .instant(seconds: Int64(Date().timeIntervalSince1970), offsetMinutes: 0)
        let renderer: SiteRenderer
        do {
            renderer = try SiteRenderer(catalog: catalog, theme: theme, options: RenderOptions(now: now), repositoryRoot: root)
        } catch {
            for error in error.errors {
                diagnostics.append(.error(SourceLocation(file: "themes/\(catalog.portal.theme)/\(error.template)", line: error.line, column: error.column),
                                          "theme.template", error.message, hint: error.hint))
            }
            return (report(), false)
        }
        if options.checkOnly || diagnostics.contains(where: { $0.severity == .error }) { return (report(), false) }
        leftovers.keep([renderer, theme])
        guard let sink = await open() else { return (report(), false) }
        let previous = await previous()

        // The derived files (independent jobs) and the pages are made at the same time, on every core.
        let workers = options.workers ?? ProcessInfo.processInfo.activeProcessorCount
        await timed("derive + render + write") {
            let reuse = cache.map { cache in
                OutputReuse(datasetKeys: cache.datasetKeys, previousKeys: previous?.keys ?? [:], outputFolder: previous?.folder ?? "",
                            salt: cache.toolKey, fragments: cache, previousArtifacts: previous?.artifacts)
            }
            let facets = renderer.facetValues
            // The jobs are listed (the sitemap's pages, each dataset's part of the catalogue…) while the pages render.
            async let derived: [Derivatives.Job] = withTaskGroup(of: Void.self) { group in
                let jobs = Derivatives.jobs(from: catalog, now: now, htmlPages: renderer.pagePaths, reuse: reuse)
                    + [Derivatives.Job(name: "search", artifacts: {
                        SearchIndex.build(from: catalog, cache: cache.map { (datasetKeys: $0.datasetKeys, store: $0) }, facets: facets).artifacts()
                    })]
                for job in jobs {
                    group.addTask {
                        let start = ContinuousClock.now
                        let made = job.make()
                        sink.put(made.artifacts, keys: made.keys)
                        if trace { print("trace: \(job.name) \(seconds(ContinuousClock.now - start)) s") }
                    }
                }
                await group.waitForAll()
                return jobs
            }
            let renderStart = ContinuousClock.now
            await renderer.render(workers: workers, reuse: reuse) { artifacts, keys in sink.put(artifacts, keys: keys) }
            if trace { print("trace: render \(seconds(ContinuousClock.now - renderStart)) s") }
            let jobs = await derived
            leftovers.keep([jobs, reuse as Any, previous as Any])
        }
        return (report(), true)
    }

    /// Resident and peak memory, for `KIOSQUE_TRACE`.
    static func memory() -> String {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        return status.split(separator: "\n").filter { $0.hasPrefix("VmRSS") || $0.hasPrefix("VmHWM") }
            .map { $0.split(whereSeparator: \.isWhitespace).dropFirst().joined(separator: " ") }.joined(separator: " / ")
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
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
