import Foundation
import KiosqueTable
import Testing

/// A generated 50 MB file: the profiler keeps its bounds (counts only; a benchmark measures, a test does not time).
@Suite struct BoundedMemoryTests {
    @Test func aFiftyMegabyteFileKeepsItsBounds() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-50mb-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let file = fopen(path, "wb") else { throw CocoaError(.fileWriteUnknown) }
        var rows = 0, written = 0
        var chunk = Array("id;code_insee;montant;date;categorie;latitude;longitude;texte\n".utf8)
        while written < 50_000_000 {
            let department = 1 + rows % 95
            chunk += Array("\(rows);\(department < 10 ? "0" : "")\(department)\(100 + rows % 900);\(rows % 100_000),\(rows % 100);".utf8)
            chunk += Array("\(1 + rows % 28)/\(1 + rows % 12)/20\(10 + rows % 15);\(["culture", "sport", "social"][rows % 3]);".utf8)
            chunk += Array("4\(rows % 10).\(rows % 1000);\(rows % 9).\(rows % 997);\"ligne \(rows) \"\"citée\"\"\"\n".utf8)
            rows += 1
            if chunk.count > 1 << 20 {
                written += fwrite(chunk, 1, chunk.count, file)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        written += fwrite(chunk, 1, chunk.count, file)
        fclose(file)

        let result = try TableScan.read(path: path)
        let preview = result.preview
        #expect(preview.rowCount == rows)
        let fields = Dictionary(uniqueKeysWithValues: preview.fields.map { ($0.name, $0) })
        #expect(fields["id"]?.type == "integer")
        #expect(fields["id"]?.distinctIsExact == false)
        #expect(fields["code_insee"]?.semantic == "insee-commune")
        #expect(fields["montant"]?.decimalChar == ",")
        #expect(fields["date"]?.type == "date")
        #expect(fields["categorie"]?.top.map(\.count).reduce(0, +) == rows)
        #expect(fields["categorie"]?.distinctIsExact == true)
        #expect(fields["latitude"]?.semantic == "latitude")
        #expect(preview.points.count == 5000)
        #expect(preview.rows.count == 20)
        #expect((fields["texte"]?.top.count ?? 0) <= 10)
        #expect((fields["montant"]?.histogram?.counts.count ?? 0) <= 20)
    }
}
