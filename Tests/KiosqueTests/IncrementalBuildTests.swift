import Foundation
@testable import KiosqueBuild
import KiosqueDigest
import KiosqueLoad
import KiosqueModel
@testable import KiosqueRender
import KiosqueSchema
import Testing

/// A rebuild with the cache of `.kiosque/cache/` redoes only what an edit affects, and publishes exactly the site a
/// cold build of the edited repository publishes: every file, byte for byte.
@Suite struct IncrementalBuildTests {
    /// Builds `fixture` with its cache into `public/`, then cold (no cache read or written) into a second folder, and
    /// expects the same files with the same bytes.
    func expectSameAsCold(_ fixture: PortalFixture, now: String = "2026-11-22", useGit: Bool = false,
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        let incremental = await Site.build(BuildOptions(root: fixture.root.path, output: fixture.output.path, now: DateStamp.parse(now),
                                                        useGit: useGit))
        #expect(!incremental.hasErrors, "\(incremental.diagnostics)", sourceLocation: sourceLocation)
        let coldOutput = fixture.root.appendingPathComponent("public-cold")
        try? FileManager.default.removeItem(at: coldOutput)
        let cold = await Site.build(BuildOptions(root: fixture.root.path, output: coldOutput.path, now: DateStamp.parse(now),
                                                 useGit: useGit, incremental: false))
        #expect(!cold.hasErrors, sourceLocation: sourceLocation)
        let built = snapshot(of: fixture.output), expected = snapshot(of: coldOutput)
        #expect(built.count > 10, sourceLocation: sourceLocation)
        #expect(Set(built.keys) == Set(expected.keys), sourceLocation: sourceLocation)
        let differing = built.keys.filter { built[$0] != expected[$0] }.sorted()
        #expect(differing.isEmpty, "files that differ from a cold build: \(differing.prefix(10))", sourceLocation: sourceLocation)
    }

    func inode(_ url: URL) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    @Test func aRebuildAfterEditingOneDatasetPublishesWhatAColdBuildPublishes() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let repository = GitRepository(root: fixture.root)
        try repository.git(["init", "-q"])
        try repository.commitAll("Premier dépôt", date: "2026-01-10T10:00:00+01:00")
        try await expectSameAsCold(fixture, useGit: true)

        let untouched = fixture.output.appendingPathComponent("datasets/quartiers/index.html")
        let edited = fixture.output.appendingPathComponent("datasets/arbres/index.html")
        let (untouchedBefore, editedBefore) = (inode(untouched), inode(edited))

        let descriptor = fixture.root.appendingPathComponent("data/arbres/dataset.yaml")
        try Data((text(descriptor) + "keywords: [arbres, ombre, « nouveau mot-clé »]\n").utf8).write(to: descriptor)
        let table = fixture.root.appendingPathComponent("data/arbres/arbres.csv")
        try Data((text(table) + text(table).split(separator: "\n").last.map { String($0) + "\n" }!).utf8).write(to: table)
        try await expectSameAsCold(fixture, useGit: true)
        #expect(text(edited).contains("nouveau mot-clé"))
        // Redone: the edited dataset's page. Left as it was: the page of a dataset the edit does not reach.
        #expect(inode(edited) != editedBefore)
        #expect(inode(untouched) == untouchedBefore)

