import Foundation
import Testing

/// The interface speaks the portal's language: an English portal shows no French interface text, a French one none
/// of the English; dates and numbers follow the language.
@Suite struct LanguageTests {
    /// French interface words that the basic fixture's own content (in French) never uses.
    static let frenchInterface = [
        "Jeux de données", "jeu(x)", "Télécharger", "Rechercher", "Réutilisation", "Actualités", "mis à jour", "Mise à jour",
        "Aller au contenu", "Fil d'Ariane", "Producteur", "Fréquence", "Période couverte", "Couverture géographique", "Aperçu",
        "premières lignes", "Historique", "Qualité", "en retard", "À améliorer", "Socle commun", "Nouveau jeu", "Accueil",
        "Organisations", "Thèmes", "Mots-clés", "Page suivante", "Publié", "Proposer", "Affiner", "pertinence", "Trier",
        "Délibérations", "Subventions", "Marchés", "Flux", "nouveautés", "Identifiant", "Informations", "Fichiers et ressources",
        "Modifier ce jeu", "ligne(s)", "fichier principal", "Encodage", "séparateur", "« ", " »", "janvier", "février", " mars ",
        " avril ", " juin ", "juillet", " août ", "septembre", "octobre", "novembre", "décembre", "octets", "Pied de page",
        "Menu principal", "Critère", "Jeu de données", "Ce qui a changé", "Nouvelle réutilisation", "Catalogue",
    ]

    static let englishInterface = [
        "Datasets", "Download", "Search", "Reuses", "News", "Skip to content", "Breadcrumb", "Publisher", "Update frequency",
        "Preview", "History of changes", "Data quality", "overdue", "To improve", "What changed", "Next page", "Published",
    ]

    static func pages(of folder: URL) -> [(String, String)] {
        snapshot(of: folder).filter { $0.key.hasSuffix(".html") || $0.key == "feed.atom" }
            .map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }.sorted { $0.0 < $1.0 }
    }

    @Test func anEnglishPortalShowsNoFrenchInterfaceText() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let portal = text(fixture.root.appendingPathComponent("site/portal.yaml")).replacingOccurrences(of: "language: fr", with: "language: en")
        try fixture.write("site/portal.yaml", portal)
        let report = await fixture.build(now: "2026-11-22")
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let pages = Self.pages(of: fixture.output)
        #expect(pages.count > 25)
        for (path, page) in pages {
            for word in Self.frenchInterface {
                #expect(!page.contains(word), "\(path) shows the French « \(word) »")
            }
            if path.hasSuffix(".html") { #expect(page.contains("<html lang=\"en\">"), "\(path)") }
        }
        let home = text(fixture.output.appendingPathComponent("index.html"))
        #expect(home.contains("What changed"))
        #expect(home.contains("May 2, 2024"))
        let quality = text(fixture.output.appendingPathComponent("quality/index.html"))
        #expect(quality.contains("<h1>Data quality</h1>"))
        let budget = text(fixture.output.appendingPathComponent("datasets/budget/index.html"))
        #expect(budget.contains("overdue"))
        #expect(budget.contains("days ago, while the annual frequency allows at most 366."))
        let feed = text(fixture.output.appendingPathComponent("feed.atom"))
        #expect(feed.contains("xml:lang=\"en\""))
        #expect(feed.contains("<title>New reuse: La carte des arbres</title>"))
    }

    @Test func aFrenchPortalShowsNoEnglishInterfaceText() async throws {
        let fixture = try PortalFixture("basic")
        defer { fixture.remove() }
        let report = await fixture.build(now: "2026-11-22")
        #expect(!report.hasErrors)
        for (path, page) in Self.pages(of: fixture.output) {
            for word in Self.englishInterface {
                #expect(!page.contains(">" + word) && !page.contains(word + "<"), "\(path) shows the English « \(word) »")
            }
        }
        let budget = text(fixture.output.appendingPathComponent("datasets/budget/index.html"))
        #expect(budget.contains("en retard"))
        #expect(budget.contains("alors que la fréquence « annuelle » en permet au plus 366."))
    }
}
