import Foundation
import KiosqueLoad
import KiosqueModel
import Testing

/// `issued` and `modified` come from the Git history of each dataset folder, read with one `git log`.
@Suite struct GitHistoryTests {
    @Test func datesComeFromTheCommitsOfEachDatasetFolder() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let repository = GitRepository(root: fixture.root)
        try repository.git(["init", "-q"])
        try repository.commitAll("Premier dépôt", date: "2023-01-10T09:00:00+01:00")
        try fixture.write("data/arbres/arbres.csv", "id,essence\n1,Platane\n")
        try repository.commitAll("Mise à jour des arbres", date: "2024-06-15T14:30:00+02:00")

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