        // A commit changes the dates and the history that pages show.
        try repository.commitAll("Arbres : nouvelle ligne", date: "2026-02-03T09:30:00+01:00")
        try await expectSameAsCold(fixture, useGit: true)
        #expect(text(edited).contains("nouvelle ligne"))
    }

    @Test func theSocleCommunPageFollowsWhatItReadsAndOnlyThat() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        try await expectSameAsCold(fixture)
        let socle = fixture.output.appendingPathComponent("socle-commun/index.html")
        let before = inode(socle)
        // A description is not read by the page: it stays as it was.
        let descriptor = fixture.root.appendingPathComponent("data/arbres/dataset.yaml")
        try Data(text(descriptor).replacingOccurrences(of: "description: ", with: "description: Revu. ").utf8).write(to: descriptor)
        try await expectSameAsCold(fixture)
        #expect(inode(socle) == before)
        // A keyword that names a Socle commun item makes the dataset a candidate for it.
        try Data((text(descriptor) + "keywords: [subventions aux associations]\n").utf8).write(to: descriptor)
        try await expectSameAsCold(fixture)
        #expect(inode(socle) != before)
    }

    @Test func theQualityPageFollowsTheReportsAndOnlyThem() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        try await expectSameAsCold(fixture)
        let quality = fixture.output.appendingPathComponent("quality/index.html")
        let before = inode(quality)
        // A description still too short for the criterion leaves every report, and the page, as they were.
        let descriptor = fixture.root.appendingPathComponent("data/arbres/dataset.yaml")
        try Data(text(descriptor).replacingOccurrences(of: "description: ", with: "description: Revu. ").utf8).write(to: descriptor)
        try await expectSameAsCold(fixture)
        #expect(inode(quality) == before)
        // One long enough meets it: the dataset's score changes, and the page with it.
        let long = String(repeating: "Les arbres des rues, leur essence et leur position. ", count: 3)
        try Data(text(descriptor).replacingOccurrences(of: "description: Revu. ", with: "description: \(long)").utf8).write(to: descriptor)
        try await expectSameAsCold(fixture)
        #expect(inode(quality) != before)
    }

    @Test func everyKindOfEditIsFollowed() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        try await expectSameAsCold(fixture)
        // A reuse, the portal, an organization, a news post, a page of the theme, the build date.
        try fixture.write("site/reuses/carte-des-arbres.yaml", """
            title: Carte des arbres
            type: application
            url: https://example.org/carte
            datasets: [arbres, quartiers]
            date: 2026-03-01

            """)
        try await expectSameAsCold(fixture)
        let portal = fixture.root.appendingPathComponent("site/portal.yaml")
        try Data(text(portal).replacingOccurrences(of: "title: ", with: "title: Nouveau ").utf8).write(to: portal)
        try await expectSameAsCold(fixture)
        for organization in try FileManager.default.contentsOfDirectory(atPath: fixture.root.appendingPathComponent("site/organizations").path)
        where organization.hasSuffix(".yaml") {
            let url = fixture.root.appendingPathComponent("site/organizations/" + organization)
            try Data(text(url).replacingOccurrences(of: "name: ", with: "name: Nouveau nom de ").utf8).write(to: url)
        }
        try await expectSameAsCold(fixture)
        try fixture.write("themes/default/templates/404.mustache", "<!doctype html><title>{{t.notfound.title}}</title><p>Introuvable</p>\n")
        try await expectSameAsCold(fixture)
        try await expectSameAsCold(fixture, now: "2027-06-01")
        // A dataset added, then one removed.
        try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("data/budget-bis"), withIntermediateDirectories: true)
        try PortalFixture.copyTree(fixture.root.appendingPathComponent("data/budget"), to: fixture.root.appendingPathComponent("data/budget-bis"))
        try await expectSameAsCold(fixture, now: "2027-06-01")
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("datasets/budget-bis/index.html").path))
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("data/budget"))
        try await expectSameAsCold(fixture, now: "2027-06-01")
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("datasets/budget").path))
    }

    @Test func aTitleChangeMovesTheDatasetBetweenListPages() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-incremental-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try LargePortal.write(to: root)
        let fixture = PortalFixture(existing: root)
        try await expectSameAsCold(fixture)
        let descriptor = root.appendingPathComponent("data/jeu-137/dataset.yaml")
        let lines = text(descriptor).split(separator: "\n", omittingEmptySubsequences: false)
        try Data((["title: \"Aaa — premier par le titre\""] + lines.dropFirst()).joined(separator: "\n").utf8).write(to: descriptor)
        try await expectSameAsCold(fixture)
        #expect(text(fixture.output.appendingPathComponent("datasets/index.html")).contains("Aaa — premier par le titre"))
    }

    /// Undoing an edit brings back the dataset's earlier cache entry; its derived files (JSON records and pages, same
    /// names for every version) were rewritten by the edit in between, so they are made again, not published stale.
    @Test func anEditUndoneRepublishesTheDerivedFilesOfTheFirstVersion() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        try await expectSameAsCold(fixture)
        let table = fixture.root.appendingPathComponent("data/arbres/arbres.csv")
        let original = try Data(contentsOf: table)
        try Data((text(table) + text(table).split(separator: "\n").last.map { String($0) + "\n" }!).utf8).write(to: table)
        try await expectSameAsCold(fixture)
        try original.write(to: table)
        try await expectSameAsCold(fixture)
    }

    /// The catalogue page is remade from the subjects each dataset printed at the last build (`StoredSubjects`): when
    /// the first dataset stating a shared subject (its publisher, its licence) goes, the next one must print it.
    @Test func theCataloguePageFollowsTheDatasetThatFirstStatedASharedSubject() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-incremental-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try LargePortal.write(to: root)
        let fixture = PortalFixture(existing: root)
        try await expectSameAsCold(fixture)
        let first = root.appendingPathComponent("data/jeu-000")
        let aside = root.appendingPathComponent("jeu-000-aside")
        try FileManager.default.moveItem(at: first, to: aside)
        let descriptor = root.appendingPathComponent("data/jeu-011/dataset.yaml")
        try Data(text(descriptor).replacingOccurrences(of: "Jeu court.", with: "Jeu court, corrigé.").utf8).write(to: descriptor)
        try await expectSameAsCold(fixture)
        #expect(text(fixture.output.appendingPathComponent("catalog.ttl")).contains("Jeu court, corrigé."))
        try FileManager.default.moveItem(at: aside, to: first)
        try await expectSameAsCold(fixture)
        try await expectSameAsCold(fixture)
    }

    @Test func aBrokenEditWritesNothingAndTheNextGoodBuildCatchesUp() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        try await expectSameAsCold(fixture)
        let before = snapshot(of: fixture.output)
        let descriptor = fixture.root.appendingPathComponent("data/budget/dataset.yaml")
        let good = text(descriptor)
        try Data((good + "license: pas-une-licence\n").utf8).write(to: descriptor)
        let broken = await fixture.build()
        #expect(broken.hasErrors)
        #expect(snapshot(of: fixture.output) == before)
        try Data((good + "schema: https://example.org/schema.json\n").utf8).write(to: descriptor)
        try await expectSameAsCold(fixture)
    }

    @Test func aKilledUpdateLeavesTheOutputAndIsStartedAfresh() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        try await expectSameAsCold(fixture)
        try await expectSameAsCold(fixture, now: "2026-12-01")
        // What a build killed while updating the second copy leaves: the copy changed, its manifest gone.
        let cache = fixture.root.appendingPathComponent(".kiosque/cache")
        let staging = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path)
            .first { $0.hasPrefix("staging-") && !$0.hasSuffix(".bin") })
        try Data("à moitié écrit".utf8).write(to: cache.appendingPathComponent(staging + "/index.html"))
        for name in try FileManager.default.contentsOfDirectory(atPath: cache.path) where name.hasPrefix("staging-") && name.hasSuffix(".bin") {
            try FileManager.default.removeItem(at: cache.appendingPathComponent(name))
        }
        try await expectSameAsCold(fixture, now: "2026-12-02")
    }

    /// A schema read from outside the dataset's folder — a repository path, or an https schema in `.kiosque/schemas/` —
    /// is an input of the dataset: adding, editing or fetching it is followed.
    @Test func schemasOutsideTheFolderAreFollowed() async throws {
        let fixture = try PortalFixture("schema")
        defer { fixture.remove() }
        let folder = fixture.root.appendingPathComponent("data/equipements")
        let descriptor = folder.appendingPathComponent("dataset.yaml")
        let schema = try Data(contentsOf: folder.appendingPathComponent("schema.json"))
        // A schema at the root of the repository.
        try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("schemas"), withIntermediateDirectories: true)
        let shared = fixture.root.appendingPathComponent("schemas/equipements.json")
        try schema.write(to: shared)
        try Data(text(descriptor).replacingOccurrences(of: "schema: data/equipements/schema.json", with: "schema: schemas/equipements.json").utf8)
            .write(to: descriptor)
        try await expectSameAsCold(fixture)
        let page = fixture.output.appendingPathComponent("datasets/equipements/index.html")
        let before = text(page)
        let loosened = String(decoding: schema, as: UTF8.self).replacingOccurrences(of: "\"enum\": [\"gymnase\", \"salle\", \"stade\"]",
                                                                                     with: "\"enum\": [\"gymnase\", \"salle\", \"stade\", \"piscine\", \"dojo\"]")
        #expect(loosened != String(decoding: schema, as: UTF8.self))
        try Data(loosened.utf8).write(to: shared)
        try await expectSameAsCold(fixture)
        #expect(text(page) != before)

        // An https schema: not in the cache (unchecked), then fetched into `.kiosque/schemas/`.
        let url = "https://schemas.example.org/equipements/1.0/schema.json"
        try Data(text(descriptor).replacingOccurrences(of: "schema: schemas/equipements.json", with: "schema: \(url)").utf8).write(to: descriptor)
        try await expectSameAsCold(fixture)
        let unchecked = text(page)
        let cached = fixture.root.appendingPathComponent(".kiosque/schemas/" + SchemaCache.fileName(for: url))
        try FileManager.default.createDirectory(at: cached.deletingLastPathComponent(), withIntermediateDirectories: true)
        try schema.write(to: cached)
        try await expectSameAsCold(fixture)
        #expect(text(page) != unchecked)
    }

    /// The bytes of a file held in memory.
    func bytes(_ artifact: Artifact) throws -> [UInt8] {
        switch artifact.body {
        case let .bytes(bytes): bytes
        case let .copy(sourcePath): [UInt8](try Data(contentsOf: URL(fileURLWithPath: sourcePath)))
        }
    }

    /// The files of a site held in memory, by path, with their bytes.
    func contents(_ site: BuiltSite) throws -> [String: [UInt8]] {
        try Dictionary(uniqueKeysWithValues: site.artifacts.map { ($0.path, try bytes($0)) })
    }

    /// `kiosque serve`'s rebuild: after editing one dataset, only what it touches is made again, the rest is taken from
    /// the site in memory, and the result is the site a cold build makes.
    @Test func aServeRebuildRemakesOnlyWhatTheEditTouches() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try LargePortal.write(to: root)
        let options = BuildOptions(root: root.path, now: DateStamp.parse("2026-11-22"), useGit: false)
        let (_, first) = await Site.site(options, previous: nil)
        let before = try #require(first)
        let generated = before.artifacts.count { if case .bytes = $0.body { true } else { false } }
        #expect(before.remade(since: nil) == generated)

        let edited = "jeu-137"
        let descriptor = root.appendingPathComponent("data/\(edited)/dataset.yaml")
        let lines = text(descriptor).split(separator: "\n", omittingEmptySubsequences: false)
        try Data((["title: \"Retitré pour l'aperçu\""] + lines.dropFirst()).joined(separator: "\n").utf8).write(to: descriptor)
        let (report, second) = await Site.site(options, previous: before)
        #expect(!report.hasErrors)
        let after = try #require(second)
        let remade = after.remade(since: before)
        // The edited dataset's page and files, the listings and feeds it appears in, and the pages that read the whole
        // catalogue: a small part of what a cold build makes.
        #expect(remade > 0 && remade * 5 < generated, "\(remade) of \(generated) files made again")
        let page = try #require(after.artifacts.first { $0.path == "datasets/\(edited)/index.html" })
        #expect(try String(decoding: bytes(page), as: UTF8.self).contains("Retitré"))

        var coldOptions = options
        coldOptions.incremental = false
        let (_, cold) = await Site.site(coldOptions, previous: nil)
        let expected = try contents(try #require(cold)), built = try contents(after)
        #expect(Set(built.keys) == Set(expected.keys))
        let differing = built.keys.filter { built[$0] != expected[$0] }.sorted()
        #expect(differing.isEmpty, "files that differ from a cold build: \(differing.prefix(10))")
    }
}

