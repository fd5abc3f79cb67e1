import Foundation
import KiosqueBuild
import KiosqueModel
@testable import KiosqueServe
import Testing

/// `kiosque serve`: a real server on 127.0.0.1, spoken to over loopback; the repository edited while it runs.
@Suite struct ServeTests {
    /// A running preview of a fixture portal, stopped by `stop()`.
    struct Running {
        let port: Int
        let task: Task<Void, any Error>

        /// Starts the server on a free port and waits (at most 180 s, the first build included, on a loaded machine) until it is ready.
        static func start(_ fixture: PortalFixture) async throws -> Running {
            let server = PreviewServer(options: BuildOptions(root: fixture.root.path, now: DateStamp.parse("2026-11-22"), useGit: false),
                                       port: 0, pollInterval: .milliseconds(100), eventStreamLifetime: .seconds(5))
            let (events, found) = AsyncStream.makeStream(of: PreviewServer.Event.self)
            let task = Task { try await server.run { found.yield($0) } }
            let port = try await withThrowingTaskGroup(of: Int?.self) { group in
                group.addTask {
                    for await event in events {
                        if case let .ready(url, _) = event { return Int(url.split(separator: ":").last?.dropLast() ?? "") }
                    }
                    return nil
                }
                group.addTask {
                    try await Task.sleep(for: .seconds(180))
                    return nil
                }
                let first = try await group.next() ?? nil
                group.cancelAll()
                return first
            }
            guard let port else {
                task.cancel()
                throw ServeTestFailure.notReady
            }
            return Running(port: port, task: task)
        }

        func get(_ path: String) async throws -> LoopbackHTTP.Response { try await LoopbackHTTP.get(port: port, path) }

        /// GETs `path` every 100 ms until `accept` holds, for at most `seconds`; returns the last response.
        func poll(_ path: String, seconds: Double = 120, until accept: (LoopbackHTTP.Response) -> Bool) async throws -> LoopbackHTTP.Response {
            let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
            var response = try await get(path)
            while !accept(response), ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
                // A request that gets no answer while a rebuild holds the machine is asked again.
                if let next = try? await get(path) { response = next }
            }
            return response
        }

