import Foundation
import KiosqueCSV
import Testing

/// Reading from the file system.
@Suite struct FileTests {
    @Test func aFileIsReadInChunksWithTheSameResultAsBytes() throws {
        let text = "id;nom\r\n" + (1...5_000).map { "\($0);\"nom \($0)\r\nsuite\"\r\n" }.joined()
        let bytes = Array(text.utf8)
        let fromBytes = try CSVInput.read(bytes: bytes)
        let fromFile = try CSVInput.withTemporaryFile(bytes) { path in
            try CSVReader.readAll(path: path, limits: CSVLimits(chunkSize: 4096))
        }
        #expect(fromFile.header == fromBytes.header)
        #expect(fromFile.records == fromBytes.records)
        #expect(fromFile.summary == fromBytes.summary)
        #expect(fromFile.summary.recordCount == 5_000)
        #expect(fromFile.summary.byteCount == bytes.count)
        #expect(fromFile.records.last?.line == 10_000)
    }

    @Test func readingTwiceGivesTheSameResult() throws {
        try CSVInput.withTemporaryFile(Array("a,b\n1,2\n".utf8)) { path in
            var reader = try CSVReader(path: path)
            let first = try reader.read { _ in true }
            let second = try reader.read { _ in true }
            #expect(first == second)
            #expect(second.recordCount == 1)
        }
    }

    @Test func aLongLineIsSkippedWithoutHoldingIt() throws {
        var bytes = Array("a,b\n".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 3 << 20)
        bytes += Array("\n1,2\n".utf8)
        let limits = CSVLimits(maxRecordBytes: 1 << 20, chunkSize: 64 << 10)
        let (_, records, summary) = try CSVInput.withTemporaryFile(bytes) { path in
            try CSVReader.readAll(path: path, limits: limits)
        }
        #expect(records == [CSVRecord(fields: ["1", "2"], line: 3)])
        #expect(summary.issues == [CSVIssue(line: 2, kind: .recordTooLarge(limit: 1 << 20))])
    }

    @Test func aBinaryFileNamedCSVIsReportedNotParsed() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let summary = try CSVInput.withTemporaryFile(png) { path in
            var reader = try CSVReader(path: path)
            return try reader.read { _ in true }
        }
        #expect(summary.isBinary)
        #expect(summary.issues == [CSVIssue(line: 1, kind: .binary)])
    }

    @Test func aMissingFileThrows() {
        #expect(throws: CSVReaderError.cannotOpen(path: "/nonexistent/x.csv", errno: ENOENT)) {
            _ = try CSVReader(path: "/nonexistent/x.csv")
        }
    }

    @Test func aFolderThrows() {
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: CSVReaderError.cannotOpen(path: folder, errno: EISDIR)) {
            _ = try CSVReader(path: folder)
        }
    }
}
