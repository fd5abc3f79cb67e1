import Foundation
import KiosqueCSV
import KiosqueTestSupport
import Testing

/// csv-spectrum (max-mapper): every CSV against its expected JSON, an array of objects keyed by header.
@Suite struct CSVSpectrumTests {
    static let names = [
        "comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "location_coordinates",
        "newlines", "newlines_crlf", "quotes_and_newlines", "simple", "simple_crlf", "utf8",
    ]

    /// Upstream mistakes in the expected JSON, corrected here: location_coordinates.json holds a single
    /// object (not an array) whose phone number, "1234567890", is not the one in the CSV.
    static let errata: [String: [String: String]] = [
        "location_coordinates": ["Contact Phone Number": "2095257564"],
    ]

    @Test func theListCoversTheSuite() throws {
        guard SharedFolder.isAvailable else { return }
        let folder = SharedFolder.path("corpus/csv-edge-cases/csv-spectrum/csvs").path
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }
        #expect(files.map { String($0.dropLast(4)) }.sorted() == Self.names)
    }

    @Test(arguments: names)
    func matchesExpectedJSON(_ name: String) throws {
        guard SharedFolder.isAvailable else { return }
        let spectrum = SharedFolder.path("corpus/csv-edge-cases/csv-spectrum")
        let csv = spectrum.appendingPathComponent("csvs/\(name).csv").path
        let json = try Data(contentsOf: spectrum.appendingPathComponent("json/\(name).json"))
        let parsed = try JSONSerialization.jsonObject(with: json)
        var expected = try #require((parsed as? [[String: String]]) ?? (parsed as? [String: String]).map { [$0] })
        for (column, value) in Self.errata[name] ?? [:] {
            for index in expected.indices { expected[index][column] = value }
        }

        let (header, records, summary) = try CSVReader.readAll(path: csv)
        #expect(summary.dialect.delimiter == UInt8(ascii: ","))
        #expect(summary.issues.isEmpty)
        #expect(records.count == expected.count)
        for (record, object) in zip(records, expected) {
            #expect(record.fields.count == header.count)
            #expect(Dictionary(uniqueKeysWithValues: zip(header, record.fields)) == object)
        }
    }

    @Test func crlfFilesKeepCRLFInsideQuotes() throws {
        guard SharedFolder.isAvailable else { return }
        let path = SharedFolder.path("corpus/csv-edge-cases/csv-spectrum/csvs/newlines_crlf.csv").path
        let (_, records, summary) = try CSVReader.readAll(path: path)
        #expect(summary.dialect.lineEnding == .crlf)
        #expect(records.map(\.line) == [2, 3, 5])
        #expect(records[1].fields[0] == "Once upon \r\na time")
    }
}
