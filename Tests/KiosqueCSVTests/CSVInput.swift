import Foundation
import KiosqueCSV

/// Small helpers that read CSV text or bytes in memory, or through a temporary file.
enum CSVInput {
    typealias Result = (header: [String], records: [CSVRecord], summary: CSVSummary)

    static func read(_ text: String, dialect: CSVDialect? = nil, limits: CSVLimits = .default) throws -> Result {
        try CSVReader.readAll(bytes: Array(text.utf8), dialect: dialect, limits: limits)
    }

    static func read(bytes: [UInt8], dialect: CSVDialect? = nil, limits: CSVLimits = .default) throws -> Result {
        try CSVReader.readAll(bytes: bytes, dialect: dialect, limits: limits)
    }

    /// Writes `bytes` to a fresh temporary file, runs `body` with its path, then removes it.
    static func withTemporaryFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kiosque-csv-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url.path)
    }

    /// The fields of every record, for compact comparisons.
    static func fields(_ records: [CSVRecord]) -> [[String]] {
        records.map(\.fields)
    }
}
