import Foundation
import KiosqueDefaultTheme
import KiosqueDigest
import KiosqueDerive
import KiosqueLoad
import KiosqueModel
import KiosqueRender
import KiosqueSearch

/// The build, its stages listed in the order they run: load and validate → theme → derive → render → write.
public enum Site {
    /// Builds the portal and writes it with the one writer; on any error the previous output stays intact.
    ///
    /// With `incremental` (the default), the build cache in `.kiosque/cache/` makes a rebuild redo only what its
    /// changed inputs affect: datasets whose folder, context and Git dates are unchanged are not read again, pages whose
    /// input key is unchanged are not rendered again, and only the files that differ are written. The output is the
    /// one a cold build makes, byte for byte (`IncrementalBuildTests`).
    public static func build(_ options: BuildOptions) async -> BuildReport {
        let output = OutputWriter(output: options.output ?? options.root + "/public").output
        let cache = options.incremental && !options.checkOnly ? BuildCache.open(root: options.root) : nil
        let incremental = cache.map {
            IncrementalOutput(writer: OutputWriter(output: output), cacheFolder: $0.folder, header: $0.header,
                              linkable: [options.root + "/.kiosque/"])
        }
        if let cache { IncrementalOutput.emptyTrash(cacheFolder: cache.folder) }
        let current = incremental?.currentManifest()
        let previous = current.map { (keys: $0.entries.compactMapValues(\.inputKey), output: output) } ?? ([:], "")
        let (report, rendered) = await stages(options, cache: cache, pages: cache == nil ? nil : previous)
        guard let rendered else {
            cache?.save()
            return report
        }
        let artifacts = rendered.artifacts
        let start = ContinuousClock.now
        var failure: Diagnostic?
        do throws(OutputWriter.Failure) {
            if let cache, let incremental {
                let files = await planned(artifacts, keys: rendered.keys, output: output, current: current, cache: cache, root: options.root)
                _ = try incremental.write(files, current: current)
            } else {
                try OutputWriter.checkPaths(artifacts)
                try OutputWriter(output: output).writeFresh(artifacts.map { PlannedFile(artifact: $0, identity: .zero, inputKey: nil) },
                                                            previous: nil, linkable: [options.root + "/.kiosque/"])
            }
        } catch {
            failure = .error(SourceLocation(file: options.output ?? "public"), "output.write", error.message(report.language))
        }
        cache?.save()
        let elapsed = ContinuousClock.now - start
        let write = BuildReport.Stage(name: "write", seconds: seconds(elapsed))
        return BuildReport(diagnostics: (report.diagnostics + (failure.map { [$0] } ?? [])).sorted(), language: report.language,
                           stages: report.stages + [write], fileCount: failure == nil ? artifacts.count : 0, wrote: failure == nil)
    }

    /// The stages up to the list of published files, in memory: load and validate → theme → derive → render.
    /// The artifacts are nil for a check (`checkOnly`) and whenever there is an error; `kiosque serve` uses this.
    public static func artifacts(_ options: BuildOptions) async -> (BuildReport, [Artifact]?) {
        let cache = options.incremental && !options.checkOnly ? BuildCache.open(root: options.root) : nil
        let (report, rendered) = await stages(options, cache: cache, pages: nil)
        cache?.save()
        return (report, rendered?.artifacts)
    }

