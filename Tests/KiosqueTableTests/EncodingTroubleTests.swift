import Foundation
import KiosqueTable
import Testing

/// Bytes that are not UTF-8 past the sniffed prefix of a UTF-8 file: found, located, and repaired in the copies.
@Suite struct EncodingTroubleTests {
    @Test func invalidBytesPastThePrefixAreLocatedAndRepaired() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-encoding-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var bytes = Array("id,nom\n".utf8)
        for index in 0..<8_000 { bytes += Array("\(index),Orléans\n".utf8) }
        // Line 8,002: "Orl" 0xE9 "ans", Windows-1252 inside a UTF-8 file.
        bytes += Array("8000,Orl".utf8) + [0xE9] + Array("ans\n".utf8)
        let request = DerivedRequest(folder: folder, baseName: "communes", pages: false)
        let result = try TableScan.read(bytes: bytes, options: TableScan.Options(derived: request))
        #expect(result.preview.encoding == "utf-8")
        #expect(result.invalidUTF8Rows == 1)
        #expect(result.firstInvalidUTF8Line == 8_002)
        let records = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/communes.json"))) as? [[String: String]]
        #expect(records?.last?["nom"] == "Orléans")
        #expect(records?.count == 8_001)
    }
}