/// The cache's binary form keeps every field of the values it stores.
@Suite struct CacheCodingTests {
    @Test func everyStoredPropertyIsWritten() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let loaded = await RepositoryLoader(root: fixture.root.path, options: .init(useGit: false, derivedFiles: true)).load()
        let catalog = try #require(loaded.catalog)
        let dataset = try #require(catalog.datasets.first { $0.distributions.contains { $0.table != nil } })
        let distribution = try #require(dataset.distributions.first { $0.table != nil })
        let table = try #require(distribution.table)
        let profile = try #require(table.fields.first)
        let samples: [(String, Any)] = [
            ("Dataset", dataset), ("Dataset.Temporal", Dataset.Temporal(start: nil, end: nil)),
            ("Dataset.Spatial", Dataset.Spatial(name: nil, insee: nil, bbox: nil)), ("Portal.Contact", Portal.Contact(email: nil, url: nil)),
            ("License", dataset.license), ("Distribution", distribution),
            ("SchemaValidation", SchemaValidation(schema: "", valid: true, errors: 0)),
            ("SchemaValidation.ErrorCount", SchemaValidation.ErrorCount(type: "", count: 0)),
            ("SchemaValidation.Issue", SchemaValidation.Issue(type: "", row: nil, line: nil, column: nil, field: nil, value: nil, message: "")),
            ("MapPreview", MapPreview.omitted(.table, .empty)), ("MapPreview.Pixel", MapPreview.Pixel(x: 0, y: 0)),
            ("MapPreview.Feature", MapPreview.Feature()), ("MapPreview.Bounds", MapPreview.Bounds(west: 0, south: 0, east: 0, north: 0)),
            ("MapPreview.GeometryCount", MapPreview.GeometryCount(type: "", count: 0)), ("TablePreview", table), ("TablePreview.Detail", table.detail.value),
            ("TablePreview.Coordinates", TablePreview.Coordinates(latitude: "", longitude: "")),
            ("TablePreview.Point", TablePreview.Point(latitude: 0, longitude: 0)),
            ("TablePreview.DerivedFile", TablePreview.DerivedFile(name: "", sourcePath: "", kind: .page, mediaType: "")),
            ("ColumnProfile", profile), ("ColumnProfile.ValueCount", ColumnProfile.ValueCount(value: "", count: 0)),
            ("ColumnProfile.Histogram", ColumnProfile.Histogram(lower: 0, upper: 0, counts: [], isExact: true)),
            ("Diagnostic", Diagnostic.warning(SourceLocation(file: "x"), "c", "m")), ("SourceLocation", SourceLocation(file: "x")),
        ]
        // A value that keeps its fields in one shared object (`Dataset.storage`) is counted by that object's fields.
        func storedProperties(_ value: Any) -> Int {
            let children = Mirror(reflecting: value).children
            if children.count == 1, let only = children.first, only.label == "storage" {
                return Mirror(reflecting: only.value).children.count
            }
            return children.count
        }
        for (name, value) in samples {
            #expect(storedProperties(value) == CacheCoding.storedPropertyCounts[name],
                    "\(name) has a field that CacheCoding does not write: add it there and raise BuildCache.formatVersion")
        }
        #expect(Set(samples.map(\.0)) == Set(CacheCoding.storedPropertyCounts.keys))
    }

    @Test func datasetsComeBackEqual() async throws {
        for name in ["basic", "hostile", "minimal", "maps", "schema"] {
            let fixture = try PortalFixture(name)
            defer { fixture.remove() }
            let loaded = await RepositoryLoader(root: fixture.root.path, options: .init(useGit: false, derivedFiles: true)).load()
            for dataset in loaded.catalog?.datasets ?? [] {
                var writer = ByteWriter()
                CacheCoding.write(dataset, &writer)
                var reader = ByteReader(writer.bytes)
                #expect(try CacheCoding.readDataset(&reader) == dataset)
                #expect(reader.isAtEnd)
            }
            for diagnostic in loaded.diagnostics {
                var writer = ByteWriter()
                CacheCoding.write(diagnostic, &writer)
                var reader = ByteReader(writer.bytes)
                #expect(try CacheCoding.readDiagnostic(&reader) == diagnostic)
            }
        }
    }

    @Test func aTruncatedEntryIsRefused() throws {
        var writer = ByteWriter()
        CacheCoding.write(Dataset(id: "a", title: "T", description: "D", organizationID: "o", license: License.registry[0], themeIDs: [],
                                  keywords: ["k"], frequency: .daily, temporal: nil, spatial: nil, contact: nil, schema: nil,
                                  issued: .day(year: 2024, month: 1, day: 2), modified: nil, featured: false, distributions: [],
                                  descriptorPath: "data/a/dataset.yaml"), &writer)
        for length in 0..<writer.bytes.count {
            var reader = ByteReader(Array(writer.bytes.prefix(length)))
            #expect(throws: ByteReader.Corrupt.self) { _ = try CacheCoding.readDataset(&reader) }
        }
    }
}