    /// With `pages`, every page that can be is keyed (`PageKind.inputKey`) and those whose key is the one the current
    /// output's page was rendered from (`pages.keys`) are copied from `pages.output` instead of rendered.
    static func stages(_ options: BuildOptions, cache: BuildCache?, pages previous: (keys: [String: ContentHash], output: String)?)
        async -> (BuildReport, (artifacts: [Artifact], keys: [String: ContentHash])?) {
        var stages: [BuildReport.Stage] = []
        let clock = ContinuousClock()
        func timed<T>(_ name: String, _ work: () async throws -> T) async rethrows -> T {
            let start = clock.now
            defer { stages.append(.init(name: name, seconds: seconds(clock.now - start))) }
            return try await work()
        }
        let root = options.root
        let loaded = await timed("load") {
            await RepositoryLoader(root: root, options: .init(baseURL: options.baseURL, useGit: options.useGit,
                                                                keepVersions: !options.checkOnly,
                                                                derivedFiles: !options.checkOnly, cache: cache)).load()
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

        // The derived files (independent jobs) and the pages are made at the same time, on every core.
        let workers = options.workers ?? ProcessInfo.processInfo.activeProcessorCount
        let (pages, derived) = await timed("derive + render") {
            let reuse = cache.flatMap { cache in
                previous.map {
                    OutputReuse(datasetKeys: cache.datasetKeys, previousKeys: $0.keys, outputFolder: $0.output, salt: cache.toolKey,
                                fragments: cache)
                }
            }
            let jobs = Derivatives.jobs(from: catalog, now: now, htmlPages: renderer.pagePaths, reuse: reuse)
                + [Derivatives.Job(name: "search", artifacts: {
                    SearchIndex.build(from: catalog, cache: cache.map { (datasetKeys: $0.datasetKeys, store: $0) }).artifacts()
                })]
            async let derived = withTaskGroup(of: KeyedArtifacts.self) { group in
                let trace = ProcessInfo.processInfo.environment["KIOSQUE_TRACE"] != nil
                for job in jobs {
                    group.addTask {
                        let start = ContinuousClock.now
                        let made = job.make()
                        if trace { print("trace: \(job.name) \(seconds(ContinuousClock.now - start)) s") }
                        return made
                    }
                }
                var all = KeyedArtifacts()
                for await part in group {
                    all.artifacts += part.artifacts
                    all.keys.merge(part.keys) { first, _ in first }
                }
                return all
            }
            let pages: (artifacts: [Artifact], keys: [String: ContentHash])
            let renderStart = ContinuousClock.now
            defer {
                if ProcessInfo.processInfo.environment["KIOSQUE_TRACE"] != nil { print("trace: render \(seconds(ContinuousClock.now - renderStart)) s") }
            }
            if let reuse {
                pages = await renderer.render(workers: workers, reuse: reuse)
            } else {
                pages = (await renderer.render(workers: workers), [:])
            }
            return (pages, await derived)
        }
        let artifacts = pages.artifacts + derived.artifacts
        do throws(OutputWriter.Failure) {
            try OutputWriter.checkPaths(artifacts)
        } catch {
            diagnostics.append(.error(SourceLocation(file: options.output ?? "public"), "output.write", error.message(loaded.language)))
            return (report(), nil)
        }
        return (report(), (artifacts, pages.keys.merging(derived.keys) { first, _ in first }))
    }

    /// Each artifact with its identity: the content hash of its bytes; for a page left as it is, the identity the
    /// manifest gives; for a repository file, its content hash (remembered by stamp, like the load's); for a file of
    /// Kiosque's cache (derived files, previous versions), which is never changed in place, its path and stamp.
    static func planned(_ artifacts: [Artifact], keys: [String: ContentHash], output: String, current: OutputManifest?,
                        cache: BuildCache, root: String) async -> [PlannedFile] {
        let kept = output + "/"
        let ownCache = root + "/.kiosque/"
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let parts = await withTaskGroup(of: (Int, [PlannedFile]).self) { group in
            for worker in 0..<workers {
                group.addTask {
                    (worker, stride(from: worker, to: artifacts.count, by: workers).map { position in
                        let artifact = artifacts[position]
                        var identity: ContentHash
                        switch artifact.body {
                        case let .bytes(bytes):
                            identity = ContentHash.of(bytes)
                        case let .copy(source):
                            if source == kept + artifact.path, let entry = current?.entries[artifact.path] {
                                identity = entry.identity
                            } else if let stamp = FileStamp.of(source) {
                                var hasher = ContentHasher()
                                if !source.hasPrefix(ownCache), let content = cache.files.hash(source, stamp: stamp) {
                                    hasher.update("content")
                                    hasher.update(content)
                                } else {
                                    hasher.update("stamp")
                                    hasher.update(source)
                                    var w = ByteWriter(capacity: 64)
                                    stamp.write(&w)
                                    hasher.update(w.bytes)
                                }
                                identity = hasher.finish()
                            } else {
                                identity = .zero
                            }
                        }
                        return PlannedFile(artifact: artifact, identity: identity, inputKey: keys[artifact.path])
                    })
                }
            }
            var all: [(Int, [PlannedFile])] = []
            for await part in group { all.append(part) }
            return all
        }
        var files = [PlannedFile?](repeating: nil, count: artifacts.count)
        for (worker, list) in parts {
            for (offset, file) in list.enumerated() { files[worker + offset * workers] = file }
        }
        return files.compactMap { $0 }
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
