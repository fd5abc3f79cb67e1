import KiosqueCSV
import Testing

/// `readRaw(header:record:release:)`: the bytes of the records delivered since the last release are still those of the
/// file when the release comes, whatever the chunk size (the profiler reads them then, in a batch).
@Suite struct KeptRecordsTests {
    /// Quoted fields, doubled quotes (unescaped into the arena), quoted line breaks, CRLF and CR, a ragged row, a long
    /// record, blank lines and a last record without a line break.
    static let text: String = {
        var lines = ["id;nom;note"]
        for index in 1...400 {
            switch index % 7 {
            case 0: lines.append("\(index);\"l'\"\"école\"\" n°\(index)\";\"a\r\nb\"")
            case 1: lines.append("\(index);\"Saint-Étienne\";\(String(repeating: "x", count: index))")
            case 2: lines.append("\(index);plain \(index)")
            case 3: lines.append("\(index);\"\"\"\"\"\";\"fin \"\"\(index)\"\"\"\r")
            case 4: lines.append("")
            default: lines.append("\(index);\"q;uoted\";\(index * 3)")
            }
        }
        return lines.joined(separator: "\n") + "\n401;\"dernier\";\"sans fin\"\"\""
    }()

    @Test(arguments: [1, 3, 64, 100, 4096, 1 << 20])
    func keptBytesAreTheFileBytes(chunkSize: Int) throws {
        let bytes = Array(Self.text.utf8)
        let limits = CSVLimits(chunkSize: chunkSize)
        var copied: [[[UInt8]]] = []
        var direct = CSVReader(bytes: bytes, limits: limits)
        let expected = try direct.readRaw { record in
            copied.append(record.map { Array($0) })
            return true
        }
        var kept: [[UnsafeBufferPointer<UInt8>]] = []
        var released: [[[UInt8]]] = []
        var releases = 0
        var reader = CSVReader(bytes: bytes, limits: limits)
        let summary = try reader.readRaw(record: { record in
            kept.append(Array(record))
            return true
        }, release: {
            releases += 1
            released += kept.map { $0.map { Array($0) } }
            kept = []
        })
        #expect(kept.isEmpty)
        #expect(released == copied)
        #expect(summary == expected)
        #expect(releases >= 1)
    }
}