/// The reuse's fingerprint in the pages' input keys hashes every field of `Reuse`.
@Suite struct ReuseFingerprintTests {
    @Test func everyFieldOfAReuseIsHashed() {
        let reuse = Reuse(id: "r", title: "t", description: nil, url: "https://example.org", kind: .application, image: nil,
                          author: Reuse.Author(name: "a", url: nil), datasetIDs: ["x"], date: nil, featured: false)
        #expect(Mirror(reflecting: reuse).children.count == 10, "a field added to Reuse must be added to CatalogIndex.fingerprint")
        #expect(Mirror(reflecting: reuse.author!).children.count == 2)
        let variants = [
            reuse,
            Reuse(id: "r", title: "t", description: "", url: "https://example.org", kind: .application, image: nil,
                  author: Reuse.Author(name: "a", url: nil), datasetIDs: ["x"], date: nil, featured: false),
            Reuse(id: "r", title: "t", description: nil, url: "https://example.org", kind: .application, image: nil,
                  author: Reuse.Author(name: "a", url: nil), datasetIDs: ["x"], date: .day(year: 2026, month: 1, day: 2), featured: false),
            Reuse(id: "r", title: "t", description: nil, url: "https://example.org", kind: .application, image: nil,
                  author: Reuse.Author(name: "a", url: nil), datasetIDs: ["x"], date: nil, featured: true),
            Reuse(id: "r", title: "t", description: nil, url: "https://example.org", kind: .idea, image: nil,
                  author: nil, datasetIDs: ["x", "y"], date: nil, featured: false),
        ]
        #expect(Set(variants.map(CatalogIndex.fingerprint)).count == variants.count)
    }
}
