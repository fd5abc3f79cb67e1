import Foundation
import KiosqueBuild
import KiosqueModel
import KiosqueTestSupport
import Testing

/// Hostile files generated at test time (the big ones are never committed): each gives a located diagnostic or a safe
/// site, never a crash, a hang or memory that grows with the input.
@Suite struct HostileInputTests {
    /// `code@file:line:column` of every diagnostic of a severity.
    static func located(_ report: BuildReport, _ severity: Diagnostic.Severity = .error) -> [String] {
        report.diagnostics.filter { $0.severity == severity }.map { "\($0.code)@\($0.location)" }
    }

    static func writeBytes(_ fixture: PortalFixture, _ relative: String, _ bytes: [UInt8]) throws {
        let url = fixture.root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    // MARK: tables

    @Test func anEmptyCSVIsPublishedWithoutAPreview() async throws {
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        try Self.writeBytes(fixture, "data/budget/vide.csv", [])
        let report = await fixture.build()
        #expect(Self.located(report) == [])
        #expect(report.wrote)
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("datasets/budget/vide.csv").path))
    }

    @Test func aBinaryFileNamedCSVIsAWarningAtItsPath() async throws {
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        var generator = KilledBuildTests.SplitMix(state: 7)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Self.writeBytes(fixture, "data/budget/image.csv", png)
        let report = await fixture.build()
        #expect(Self.located(report) == [])
        #expect(Self.located(report, .warning).contains("table.binary@data/budget/image.csv:1:1"))
        #expect(snapshot(of: fixture.output)["datasets/budget/image.csv"] == Data(png))
    }

    @Test func nulBytesInACSV() async throws {
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        // Near the start: the file is taken for binary. Past the sniffed 64 KiB: a value holding U+0000, kept as data.
        try Self.writeBytes(fixture, "data/budget/nul-debut.csv", Array("a,b\n1,\u{0}2\n".utf8))
        var late = Array("nom,valeur\n".utf8)
        while late.count < 80_000 { late += Array("ligne,\(late.count)\n".utf8) }
        late += Array("nul,avant\u{0}apres\n".utf8)
        try Self.writeBytes(fixture, "data/budget/nul-fin.csv", late)
        let report = await fixture.build()
        #expect(Self.located(report) == [])
        #expect(Self.located(report, .warning).contains("table.binary@data/budget/nul-debut.csv:1:1"))
        let json = try #require(snapshot(of: fixture.output)["datasets/budget/nul-fin.json"])
        let records = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: String]])
        #expect(records.last == ["nom": "nul", "valeur": "avant\u{0}apres"])
    }

    // MARK: YAML

    @Test func nulBytesAndInvalidUTF8InADescriptorAreLocated() async throws {
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        try Self.writeBytes(fixture, "data/budget/dataset.yaml", Array("title: Budget\ndescription: Le\u{0} budget.\nlicense: etalab-2.0\n".utf8))
        try Self.writeBytes(fixture, "data/autre/dataset.yaml", Array("title: Autre\ndescription: D".utf8) + [0xE9, 0x62, 0x75, 0x74] + Array("\nlicense: etalab-2.0\n".utf8))
        let report = await fixture.check()
        #expect(Self.located(report) == ["yaml.encoding@data/autre/dataset.yaml:2:15", "yaml.encoding@data/budget/dataset.yaml:2:16"])
    }

    // The time limits catch a runaway expansion, not slowness: alone, a debug build checks these in seconds, but with
    // every core busy (the full suite beside other builds) it took more than a minute.
    @Test(.timeLimit(.minutes(3))) func anAliasBombStopsAtTheAliasThatCrossesTheLimit() async throws {
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        var lines = ["title: Budget", "description: Le budget.", "license: etalab-2.0", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        try fixture.write("data/budget/dataset.yaml", lines.joined(separator: "\n") + "\n")
        let report = await fixture.check()
        let errors = Self.located(report)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("yaml.too-large@data/budget/dataset.yaml:") == true, "\(errors)")
    }

    @Test(.timeLimit(.minutes(3))) func a100000LevelDeepDescriptorStopsAtTheLimit() async throws {
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        try fixture.write("data/budget/dataset.yaml", "title: Budget\nx: " + String(repeating: "[", count: 100_000) + "\n")
        try fixture.write("site/organizations/mairie.yaml", "name: " + String(repeating: "{a: ", count: 100_000) + "\n")
        let report = await fixture.check()
        #expect(Self.located(report) == ["yaml.too-deep@data/budget/dataset.yaml:2:67", "yaml.too-deep@site/organizations/mairie.yaml:1:259"])
    }

    // MARK: names and addresses

    @Test func datasetIDsThatDifferOnlyByCase() async throws {
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        try fixture.write("data/budget-2024/dataset.yaml", "title: A\ndescription: A.\nlicense: etalab-2.0\n")
        try fixture.write("data/BUDGET-2024/dataset.yaml", "title: B\ndescription: B.\nlicense: etalab-2.0\n")
        let report = await fixture.check()
        #expect(Self.located(report) == ["id.invalid@data/BUDGET-2024/dataset.yaml:1:1", "id.case-collision@data/budget-2024/dataset.yaml:1:1"])
    }

    @Test func twoFilesForOneAddressAreLocatedErrors() async throws {
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        try fixture.write("data/budget/Budget.csv", "a,b\n3,4\n")                 // budget.csv, but for case
        try fixture.write("data/budget/caf\u{E9}.csv", "a\n1\n")                    // é as one code point (NFC)…
        try fixture.write("data/budget/cafe\u{301}.csv", "a\n2\n")                  // …and as e + U+0301 (NFD)
        try fixture.write("data/budget/index.html", "<p>une page</p>\n")          // the dataset's own page
        try fixture.write("data/budget/comptes.csv", "a;b\n1;2\n")                 // derives comptes.json…
        try fixture.write("data/budget/Comptes.JSON", "[]\n")                      // …which this file takes
        try fixture.write("site/organizations/mairie.yml", "name: Autre mairie\n")
        try fixture.write("site/reuses/carte.yaml", "title: Carte\nurl: https://carte.example/\n")
        try fixture.write("site/reuses/Carte.yaml", "title: Carte\nurl: https://carte.example/\n")
        let report = await fixture.build()
        let errors = Self.located(report)
        // Swift compares strings by canonical equivalence: the NFD name matches whichever of the two is reported.
        #expect(errors == [
            "path.collision@data/budget/budget.csv:1:1",
            "path.collision@data/budget/caf\u{E9}.csv:1:1",
            "path.collision@data/budget/comptes.csv:1:1",
            "path.collision@data/budget/index.html:1:1",
            "id.duplicate@site/organizations/mairie.yml:1:1",
            "id.invalid@site/reuses/Carte.yaml:1:1",
        ], "\(errors)")
        #expect(!report.wrote)
        let first = report.diagnostics.first { $0.code == "path.collision" }?.formatted(in: .fr) ?? ""
        #expect(first.hasPrefix("data/budget/budget.csv:1:1: erreur: « budget.csv » serait publié à la même adresse que « Budget.csv »"))
        #expect(first.hasSuffix("conseil : renommez l'un des deux fichiers"))

        try fixture.write("site/portal.yaml", "title: Minimal\nbase_url: https://minimal.example/\npublisher: mairie\nlanguage: en\n")
        let english = await fixture.check().diagnostics.filter { $0.code == "id.duplicate" }.map { $0.formatted(in: .en) }
        #expect(english == ["site/organizations/mairie.yml:1:1: error: the id 'mairie' is already given by 'site/organizations/mairie.yaml'\n"
                            + "  hint: keep one file per id: remove or rename this one"])
    }

    @Test func aPercentSignInANameIsItsOwnAddress() async throws {
        // `a b.csv` is linked as a%20b.csv and `a%20b.csv` as a%2520b.csv: two files, two addresses, no collision.
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        try fixture.write("data/budget/a b.csv", "a\n1\n")
        try fixture.write("data/budget/a%20b.csv", "a\n2\n")
        let report = await fixture.build()
        #expect(Self.located(report) == [])
        let site = snapshot(of: fixture.output)
        #expect(site["datasets/budget/a b.csv"] == Data("a\n1\n".utf8))
        #expect(site["datasets/budget/a%20b.csv"] == Data("a\n2\n".utf8))
        let page = String(decoding: site["datasets/budget/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("href=\"a%20b.csv\"") && page.contains("href=\"a%2520b.csv\""))
    }

    @Test func symbolicLinksOutOfTheRepositoryAreRefused() async throws {
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data("secret,1\n".utf8).write(to: outside.appendingPathComponent("secret.csv"))
        try Data("title: Secret\ndescription: S.\nlicense: etalab-2.0\n".utf8).write(to: outside.appendingPathComponent("dataset.yaml"))
        let links = [("data/budget/secret.csv", "secret.csv"), ("data/dehors", ""), ("site/assets/secret.csv", "secret.csv"),
                     ("site/assets/dossier", "")]
        try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("site/assets"), withIntermediateDirectories: true)
        for (link, target) in links {
            try FileManager.default.createSymbolicLink(atPath: fixture.root.appendingPathComponent(link).path,
                                                       withDestinationPath: target.isEmpty ? outside.path : outside.appendingPathComponent(target).path)
        }
        let report = await fixture.build()
        #expect(Self.located(report) == links.map { "path.symlink-out@\($0.0):1:1" }.sorted())
        #expect(!report.wrote)
    }

    @Test func quotesAndAngleBracketsInFileNamesAreEscapedEverywhere() async throws {
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        let name = "rapport \"final\" <b>'x'</b> & co.csv"
        try fixture.write("data/budget/" + name, "a\n1\n")
        let report = await fixture.build()
        #expect(Self.located(report) == [])
        let site = snapshot(of: fixture.output)
        #expect(site["datasets/budget/" + name] != nil)
        let page = String(decoding: site["datasets/budget/index.html"] ?? Data(), as: UTF8.self)
        #expect(!page.contains("<b>'x'</b>"))
        #expect(page.contains("rapport%20%22final%22%20%3Cb%3E%27x%27%3C/b%3E%20%26%20co.csv"))
        #expect(page.contains("rapport &quot;final&quot; &lt;b&gt;"))
    }

    // MARK: big inputs, in a child process whose peak memory is measured

    /// Writes `count` bytes made by `chunk` without holding them all.
    static func writeLarge(_ url: URL, _ parts: [(count: Int, chunk: [UInt8])]) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        for part in parts {
            var left = part.count
            let block = Data(Array(repeating: part.chunk, count: max(1, (1 << 20) / max(1, part.chunk.count))).joined())
            while left > 0 {
                let piece = block.prefix(min(left, block.count))
                try handle.write(contentsOf: piece)
                left -= piece.count
            }
        }
    }

    /// The binary the big inputs are built with, and whether they are built at full size: a release binary
    /// (KIOSQUE_RELEASE_BINARY, which `make test` sets) reads 200 MB in seconds; the debug one hashes and scans about 1 MB/s,
    /// so with it the same paths (a record past the 16 MiB limit, columns past 20,000) run on smaller files, unless
    /// KIOSQUE_HOSTILE_FULL=1.
    static let bigInputBinary: (path: String, full: Bool) = {
        let environment = ProcessInfo.processInfo.environment
        // Only a binary named by the caller (`make test` passes the one it has just built): a release binary found
        // lying in the package may be older than the sources under test.
        if let release = environment["KIOSQUE_RELEASE_BINARY"], FileManager.default.isExecutableFile(atPath: release) { return (release, true) }
        return (CommandLineTests.executable.path, environment["KIOSQUE_HOSTILE_FULL"] == "1")
    }()

    @Test(.timeLimit(.minutes(10))) func aSingle200MBLineIsSkippedInBoundedMemory() async throws {
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        let (binary, full) = Self.bigInputBinary
        let size = full ? 200 << 20 : 17 << 20
        try Self.writeLarge(fixture.root.appendingPathComponent("data/budget/ligne.csv"), [(count: size, chunk: Array("abcdefghi,".utf8))])
        let exit = try await ChildProcess.run(binary, ["build", fixture.root.path, "--now", "2026-11-22"], measured: true)
        print("HostileInputTests: a \(size >> 20) MiB line without a line break (\(binary)), peak RSS \(exit.peakMemory >> 20) MiB")
        #expect(exit.status == 0, "\(exit.stderr)")
        #expect(exit.stderr.contains("data/budget/ligne.csv:1:1: avertissement: l'enregistrement dépasse 16777216 octets et a été ignoré"))
        // The reader holds at most the 16 MiB record limit plus a chunk, whatever the line's length.
        #expect(exit.peakMemory < 120 << 20, "peak RSS \(exit.peakMemory >> 20) MiB")
        let published = try FileManager.default.attributesOfItem(atPath: fixture.output.appendingPathComponent("datasets/budget/ligne.csv").path)
        #expect(published[.size] as? Int == size)
    }

    @Test(.timeLimit(.minutes(10))) func fiftyThousandColumnsAreCutInBoundedMemory() async throws {
        let fixture = try PortalFixture("minimal")
        defer { fixture.remove() }
        let (binary, full) = Self.bigInputBinary
        let rows = full ? 200 : 2
        let header = (1...50_000).map { "colonne_\($0)" }.joined(separator: ",") + "\n"
        let row = (1...50_000).map { String($0 % 97) }.joined(separator: ",") + "\n"
        try Self.writeLarge(fixture.root.appendingPathComponent("data/budget/large.csv"),
                            [(count: header.utf8.count, chunk: Array(header.utf8)), (count: row.utf8.count * rows, chunk: Array(row.utf8))])
        let exit = try await ChildProcess.run(binary, ["build", fixture.root.path, "--now", "2026-11-22"], measured: true)
        print("HostileInputTests: 50,000 columns × \(rows) rows (\(binary)), peak RSS \(exit.peakMemory >> 20) MiB")
        #expect(exit.status == 0, "\(exit.stderr)")
        let warnings = exit.stderr.split(separator: "\n").filter { $0.contains("champs ; seuls les 20000 premiers sont gardés") }
        #expect(warnings == ["data/budget/large.csv:1:1: avertissement: l'enregistrement a 50000 champs ; seuls les 20000 premiers sont gardés"])
        #expect(exit.peakMemory < 300 << 20, "peak RSS \(exit.peakMemory >> 20) MiB")
    }
}
