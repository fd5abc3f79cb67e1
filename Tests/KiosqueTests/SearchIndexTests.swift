import Foundation
import KiosqueLoad
import KiosqueModel
import KiosqueSearch
import KiosqueTestSupport
import Testing

/// The prebuilt search index: French-aware terms, what a query finds, how facets count, and how little a browser
/// downloads before the first results.
@Suite struct SearchIndexTests {
    static func exampleCatalog() async throws -> Catalog {
        let result = await RepositoryLoader(root: SharedFolder.packageRoot.path, options: .init(useGit: false, keepVersions: false)).load()
        return try #require(result.catalog)
    }

    @Test(arguments: [
        ("Arbres", "arbr"), ("arbre", "arbr"), ("Données", "donn"), ("donnée", "donn"), ("municipaux", "municipal"),
        ("municipales", "municipal"), ("réseaux", "reseau"), ("Énergie", "energi"), ("energy", "energi"), ("cities", "citi"),
        ("élus", "elu"), ("menus", "menu"), ("2024", "2024"), ("œuvres", "oeuvr"), ("process", "process"),
    ])
    func termsFoldAccentsAndStem(word: String, term: String) {
        #expect(TextAnalyzer.terms(word) == [term])
    }

    @Test func theFastFoldGivesWhatTheGeneralRuleGives() {
        var texts = ["Horaires mensuels — Brébeuf n° 42", "L’école « Œuvre » : 12 €", "İSTANBUL ǅemal ß", "Ωmega Σίσυφος", "e\u{301}te\u{301}"]
        for value in TextAnalyzer.keptAsIs { texts.append("Aé" + String(Unicode.Scalar(value)!) + "z") }
        for text in texts { #expect(TextAnalyzer.fold(text) == TextAnalyzer.foldScalars(text), "\(text)") }
    }

    /// Terms are worked out on bytes when a text folds to ASCII; they must be those of the general rule.
    @Test func theFastTermsGiveWhatTheGeneralRuleGives() async throws {
        func general(_ text: String) -> [String] {
            TextAnalyzer.words(text).compactMap { TextAnalyzer.stopWords.contains($0) ? nil : TextAnalyzer.stem($0) }
        }
        var texts = ["Horaires mensuels — Brébeuf n° 42", "L’école « Œuvre » : 12 € des réseaux municipaux", "İSTANBUL ǅemal ß",
                     "Ωmega Σίσυφος", "e\u{301}te\u{301}", "cities STYLE-y eaux aux BUREAUX x2 vœux", "a b cd ø ð þ x⁰y xⁱy"]
        for value in 0x80..<0x250 { texts.append("Arbres" + String(Unicode.Scalar(value)!) + "ssy municipaux") }
        for value in TextAnalyzer.keptAsIs { texts.append("Aé" + String(Unicode.Scalar(value)!) + "zones") }
        let catalog = try await Self.exampleCatalog()
        for dataset in catalog.datasets {
            texts += [dataset.title, dataset.description] + dataset.keywords + dataset.distributions.flatMap { $0.table?.header ?? [] }
        }
        for text in texts { #expect(TextAnalyzer.terms(text) == general(text), "\(text)") }
    }

    @Test func stopWordsAndElisionsAreLeftOut() {
        #expect(TextAnalyzer.terms("Les arbres de l'avenue et the trees") == ["arbr", "avenu", "tree"])
        #expect(TextAnalyzer.words("Délibérations n° 2024-017") == ["deliberations", "2024", "017"])
    }

    @Test func postingCodeRoundTrips() {
        let postings: [(document: Int, weight: Int)] = [(0, 1), (1, 63), (31, 8), (32, 2), (10_000, 5), (1_048_577, 9)]
        let decoded = PostingCode.decode(PostingCode.encode(postings: postings), gaps: true, weighted: true)
        #expect(decoded.map(\.0) == postings.map(\.document))
        #expect(decoded.map(\.1) == postings.map(\.weight))
        let permutation = [5, 0, 40_000, 3]
        #expect(PostingCode.decode(PostingCode.encode(numbers: permutation), gaps: false, weighted: false).map(\.0) == permutation)
    }

    @Test func queriesFindWhatTheyShouldInTheExamplePortal() async throws {
        let files = SearchFiles(SearchIndex.build(from: try await Self.exampleCatalog()))
        func first(_ query: String) -> String? { files.search(query)?.ids.first }
        // Accents and case do not matter; plurals and singulars meet.
        #expect(first("equipements publics") == "equipements-publics")
        #expect(first("ÉQUIPEMENT") == "equipements-publics")
        #expect(first("délibération") == "deliberations-conseil-municipal")
        #expect(first("deliberations") == "deliberations-conseil-municipal")
        #expect(first("arbre") == "arbres-alignement")
        #expect(first("cantine allergènes") == "menus-restauration-scolaire")
        #expect(first("prénom") == "prenoms-nouveau-nes")
        #expect(first("irve") == "bornes-recharge-vehicules-electriques")
        // A word being typed is completed.
        #expect(first("subvent") == "subventions-associations")
        // Every word must match when some dataset has them all.
        let both = try #require(files.search("budget subventions"))
        #expect(both.ids.contains("subventions-associations") || both.ids.contains("budget-primitif"))
        #expect(files.search("zzzzqqq")?.total == 0)
        // No words: everything, latest update first.
        #expect(files.search("")?.total == 14)
    }

    @Test func facetsCountTheResults() async throws {
        let catalog = try await Self.exampleCatalog()
        let files = SearchFiles(SearchIndex.build(from: catalog))
        let all = try #require(files.search(""))
        for facet in SearchFacet.allCases {
            for value in facet.values(in: catalog) {
                #expect(all.facetCounts[facet]?[value.key] == value.datasetIDs.count, "\(facet) \(value.key)")
            }
        }
        #expect(all.facetCounts[.theme]?["gove"] == catalog.datasets.filter { $0.themeIDs.contains("gove") }.count)
        #expect(all.facetCounts[.format]?["geojson"] == 2)
        #expect(all.facetCounts[.license]?["odbl-1-0"] == 1)
        #expect(all.facetCounts[.keyword]?["scdl"] == catalog.datasets.filter { $0.keywords.contains("SCDL") }.count)

        // Counts follow the query, and a filter narrows it.
        let scdl = try #require(files.search("", filters: [.keyword: "scdl"]))
        #expect(scdl.total == all.facetCounts[.keyword]?["scdl"])
        #expect(scdl.facetCounts[.keyword]?["scdl"] == scdl.total)
        #expect(scdl.facetCounts[.organization]?["val-de-lys"] == scdl.total)
        let envi = try #require(files.search("données", filters: [.theme: "envi", .format: "csv"]))
        for id in envi.ids {
            let dataset = try #require(catalog.datasets.first { $0.id == id })
            #expect(dataset.themeIDs.contains("envi") && dataset.distributions.contains { $0.format == "CSV" })
        }
    }

    @Test func sortsByRelevanceDateAndTitle() async throws {
        let catalog = try await Self.exampleCatalog()
        let files = SearchFiles(SearchIndex.build(from: catalog))
        let byTitle = try #require(files.search("", sort: .title))
        let titles = byTitle.ids.compactMap { id in catalog.datasets.first { $0.id == id }.map { TextAnalyzer.fold($0.title) } }
        #expect(titles == titles.sorted())
        let byDate = try #require(files.search("", sort: .date))
        let dates = byDate.ids.compactMap { id in catalog.datasets.first { $0.id == id }?.modified?.epochSeconds }
        #expect(dates == dates.sorted(by: >))
        // Paging: the second page continues the first.
        let pageOne = try #require(files.search("", sort: .title, page: 1))
        #expect(pageOne.ids.count == min(20, catalog.datasets.count))
    }

    /// Portals of 10,000 and 50,000 datasets: what a query downloads before its first results show (meta.json, the
    /// term shards of its words, the document shards of the page) stays under 300 KB.
    @Test(arguments: [10_000, 50_000]) func aLargePortalShowsResultsUnder300KB(datasets: Int) throws {
        let catalog = GeneratedCatalog.catalog(datasets: datasets)
        let index = SearchIndex.build(from: catalog)
        let files = SearchFiles(index)
        let total = files.files.values.reduce(0) { $0 + $1.count }
        var worst = (query: "", bytes: 0)
        var figures: [String] = []
        let queries: [(String, [SearchFacet: String], SearchClient.Sort?)] = [
            ("budget", [:], nil), ("données", [:], nil), ("commune ville", [:], nil), ("arbres d'alignement", [:], nil),
            ("menus cantine allergènes", [:], nil), ("défibrillateurs 2021", [:], nil), ("bor", [:], nil), ("de", [:], nil),
            ("", [:], nil), ("", [:], .title), ("budget", [:], .title), ("", [.theme: "envi"], nil), ("écoles", [.format: "csv"], .date),
            ("transport", [.keyword: "transport"], nil), ("mairie horaires accueil", [:], nil),
        ]
        for (text, filters, sort) in queries {
            let result = try #require(files.search(text, filters: filters, sort: sort))
            figures.append("'\(text)'\(filters.isEmpty ? "" : " \(filters.map { "\($0.key.rawValue)=\($0.value)" }.joined())")\(sort.map { " by \($0.rawValue)" } ?? ""): \(result.bytesBeforeResults)")
            if result.bytesBeforeResults > worst.bytes { worst = ("\(text) \(filters) \(sort.map(\.rawValue) ?? "")", result.bytesBeforeResults) }
            #expect(result.bytesBeforeResults < 300_000, "'\(text)' \(filters) fetched \(result.bytesBeforeResults) bytes: \(result.fetched)")
        }
        #expect(files.search("budget")?.total ?? 0 > 100)
        print("search index for \(datasets) datasets: \(files.files.count) files, \(total) bytes in all; "
            + "the heaviest query ('\(worst.query)') fetches \(worst.bytes) bytes before its first results\n" + figures.joined(separator: "; "))
    }

    /// `kiosque-search.js` and `SearchClient` agree: same stems, same results, same facet counts (needs Node.js).
    @Test(.enabled(if: SearchIndexTests.node != nil)) func theBrowserScriptAgreesWithTheReference() async throws {
        let catalog = try await Self.exampleCatalog()
        let files = SearchFiles(SearchIndex.build(from: catalog))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try files.write(to: folder)
        let queries: [(String, [String: String], String)] = [
            ("arbres", [:], ""), ("équipements publics", [:], ""), ("subvent", [:], ""), ("données", ["theme": "gove"], ""),
            ("", ["keyword": "scdl"], "title"), ("budget subventions", [:], ""), ("cantine", [:], "date"), ("", [:], ""),
        ]
        let words = ["Arbres", "Données", "municipaux", "réseaux", "Énergie", "cities", "œuvres", "élus", "process", "Straße"]
        let script = """
        const k = require(\(jsonString(SharedFolder.packageRoot.appendingPathComponent("themes/default/assets/kiosque-search.js").path)));
        const fs = require("fs");
        const dir = \(jsonString(folder.path));
        const engine = new k.Engine(p => Promise.resolve(JSON.parse(fs.readFileSync(dir + "/" + p, "utf8"))));
        const queries = \(jsonQueries(queries));
        (async () => {
          const results = [];
          for (const q of queries) {
            const r = await engine.search({text: q[0], filters: q[1], sort: q[2], page: 1});
            results.push({ids: r.ids, total: r.total, counts: await engine.facetCounts(r.candidates)});
          }
          const words = \(jsonArray(words));
          console.log(JSON.stringify({terms: words.map(w => k.words(w).map(k.stem)), results}));
        })();
        """
        let output = try #require(try Self.run(node: script))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let terms = try #require(parsed["terms"] as? [[String]])
        #expect(terms == words.map { TextAnalyzer.words($0).map(TextAnalyzer.stem) })
        let results = try #require(parsed["results"] as? [[String: Any]])
        for (index, query) in queries.enumerated() {
            let filters = Dictionary(uniqueKeysWithValues: query.1.compactMap { key, value in SearchFacet(rawValue: key).map { ($0, value) } })
            let expected = try #require(files.search(query.0, filters: filters, sort: SearchClient.Sort(rawValue: query.2)))
            #expect(results[index]["ids"] as? [String] == expected.ids, "query \(query)")
            #expect(results[index]["total"] as? Int == expected.total, "query \(query)")
            let counts = (results[index]["counts"] as? [String: [String: Int]]) ?? [:]
            for facet in SearchFacet.allCases {
                #expect((counts[facet.rawValue] ?? [:]) == (expected.facetCounts[facet] ?? [:]), "query \(query) facet \(facet)")
            }
        }
    }

    static let node: String? = {
        for path in ["/usr/bin/node", "/usr/local/bin/node", "/usr/bin/nodejs"] where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        return nil
    }()

    static func run(node script: String) throws -> String? {
        guard let node else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["-e", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}

private func jsonString(_ text: String) -> String {
    String(decoding: try! JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed]), as: UTF8.self)
}

private func jsonArray(_ items: [String]) -> String {
    String(decoding: try! JSONSerialization.data(withJSONObject: items), as: UTF8.self)
}

private func jsonQueries(_ queries: [(String, [String: String], String)]) -> String {
    let value: [[Any]] = queries.map { [$0.0, $0.1, $0.2] }
    return String(decoding: try! JSONSerialization.data(withJSONObject: value), as: UTF8.self)
}
