import Foundation
import KiosqueCSV
import KiosqueModel

/// Reads a tabular file once, streaming raw bytes, and gets everything from that one pass: the dialect and shape,
/// the first rows for the HTML preview, the column profiles, a sample of points, and the derived files for reusers.
///
/// ```
/// CSVReader.readRaw ──▶ record (byte slices) ─┬─▶ first rows, decoded ─────────▶ TablePreview.rows
///                                             ├─▶ TableProfiler (per column) ──▶ fields, points
///                                             └─▶ DerivedWriter ──▶ .kiosque/derived/… (UTF-8 CSV, JSON, pages)
/// ```
///
/// A ``TableRecordConsumer`` (the loader's Table Schema check) may join the same pass: it gets the records decoded to
/// text, and the preview reuses them.
public enum TableScan {
    public struct Options: Sendable {
        /// Rows kept, decoded, for the HTML preview.
        public var previewRows: Int
        /// The derived files to write; nil writes nothing.
        public var derived: DerivedRequest?
        /// Profiler bounds; nil picks them from the column count.
        public var limits: ProfileLimits?
        /// Files of at least this many bytes have their columns profiled on two threads (``TableProfiler``), with the
        /// same result; nil keeps one thread.
        public var twoThreadsFrom: Int?

        /// What a build uses: two threads for files of 8 MB or more, on a machine of two cores or more.
        public static let buildTwoThreadsFrom: Int? = ProcessInfo.processInfo.activeProcessorCount > 1 ? 8_000_000 : nil

        public init(previewRows: Int = 20, derived: DerivedRequest? = nil, limits: ProfileLimits? = nil, twoThreadsFrom: Int? = nil) {
            self.previewRows = previewRows
            self.derived = derived
            self.limits = limits
            self.twoThreadsFrom = twoThreadsFrom
        }
    }

    public struct Result: Sendable {
        public let summary: CSVSummary
        /// Shape, first rows, profiles, points and derived files, as the model holds them.
        public let preview: TablePreview
        /// Rows of a UTF-8 file seen holding bytes that are not UTF-8 (read as Windows-1252), and the first one's line.
        /// A repeated value is checked once, so the count is a lower bound; the line is exact.
        public let invalidUTF8Rows: Int
        public let firstInvalidUTF8Line: Int?
        /// Why the derived files could not be written, when they could not.
        public let derivedFailure: String?
    }

    /// Reads the file at `path`.
    /// - Throws: ``CSVReaderError`` when the file cannot be opened or read.
    public static func read(path: String, options: Options = Options()) throws -> Result {
        var reader = try openReader(path: path, options: options)
        var none: NoConsumer?
        return try scan(&reader, options: options, consumer: &none)
    }

    /// Reads the file at `path`, handing every record, decoded, to `consumer` too.
    /// - Throws: ``CSVReaderError`` when the file cannot be opened or read.
    public static func read<Consumer: TableRecordConsumer>(path: String, options: Options = Options(),
                                                           consumer: inout Consumer) throws -> Result {
        var reader = try openReader(path: path, options: options)
        var optional: Consumer? = consumer
        defer { if let optional { consumer = optional } }
        return try scan(&reader, options: options, consumer: &optional)
    }

    /// Reads bytes in memory: for tests.
    public static func read(bytes: [UInt8], options: Options = Options()) throws -> Result {
        var reader = CSVReader(bytes: bytes)
        var none: NoConsumer?
        return try scan(&reader, options: options, consumer: &none)
    }

    /// Reads bytes in memory with a consumer: for tests.
    public static func read<Consumer: TableRecordConsumer>(bytes: [UInt8], options: Options = Options(),
                                                           consumer: inout Consumer) throws -> Result {
        var reader = CSVReader(bytes: bytes)
        var optional: Consumer? = consumer
        defer { if let optional { consumer = optional } }
        return try scan(&reader, options: options, consumer: &optional)
    }

    /// The reader, with larger chunks when two threads profile the file: the second thread finishes every batch before
    /// the reader overwrites a chunk, and each such meeting leaves one thread idle for a while.
    private static func openReader(path: String, options: Options) throws -> CSVReader {
        var status = stat()
        let twoThreads = options.twoThreadsFrom.map { from in stat(path, &status) == 0 && Int(status.st_size) >= from } ?? false
        return try CSVReader(path: path, limits: twoThreads ? CSVLimits(chunkSize: 4 << 20) : .default)
    }

    private struct NoConsumer: TableRecordConsumer {
        mutating func start(header: [String], headerLine: Int) {}
        mutating func consume(_ fields: [String], line: Int) {}
    }

    private static func scan<Consumer: TableRecordConsumer>(_ reader: inout CSVReader, options: Options,
                                                            consumer: inout Consumer?) throws -> Result {
        let dialect = reader.dialect
        let encoding = dialect.encoding
        var profiler: TableProfiler?
        var writer: DerivedWriter?
        var derivedFailure: String?
        var rows: [[String]] = []
        var width = 0
        let previewRows = options.previewRows
        let headerLine = dialect.preambleLines + 1
        let threads = options.twoThreadsFrom.map { reader.byteCount >= $0 ? 2 : 1 } ?? 1
        let summary = try reader.readRaw(header: { header in
            width = header.count
            consumer?.start(header: header, headerLine: headerLine)
            profiler = TableProfiler(header: header, encoding: encoding, limits: options.limits, threads: threads)
            if let request = options.derived {
                do {
                    writer = try DerivedWriter(request: request, header: header, dialect: dialect)
                } catch {
                    derivedFailure = String(describing: error)
                }
            }
        }, record: { record in
            profiler?.add(record)
            var decoded: [String]?
            if consumer != nil {
                var fields: [String] = []
                fields.reserveCapacity(record.count)
                for index in record.indices { fields.append(encoding.decode(record[index])) }
                consumer?.consume(fields, line: record.line)
                decoded = fields
            }
            if rows.count < previewRows {
                var row = decoded.map { Array($0.prefix(width)) } ?? record.prefix(width).map { encoding.decode($0) }
                if row.count < width { row += Array(repeating: "", count: width - row.count) }
                rows.append(row)
            }
            if let current = writer {
                do {
                    try current.add(record)
                } catch {
                    derivedFailure = String(describing: error)
                    current.abandon()
                    writer = nil
                }
            }
            return true
        }, release: {
            // The profiler holds the slices of the records since the last release: it profiles them now.
            profiler?.release()
        })
        let profile = profiler?.finish()
        var derivedFiles: [TablePreview.DerivedFile] = []
        if let writer {
            do {
                derivedFiles = try writer.finish(fields: profile?.fields ?? [])
            } catch {
                derivedFailure = String(describing: error)
                writer.abandon()
            }
        }
        let preview = TablePreview(encoding: summary.dialect.encoding.rawValue, delimiter: summary.dialect.delimiterCharacter,
                                   header: summary.header, rows: rows, rowCount: summary.recordCount, columnCount: summary.columnCount,
                                   fields: profile?.fields ?? [], raggedRowCount: summary.raggedRowCount,
                                   coordinates: profile?.coordinates, points: profile?.points ?? [], derivedFiles: derivedFiles)
        return Result(summary: summary, preview: preview, invalidUTF8Rows: profile?.invalidUTF8Rows ?? 0,
                      firstInvalidUTF8Line: profile?.firstInvalidUTF8Line, derivedFailure: derivedFailure)
    }
}
