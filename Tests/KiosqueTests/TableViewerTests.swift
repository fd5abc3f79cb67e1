import Foundation
import KiosqueTestSupport
import Testing

/// The pure functions of `kiosque-table.js` under Node.js: how the viewer sorts and filters rows.
@Suite struct TableViewerTests {
    @Test(.enabled(if: SearchIndexTests.node != nil)) func sortingAndFilteringAsAReaderExpects() throws {
        let path = SharedFolder.packageRoot.appendingPathComponent("themes/default/assets/kiosque-table.js").path
        let script = """
        const v = require(\(String(decoding: try JSONSerialization.data(withJSONObject: path, options: [.fragmentsAllowed]), as: UTF8.self)));
        const collator = new Intl.Collator("fr", {numeric: true, sensitivity: "base"});
        const rows = [["a", "1 234,5", "05/03/2024", "Église"], ["b", "", "2024-01-10", "école"], ["c", "-3", "", "Zoo"],
                      ["d", "98", "2023-12-31", "arbre"], ["e", "1 000", "01/02/2024", "Étang"]];
        const out = {
          numbers: [v.parseNumber("1 234,5"), v.parseNumber("1\\u202f234,50"), v.parseNumber("1,234.5"), v.parseNumber("-3"),
                    v.parseNumber("abc"), v.parseNumber("")],
          up: v.sortRows(rows, 1, "number", false, collator).map(r => r[0]),
          down: v.sortRows(rows, 1, "number", true, collator).map(r => r[0]),
          dates: v.sortRows(rows, 2, "date", false, collator).map(r => r[0]),
          text: v.sortRows(rows, 3, "string", false, collator).map(r => r[0]),
          filtered: v.filterRows(rows, "ECOLE").map(r => r[0]),
          both: v.filterRows(rows, "e 2024").map(r => r[0]),
          none: v.filterRows(rows, "   ").length,
          fill: v.fill("Page {page} sur {pages}", {page: 3, pages: 12}),
          pages: [v.pageCount(0, 50), v.pageCount(50, 50), v.pageCount(51, 50)]
        };
        console.log(JSON.stringify(out));
        """
        let output = try #require(try SearchIndexTests.run(node: script))
        let result = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let numbers = try #require(result["numbers"] as? [Any])
        #expect(numbers.prefix(4).compactMap { $0 as? Double } == [1234.5, 1234.5, 1234.5, -3])
        #expect(numbers.dropFirst(4).allSatisfy { $0 is NSNull })
        // Numbers in order, the empty cell last whichever way.
        #expect(result["up"] as? [String] == ["c", "d", "e", "a", "b"])
        #expect(result["down"] as? [String] == ["a", "e", "d", "c", "b"])
        // Dates in both notations, in calendar order.
        #expect(result["dates"] as? [String] == ["d", "b", "e", "a", "c"])
        // Text in French order, accents ignored.
        #expect(result["text"] as? [String] == ["d", "b", "a", "e", "c"])
        #expect(result["filtered"] as? [String] == ["b"])
        #expect(result["both"] as? [String] == ["a", "b", "e"])
        #expect(result["none"] as? Int == 5)
        #expect(result["fill"] as? String == "Page 3 sur 12")
        #expect(result["pages"] as? [Int] == [1, 1, 2])
    }
}
