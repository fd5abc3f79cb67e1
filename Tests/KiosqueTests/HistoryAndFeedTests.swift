import Foundation
import KiosqueActivity
import KiosqueLoad
import KiosqueModel
import KiosqueTestSupport
import Testing

/// A fixture repository with several commits: the history of each dataset (files, row deltas, previous versions kept
/// downloadable), the events of the home page and of `feed.atom`, read by a feed parser.
@Suite struct HistoryAndFeedTests {
    static let original = "id,essence,hauteur,lat,lon\n1,Platane,12.5,47.9,1.9\n2,\"Tilleul, à petites feuilles\",8,47.91,1.91\n3,Chêne,20,47.92,1.92\n"
    static let spring = original + "4,Érable,6,47.93,1.93\n5,Charme,7,47.94,1.94\n"
    static let summer = "id,essence,hauteur,lat,lon\n1,Platane,12.5,47.9,1.9\n3,Chêne,20,47.92,1.92\n4,Érable,6,47.93,1.93\n5,Charme,7,47.94,1.94\n"

    /// The basic fixture, committed four times.
    static func repository() throws -> PortalFixture {
        let fixture = try PortalFixture("basic")
        let repository = GitRepository(root: fixture.root)
        try repository.git(["init", "-q"])
        let portal = text(fixture.root.appendingPathComponent("site/portal.yaml"))
        try fixture.write("site/portal.yaml", portal + "history:\n  versions: 2\n")
        try fixture.write("data/arbres/arbres.csv", original)
        try repository.commitAll("Premier dépôt", date: "2024-01-10T09:00:00+01:00")
        try fixture.write("data/arbres/arbres.csv", spring)
        try repository.commitAll("Inventaire de printemps", date: "2024-03-05T10:00:00+01:00")
        try fixture.write("site/reuses/appli-arbres.yaml", "title: L'appli des arbres\nurl: https://appli.example/\ntype: application\ndatasets: [arbres]\n")
        try repository.commitAll("Nouvelle réutilisation", date: "2024-04-20T11:00:00+02:00")
        try fixture.write("data/arbres/arbres.csv", summer)
        try fixture.write("data/arbres/notes.txt", "Arbre n° 2 abattu en juin.\n")
        try repository.commitAll("Arbres abattus", date: "2024-06-15T16:30:00+02:00")
        return fixture
    }

    @Test func gitHistoryHasEveryCommitWithItsFilesAndLineCounts() async throws {
        let fixture = try Self.repository()
        defer { fixture.remove() }
        let history = GitHistory.read(repository: fixture.root.path).history
        #expect(history.commits.map(\.subject) == ["Arbres abattus", "Nouvelle réutilisation", "Inventaire de printemps", "Premier dépôt"])
        let arbres = history.commits(under: "data/arbres")
        #expect(arbres.count == 3)
        let summer = try #require(arbres.first)
        #expect(summer.date == DateStamp.parse("2024-06-15T16:30:00+02:00"))
        let csv = try #require(summer.changes.first { $0.path == "data/arbres/arbres.csv" })
        #expect(csv.status == .modified)
        #expect(csv.rowDelta?.added == 0 && csv.rowDelta?.removed == 1)
        #expect(summer.changes.first { $0.path == "data/arbres/notes.txt" }?.status == .added)
        let spring = arbres[1]
        #expect(spring.changes.first?.rowDelta?.added == 2 && spring.changes.first?.rowDelta?.removed == 0)
        // The first commit: the header is not a row.
        let first = try #require(arbres.last?.changes.first { $0.path == "data/arbres/arbres.csv" })
        #expect(first.status == .added && first.rowDelta?.added == 3)
        #expect(history.commits[1].changes.map(\.path) == ["site/reuses/appli-arbres.yaml"])
    }

    @Test func datasetPagesShowTheirHistoryAndKeepPreviousVersions() async throws {
        let fixture = try Self.repository()
        defer { fixture.remove() }
        let report = await fixture.build(now: "2024-07-01", useGit: true)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let page = text(fixture.output.appendingPathComponent("datasets/arbres/index.html"))
        #expect(page.contains("Historique des modifications"))
        #expect(page.contains("Arbres abattus"))
        #expect(page.contains("arbres.csv : modifié, 1 ligne(s) supprimée(s)"))
        #expect(page.contains("arbres.csv : modifié, 2 ligne(s) ajoutée(s)"))
        #expect(page.contains("notes.txt : ajouté"))
        #expect(page.contains("<time datetime=\"2024-06-15\">15 juin 2024</time>"))
        // history.versions: 2 — the two versions before the current one, downloadable, byte for byte.
        let versions = try FileManager.default.contentsOfDirectory(atPath: fixture.output.appendingPathComponent("datasets/arbres/versions").path).sorted()
        #expect(versions.count == 2)
        #expect(versions.first?.hasPrefix("2024-01-10-") == true && versions.last?.hasPrefix("2024-03-05-") == true)
        let january = try String(contentsOf: fixture.output.appendingPathComponent("datasets/arbres/versions/\(versions[0])/arbres.csv"), encoding: .utf8)
        let march = try String(contentsOf: fixture.output.appendingPathComponent("datasets/arbres/versions/\(versions[1])/arbres.csv"), encoding: .utf8)
        #expect(january == Self.original && march == Self.spring)
        #expect(page.contains("href=\"versions/\(versions[1])/arbres.csv\""))
        // The current file is published as it is, not as a version.
        #expect(text(fixture.output.appendingPathComponent("datasets/arbres/arbres.csv")) == Self.summer)
        // The blobs came out of Git once, into the cache.
        #expect(FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent(".kiosque/history").path))
    }