        func stop() async {
            task.cancel()
            _ = await task.result
        }
    }

    enum ServeTestFailure: Error { case notReady }

    @Test func servesTheSiteFromMemoryRebuildsOnChangeAndShowsErrors() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let server = try await Running.start(fixture)
        defer { Task { await server.stop() } }

        let home = try await server.get("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.text.contains("Données ouvertes de Fixtureville"))
        #expect(home.text.contains("<script src=\"/_kiosque/reload.js\" data-generation=\"1\"></script>\n</body>"))
        let page = try await server.get("/datasets/budget/")
        #expect(page.status == 200)
        #expect(page.text.contains("<title>Budget primitif 2024"))
        // A folder without its final slash is redirected, so that relative links resolve.
        let redirect = try await server.get("/datasets/budget")
        #expect(redirect.status == 301 && redirect.headers["location"] == "/datasets/budget/")
        // Data files are streamed from the repository, byte for byte, with their media type.
        let csv = try await server.get("/datasets/budget/budget-2024.csv")
        #expect(csv.status == 200 && csv.headers["content-type"] == "text/csv")
        #expect(Data(csv.body) == (try Data(contentsOf: fixture.root.appendingPathComponent("data/budget/budget-2024.csv"))))
        #expect(try await server.get("/catalog.jsonld").headers["content-type"] == "application/ld+json; charset=utf-8")
        let missing = try await server.get("/nulle-part/")
        #expect(missing.status == 404 && missing.text.contains("/_kiosque/reload.js"))
        let script = try await server.get("/_kiosque/reload.js")
        #expect(script.status == 200 && script.text.contains("EventSource(\"/_kiosque/events\")"))
        let events = try await LoopbackHTTP.get(port: server.port, "/_kiosque/events") { String(decoding: $0, as: UTF8.self).contains("data: 1\n\n") }
        #expect(events.headers["content-type"] == "text/event-stream" && events.text.contains("data: 1\n\n"))

        // Edit the title: the new page is served without a restart.
        let descriptor = "data/budget/dataset.yaml"
        let original = text(fixture.root.appendingPathComponent(descriptor))
        try fixture.write(descriptor, original.replacingOccurrences(of: "title: Budget primitif 2024", with: "title: Budget rectifié 2024"))
        let edited = try await server.poll("/datasets/budget/") { $0.text.contains("<title>Budget rectifié 2024") }
        #expect(edited.text.contains("<title>Budget rectifié 2024"))
        #expect(!edited.text.contains("kiosque-serve-errors"))

        // Break the YAML: the last good page stays, with the build's errors laid over it, escaped.
        let broken = original.replacingOccurrences(of: "title: Budget primitif 2024", with: "title: [Budget rectifié 2024")
        try fixture.write(descriptor, broken)
        let expected = await fixture.check().diagnostics.filter { $0.severity == .error }
        #expect(!expected.isEmpty)
        let failed = try await server.poll("/datasets/budget/") { $0.text.contains("kiosque-serve-errors") }
        #expect(failed.status == 200)
        #expect(failed.text.contains("<title>Budget rectifié 2024"))
        for diagnostic in expected {
            #expect(failed.text.contains(LiveReload.escape(diagnostic.formatted(in: .fr))), "\(diagnostic.formatted(in: .fr))")
        }
        #expect(failed.text.contains("<pre>data/budget/dataset.yaml:"))
        #expect(try await server.get("/").text.contains("kiosque-serve-errors"))

        // Fixed again: the errors are gone.
        try fixture.write(descriptor, original)
        let fixed = try await server.poll("/datasets/budget/") { !$0.text.contains("kiosque-serve-errors") }
        #expect(fixed.text.contains("<title>Budget primitif 2024"))

        await server.stop()
        await #expect(throws: LoopbackHTTP.Failure.self) { try await server.get("/") }
    }

    @Test func beforeAnyGoodBuildEveryPageIsTheErrorPage() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let portal = text(fixture.root.appendingPathComponent("site/portal.yaml"))
        try fixture.write("site/portal.yaml", "title: <Portail>\nlanguage: fr\nlanguage: en\n")
        let server = try await Running.start(fixture)
        defer { Task { await server.stop() } }
        let page = try await server.get("/datasets/budget/")
        #expect(page.status == 500)
        #expect(page.text.contains("<pre>site/portal.yaml:3:1: erreur: la clé « language » est en double"))
        #expect(page.text.contains("/_kiosque/reload.js"))
        try fixture.write("site/portal.yaml", portal.replacingOccurrences(of: "title: Données ouvertes de Fixtureville", with: "title: Portail réparé"))
        let repaired = try await server.poll("/") { $0.status == 200 }
        #expect(repaired.status == 200 && repaired.text.contains("<title>Portail réparé"), "\(repaired.text)")
        await server.stop()
    }

    @Test func builtFilesNeverCarryTheReloadScript() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        #expect(await fixture.build().wrote)
        for (path, data) in snapshot(of: fixture.output) where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("_kiosque"), "\(path)")
        }
    }

    @Test func lookupFollowsTheWaysAStaticHostServesFolders() {
        let site = PreviewSite([Artifact(path: "index.html", text: "home"), Artifact(path: "datasets/index.html", text: "list"),
                                Artifact(path: "datasets/budget/budget 2024.csv", body: .copy(sourcePath: "/x.csv")),
                                Artifact(path: "404.html", text: "404")])
        #expect(site.lookup("/") == .file(path: "index.html", body: .bytes(Array("home".utf8))))
        #expect(site.lookup("/datasets/") == .file(path: "datasets/index.html", body: .bytes(Array("list".utf8))))
        #expect(site.lookup("/datasets") == .redirect(to: "/datasets/"))
        #expect(site.lookup("/datasets/budget/budget 2024.csv") == .file(path: "datasets/budget/budget 2024.csv", body: .copy(sourcePath: "/x.csv")))
        #expect(site.lookup("/datasets/budget/") == .notFound)
        #expect(site.lookup("/../etc/passwd") == .notFound)
        #expect(site.lookup("/index.html/") == .notFound)
    }

    @Test func theSnippetGoesBeforeTheLastClosingBody() {
        let page = Array("<html><body><p>&lt;/body&gt;</p></BODY></html>".utf8)
        let served = String(decoding: LiveReload.inject(into: page, generation: 7, failure: nil, language: .fr), as: UTF8.self)
        #expect(served.hasSuffix("<script src=\"/_kiosque/reload.js\" data-generation=\"7\"></script>\n</BODY></html>"))
        let bare = String(decoding: LiveReload.inject(into: Array("fragment".utf8), generation: 1, failure: nil, language: .fr), as: UTF8.self)
        #expect(bare.hasPrefix("fragment") && bare.contains("reload.js"))
        let diagnostic = Diagnostic.error(SourceLocation(file: "data/<x>/dataset.yaml", line: 2, column: 3), "test", "« <script> » & 'co'")
        let panel = String(decoding: LiveReload.inject(into: page, generation: 2, failure: [diagnostic], language: .fr), as: UTF8.self)
        #expect(panel.contains("<pre>data/&lt;x&gt;/dataset.yaml:2:3: erreur: « &lt;script&gt; » &amp; &#39;co&#39;</pre>"))
        #expect(!panel.contains("<script> »"))
    }

    @Test func theWatcherSeesDataSiteAndThemesButNotTheOutput() throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let watcher = RepositoryWatcher(root: fixture.root.path)
        let before = watcher.snapshot()
        #expect(before["data/budget/dataset.yaml"] != nil && before["site/portal.yaml"] != nil)
        try fixture.write("public/index.html", "x")
        try fixture.write(".kiosque/derived/x", "x")
        try fixture.write("data/budget/.dataset.yaml.swp", "x")
        try fixture.write("data/budget/dataset.yaml~", "x")
        #expect(watcher.snapshot() == before)
        try fixture.write("themes/default/templates/home.mustache", "x")
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("site/pages/mentions-legales.md"))
        #expect(RepositoryWatcher.changes(from: before, to: watcher.snapshot())
            == ["site/pages/mentions-legales.md", "themes/default/templates/home.mustache"])
    }
}
