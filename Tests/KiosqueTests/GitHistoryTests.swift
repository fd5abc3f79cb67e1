import Foundation
import KiosqueLoad
import KiosqueModel
import Testing

/// `issued` and `modified` come from the Git history of each dataset folder, read with one `git log`.
@Suite struct GitHistoryTests {
    func git(_ arguments: [String], in folder: URL, date: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_AUTHOR_NAME"] = "Test"
        environment["GIT_AUTHOR_EMAIL"] = "test@example.org"
        environment["GIT_COMMITTER_NAME"] = "Test"
        environment["GIT_COMMITTER_EMAIL"] = "test@example.org"
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    @Test func datesComeFromTheCommitsOfEachDatasetFolder() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        try git(["init", "-q"], in: fixture.root)
        try git(["add", "."], in: fixture.root)
        try git(["commit", "-qm", "Premier dépôt"], in: fixture.root, date: "2023-01-10T09:00:00+01:00")
        try fixture.write("data/arbres/arbres.csv", "id,essence\n1,Platane\n")
        try git(["commit", "-qam", "Mise à jour des arbres"], in: fixture.root, date: "2024-06-15T14:30:00+02:00")

        let result = await RepositoryLoader(root: fixture.root.path).load()
        let arbres = try #require(result.catalog?.datasets.first { $0.id == "arbres" })
        #expect(arbres.issued == DateStamp.parse("2023-01-10T09:00:00+01:00"))
        #expect(arbres.modified == DateStamp.parse("2024-06-15T14:30:00+02:00"))
        let quartiers = try #require(result.catalog?.datasets.first { $0.id == "quartiers" })
        #expect(quartiers.issued == quartiers.modified)
        // A descriptor's own dates win over Git.
        let budget = try #require(result.catalog?.datasets.first { $0.id == "budget" })
        #expect(budget.modified == .day(year: 2024, month: 3, day: 2))
    }

    @Test func withoutGitTheDatesAreAbsent() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let result = await RepositoryLoader(root: fixture.root.path).load()
        let arbres = try #require(result.catalog?.datasets.first { $0.id == "arbres" })
        #expect(arbres.issued == nil && arbres.modified == nil)
    }
}
