import KiosqueCSV
import KiosqueTable

/// What the CSV fuzz target checks on every input: the reader and the profiler never crash, records respect the
/// limits, and the records do not depend on the chunk size the bytes arrive in.
public enum CSVFuzzCheck {
    /// The problems found (empty when every invariant holds). The input is the file; its length picks the chunk sizes
    /// and limits of the other reads, so that seed files are used as they are.
    public static func run(_ bytes: [UInt8]) -> [String] {
        let control = UInt8(truncatingIfNeeded: bytes.count &* 31 &+ Int(bytes.last ?? 0))
        var problems: [String] = []
        let small = CSVLimits(maxRecordBytes: 64 + Int(control & 0x0F) * 64, maxColumns: 1 + Int(control >> 4) * 4,
                              chunkSize: 1 + Int(control % 17), sniffBytes: CSVLimits.default.sniffBytes)
        let whole = records(bytes, limits: CSVLimits(chunkSize: 1 << 16))
        let chunked = records(bytes, limits: CSVLimits(chunkSize: 1 + Int(control % 31)))
        if let whole, let chunked, whole.records != chunked.records || whole.summary != chunked.summary {
            problems.append("records differ with chunk size \(1 + Int(control % 31))")
        }
        if let bounded = records(bytes, limits: small) {
            for record in bounded.records {
                if record.fields.count > small.maxColumns {
                    problems.append("line \(record.line): \(record.fields.count) fields past the limit \(small.maxColumns)")
                }
                if record.fields.reduce(0, { $0 + $1.count }) > small.maxRecordBytes {
                    problems.append("line \(record.line): a record larger than \(small.maxRecordBytes) bytes was delivered")
                }
            }
            if bounded.summary.issues.contains(where: { $0.line < 1 }) { problems.append("an issue without a line") }
        }
        do {
            // Small profile bounds, so that inputs cross them (exact counts → sketch, reservoir sampling) and stay fast.
            let limits = ProfileLimits(distinctBound: 1 + Int(control % 40), maxValueBytes: 8 + Int(control % 24),
                                       histogramSample: 16, sketchPrecision: 4 + Int(control % 3), points: Int(control % 20),
                                       topValues: 1 + Int(control % 5))
            let result = try TableScan.read(bytes: bytes, options: TableScan.Options(previewRows: 5, limits: limits))
            if result.preview.rows.count > 5 { problems.append("more preview rows than asked") }
            if !result.summary.isBinary, result.preview.fields.count != result.summary.header.count {
                problems.append("\(result.preview.fields.count) profiles for \(result.summary.header.count) columns")
            }
        } catch {
            problems.append("TableScan threw on bytes in memory: \(error)")
        }
        return problems
    }

    struct Read: Equatable {
        var records: [Record]
        var summary: CSVSummary
    }

    struct Record: Equatable {
        var line: Int
        var fields: [[UInt8]]
    }

    static func records(_ bytes: [UInt8], limits: CSVLimits) -> Read? {
        var reader = CSVReader(bytes: bytes, limits: limits)
        var found: [Record] = []
        guard let summary = try? reader.readRaw(record: { raw in
            found.append(Record(line: raw.line, fields: raw.map { Array($0) }))
            return true
        }) else { return nil }
        return Read(records: found, summary: summary)
    }
}
