import Foundation
import Hummingbird
import KiosqueBuild
import KiosqueModel

/// `kiosque serve`: the portal built in memory and served on 127.0.0.1, rebuilt when the repository changes.
///
/// ```
/// RepositoryWatcher (poll data/ site/ themes/) ─▶ Site.site (in memory) ───────▶ PreviewState ─▶ PreviewResponder
///                                                                               (last good site,  (HTTP, Hummingbird)
///                                                                                errors, generation) ─▶ /_kiosque/events
/// ```
/// A rebuild redoes only what the change touches: datasets whose folder did not change come from the build cache
/// (`.kiosque/cache/`), and files whose inputs did not change are taken from the last good site (`Site.site`).
/// The server keeps answering from the previous build while a new one runs. A failed build keeps the last good
/// site in place and lays a panel listing the errors over its pages; before any good build, an error page.
public struct PreviewServer: Sendable {
    /// What happened, for the terminal.
    public enum Event: Sendable {
        /// The server listens at this URL (`http://127.0.0.1:8000/`); the first build has finished.
        case ready(url: String, language: Language)
        /// A build started because these repository files changed (empty for the first build).
        case rebuilding(changed: [String])
        /// A build succeeded; the pages now show it. `remade` files were made (pages and machine-readable files), the
        /// others taken as they were from the previous build or copied from the repository.
        case built(BuildReport, fileCount: Int, remade: Int)
        /// A build failed; the pages show its errors over the last good site.
        case failed(BuildReport)
    }

    public var options: BuildOptions
    /// 0 picks a free port.
    public var port: Int
    public var pollInterval: Duration
    public var eventStreamLifetime: Duration

    public init(options: BuildOptions, port: Int = 8000, pollInterval: Duration = .milliseconds(300),
                eventStreamLifetime: Duration = .seconds(25)) {
        self.options = options
        self.port = port
        self.pollInterval = pollInterval
        self.eventStreamLifetime = eventStreamLifetime
    }

    /// Listens on 127.0.0.1, builds, then watches and rebuilds until the task is cancelled.
    /// - Throws: when the port cannot be bound.
    public func run(_ report: @escaping @Sendable (Event) async -> Void) async throws {
        let state = PreviewState()
        let (ports, portFound) = AsyncStream.makeStream(of: Int.self)
        let requested = port
        var application = Application(
            responder: PreviewResponder(state: state, eventStreamLifetime: eventStreamLifetime),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: requested), serverName: "kiosque serve"),
            onServerRunning: { channel in
                portFound.yield(channel.localAddress?.port ?? requested)
                portFound.finish()
            })
        // Stopping the server cancels its tasks, which Hummingbird logs as errors: only the terminal's own lines are wanted.
        application.logger.logLevel = .critical
        let app = application
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            group.addTask {
                var iterator = ports.makeAsyncIterator()
                guard let port = await iterator.next() else { return }
                try await watch(state, url: "http://127.0.0.1:\(port)/", report)
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Builds once, then rebuilds whenever a watched file changes. Changes made during a build are seen by the
    /// next poll, because each build starts from the snapshot taken before it.
    private func watch(_ state: PreviewState, url: String, _ report: @escaping @Sendable (Event) async -> Void) async throws {
        let watcher = RepositoryWatcher(root: options.root)
        var options = self.options
        // Canonical URLs, feeds and the 404 page's links point at the preview, not at the published site.
        options.baseURL = url
        options.checkOnly = false
        var last = watcher.snapshot()
        var site: BuiltSite?
        let language = await build(options, state, &site, report)
        await report(.ready(url: url, language: language))
        while true {
            try await Task.sleep(for: pollInterval)
            let now = watcher.snapshot()
            guard now != last else { continue }
            let changed = RepositoryWatcher.changes(from: last, to: now)
            last = now
            await report(.rebuilding(changed: changed))
            await build(options, state, &site, report)
        }
    }

    @discardableResult
    private func build(_ options: BuildOptions, _ state: PreviewState, _ site: inout BuiltSite?,
                       _ report: @escaping @Sendable (Event) async -> Void) async -> Language {
        let (result, built) = await Site.site(options, previous: site)
        if let built {
            await state.publish(built.artifacts, language: result.language)
            await report(.built(result, fileCount: built.artifacts.count, remade: site == nil ? built.artifacts.count : built.remade(since: site)))
            site = built
        } else {
            await state.fail(result.diagnostics, language: result.language)
            await report(.failed(result))
        }
        return result.language
    }
}
