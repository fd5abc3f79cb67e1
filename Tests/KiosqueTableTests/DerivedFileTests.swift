import Foundation
import KiosqueModel
import KiosqueTable
import Testing

/// The files published beside a table for reusers, written while it is read.
@Suite struct DerivedFileTests {
    static func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-derived-\(UUID().uuidString)").path
    }

    @Test func aWindows1252SemicolonFileGetsAUTF8CommaCopyJSONAndPages() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // "Libellé;Montant", then a value with a comma, one with a quote, one with a line break; 0xE9 is é.
        var bytes = Array("Libell".utf8) + [0xE9] + Array(";Montant\r\n".utf8)
        bytes += Array("Caf".utf8) + [0xE9] + Array(", th".utf8) + [0xE9] + Array(";1 234,50\r\n".utf8)
        bytes += Array("\"Dit \"\"bonjour\"\"\";12\r\n\"deux\nlignes\";3\r\n".utf8)
        let request = DerivedRequest(folder: folder + "/cache", baseName: "budget", pageSize: 2)
        let result = try TableScan.read(bytes: bytes, options: TableScan.Options(derived: request))
        #expect(result.derivedFailure == nil)
        let names = result.preview.derivedFiles.map(\.name)
        #expect(names == ["budget.utf8.csv", "budget.json", "budget.pages/index.json", "budget.pages/0001.json", "budget.pages/0002.json"])
        let csv = try String(contentsOfFile: folder + "/cache/budget.utf8.csv", encoding: .utf8)
        #expect(csv == "Libellé,Montant\n\"Café, thé\",\"1 234,50\"\n\"Dit \"\"bonjour\"\"\",12\n\"deux\nlignes\",3\n")
        #expect(csv.contains("\"deux\nlignes\",3\n"))
        let records = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/cache/budget.json")))
            as? [[String: String]]
        #expect(records?.count == 3)
        #expect(records?.first == ["Libellé": "Café, thé", "Montant": "1 234,50"])
        #expect(records?[1]["Libellé"] == "Dit \"bonjour\"")
        let index = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/cache/budget.pages/index.json")))
            as? [String: Any]
        #expect(index?["rows"] as? Int == 3)
        #expect(index?["pages"] as? [String] == ["0001.json", "0002.json"])
        #expect(index?["types"] as? [String] == ["string", "number"])
        let page = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/cache/budget.pages/0002.json")))
            as? [String: Any]
        #expect(page?["first"] as? Int == 3)
        #expect(page?["rows"] as? [[String]] == [["deux\nlignes", "3"]])
        #expect(result.preview.derivedFiles.allSatisfy { FileManager.default.fileExists(atPath: $0.sourcePath) })
    }

    @Test func aUTF8CommaFileNeedsNoCopy() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let request = DerivedRequest(folder: folder, baseName: "annexes/arbres")
        let result = try TableScan.read(bytes: Array("id,nom,nom,\n1,Platane,x,y,extra\n2\n".utf8), options: TableScan.Options(derived: request))
        #expect(result.preview.derivedFiles.map(\.name).first == "annexes/arbres.json")
        #expect(!result.preview.derivedFiles.contains { $0.kind == .utf8CSV })
        let records = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/arbres.json"))) as? [[String: Any]]
        // Repeated and empty names get unique keys; extra fields keep theirs; missing ones are null.
        #expect(records?.first?["nom_2"] as? String == "x")
        #expect(records?.first?["column_4"] as? String == "y")
        #expect(records?.first?["column_5"] as? String == "extra")
        #expect(records?.last?["nom"] is NSNull)
    }

    /// A table of no more rows than the dataset page shows gets no pages; one row more, and it does.
    @Test func aTableThePageShowsWholeGetsNoPages() throws {
        let parent = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let request = DerivedRequest(folder: parent + "/small", baseName: "small", inlineRows: 3)
        let small = try TableScan.read(bytes: Array("a\n1\n2\n3\n".utf8), options: TableScan.Options(derived: request))
        #expect(small.preview.derivedFiles.map(\.name) == ["small.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent + "/small") == ["small.json"])
        let larger = DerivedRequest(folder: parent + "/larger", baseName: "larger", inlineRows: 3)
        let four = try TableScan.read(bytes: Array("a\n1\n2\n3\n4\n".utf8), options: TableScan.Options(derived: larger))
        #expect(four.preview.derivedFiles.map(\.name) == ["larger.json", "larger.pages/index.json", "larger.pages/0001.json"])
        #expect(four.preview.derivedFiles.allSatisfy { FileManager.default.fileExists(atPath: $0.sourcePath) })
        // A wide table whose first rows fill the write buffer: the page file had to be made, and is removed again.
        let wide = DerivedRequest(folder: parent + "/wide", baseName: "wide", inlineRows: 3)
        let cell = String(repeating: "x", count: 40_000)
        let rows = try TableScan.read(bytes: Array("a,b\n\(cell),\(cell)\n\(cell),\(cell)\n".utf8), options: TableScan.Options(derived: wide))
        #expect(rows.preview.derivedFiles.map(\.name) == ["wide.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent + "/wide") == ["wide.json"])
    }

    @Test func aRebuildReplacesTheCacheFolder() throws {
        // A parent of its own: other tests (and other processes) stage their folders in the temporary directory too.
        let parent = Self.temporaryFolder()
        let folder = parent + "/t"
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let request = DerivedRequest(folder: folder, baseName: "t", pageSize: 1)
        _ = try TableScan.read(bytes: Array("a\n1\n2\n3\n".utf8), options: TableScan.Options(derived: request))
        let second = try TableScan.read(bytes: Array("a\n1\n".utf8), options: TableScan.Options(derived: request))
        #expect(second.preview.derivedFiles.filter { $0.kind == .page }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/t.pages/0002.json"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["t"])
    }
}