    @Test func theFeedListsNewsAndWhatChanged() async throws {
        let fixture = try Self.repository()
        defer { fixture.remove() }
        _ = await fixture.build(now: "2024-07-01", useGit: true)
        let data = try Data(contentsOf: fixture.output.appendingPathComponent("feed.atom"))
        let feed = AtomFeedReader.read(data)
        #expect(feed.error == nil)
        #expect(feed.feedTitle == "Données ouvertes de Fixtureville : nouveautés")
        #expect(feed.feedID == "https://data.fixtureville.example/portail/feed.atom")
        #expect(feed.links["self"] == "https://data.fixtureville.example/portail/feed.atom")
        #expect(feed.language == "fr")
        let titles = feed.entries.map(\.title)
        #expect(titles.first == "Mise à jour : Arbres d'alignement")
        #expect(feed.feedUpdated == feed.entries.first?.updated)
        #expect(feed.entries.first?.updated == "2024-06-15T16:30:00+02:00")
        #expect(titles.filter { $0 == "Mise à jour : Arbres d'alignement" }.count == 2)
        #expect(titles.contains("Nouveau jeu de données : Arbres d'alignement"))
        #expect(titles.contains("Nouveau jeu de données : Quartiers"))
        #expect(titles.contains("Nouvelle réutilisation : L'appli des arbres"))
        #expect(titles.contains("Nouvelle réutilisation : La carte des arbres"))
        #expect(titles.contains("Ouverture du portail"))
        // The descriptor's own dates: budget published on 15 January, updated on 2 March (no file detail).
        #expect(titles.contains("Mise à jour : Budget primitif 2024"))
        let update = try #require(feed.entries.first)
        #expect(update.link == "https://data.fixtureville.example/portail/datasets/arbres/#historique")
        #expect(update.content.contains("<li>arbres.csv : modifié, 1 ligne(s) supprimée(s)</li>"))
        #expect(update.content.contains("<p>Arbres abattus</p>"))
        #expect(update.category == "dataset-updated")
        #expect(Set(feed.entries.map(\.id)).count == feed.entries.count)
        // Dates are in order, newest first.
        let dates = feed.entries.map(\.updated).compactMap(DateStamp.parse)
        #expect(dates == dates.sorted(by: >))
        #expect(dates.count == feed.entries.count)
        // The home page shows the latest events and links to the feed.
        let home = text(fixture.output.appendingPathComponent("index.html"))
        #expect(home.contains("Ce qui a changé"))
        #expect(home.contains("<li class=\"event event-dataset-updated\"><span class=\"event-kind\">Mise à jour</span> <a href=\"datasets/arbres/#historique\">"))
        #expect(home.contains("href=\"feed.atom\""))
    }

    /// The same feed through feedparser, the reference Python feed parser (Debian's python3-feedparser, which
    /// `scripts/install-deps` installs; `KIOSQUE_FEEDPARSER_PYTHON` names another Python that has it). Skipped when
    /// it is missing, except under CI=true, where that is a failure.
    @Test(.enabled(if: HistoryAndFeedTests.feedparserPython != nil || SharedFolder.isCI)) func feedparserReadsTheFeed() async throws {
        #expect(Self.feedparserPython != nil, "feedparser is missing: run scripts/install-deps (python3-feedparser)")
        guard Self.feedparserPython != nil else { return }
        let fixture = try Self.repository()
        defer { fixture.remove() }
        _ = await fixture.build(now: "2024-07-01", useGit: true)
        let script = """
        import feedparser, json, sys
        d = feedparser.parse(sys.argv[1])
        print(json.dumps({"bozo": d.bozo, "version": d.version, "title": d.feed.title,
                          "entries": [{"title": e.title, "link": e.link, "id": e.id, "updated": e.updated} for e in d.entries]}))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.feedparserPython))
        process.arguments = ["-c", script, fixture.output.appendingPathComponent("feed.atom").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(parsed["bozo"] as? Int == 0 || parsed["bozo"] as? Bool == false)
        #expect(parsed["version"] as? String == "atom10")
        let entries = try #require(parsed["entries"] as? [[String: Any]])
        #expect(entries.first?["title"] as? String == "Mise à jour : Arbres d'alignement")
        #expect(entries.count == AtomFeedReader.read(try Data(contentsOf: fixture.output.appendingPathComponent("feed.atom"))).entries.count)
    }

    static let feedparserPython: String? = {
        var candidates: [String] = []
        if let configured = ProcessInfo.processInfo.environment["KIOSQUE_FEEDPARSER_PYTHON"], !configured.isEmpty { candidates.append(configured) }
        candidates += ["/usr/bin/python3", "/usr/local/bin/python3"]
        for python in candidates where FileManager.default.isExecutableFile(atPath: python) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-c", "import feedparser"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { continue }
            process.waitUntilExit()
            if process.terminationStatus == 0 { return python }
        }
        return nil
    }()

    @Test func withoutGitEventsComeFromTheDescriptors() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let catalog = try #require(await RepositoryLoader(root: fixture.root.path, options: .init(useGit: false)).load().catalog)
        let events = ActivityLog.events(catalog)
        #expect(events.map(\.kind) == [.news, .reuseAdded, .datasetUpdated, .datasetPublished])
        #expect(events.map(\.subject) == ["2024-05-02-ouverture", "carte-arbres", "budget", "budget"])
    }
}
