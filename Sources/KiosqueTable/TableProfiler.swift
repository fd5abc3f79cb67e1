import KiosqueCSV
import KiosqueModel

/// Profiles a table record by record from raw bytes, in memory bounded by ``ProfileLimits`` whatever the row count.
///
/// The profiler keeps the records' slices, not their bytes, until it profiles them in a batch: read with
/// ``CSVReader/readRaw(header:record:release:)`` and hand it ``release()``, which profiles what it holds before the
/// reader overwrites the bytes.
///
/// ```swift
/// var reader = try CSVReader(path: "budget.csv")
/// var profiler: TableProfiler?
/// let summary = try reader.readRaw(header: { profiler = TableProfiler(header: $0, encoding: reader.dialect.encoding) },
///                                  record: { profiler?.add($0); return true }, release: { profiler?.release() })
/// let result = profiler?.finish()
/// ```
public final class TableProfiler {
    /// What the profiler found.
    public struct Result: Sendable, Equatable {
        /// One profile per header column.
        public let fields: [ColumnProfile]
        public let coordinates: TablePreview.Coordinates?
        /// A uniform sample of the rows' points, in file order.
        public let points: [TablePreview.Point]
        /// Rows with bytes that are not valid UTF-8 in a UTF-8 file, and the line of the first.
        public let invalidUTF8Rows: Int
        public let firstInvalidUTF8Line: Int?
    }

    public let header: [String]
    public let encoding: CSVEncoding
    public let limits: ProfileLimits
    private let columns: UnsafeMutablePointer<ColumnAccumulator>
    private let count: Int
    /// The first columns whose names suggest a latitude and a longitude.
    private let latitudeColumn: Int?
    private let longitudeColumn: Int?
    private var points: Reservoir<(row: Int, point: TablePreview.Point)>
    private var rows = 0
    private var invalidUTF8Rows = 0
    private var firstInvalidUTF8Line: Int?

    // Records' slices are kept in a batch and profiled column by column: each column's loop keeps its own state and
    // branches to itself, instead of fifteen columns taking turns cell after cell. The bytes stay in the reader's
    // buffer until it releases them; the batch is bounded in rows, so memory stays constant.
    /// Rows per batch: 256, fewer for wide tables (at most 64 Ki cells).
    private let batchCapacity: Int
    private var batchRows = 0
    /// The batch's cells, row after row: `cells[row * count + column]`, pointing into the reader's bytes (each record's
    /// slices copied at once; each column reads every `count`-th).
    private let cells: UnsafeMutablePointer<CellBytes>
    /// Per batch row: its line, whether a cell was not valid UTF-8, and the numbers of the coordinate columns.
    private let lines: UnsafeMutablePointer<Int>
    private let invalid: UnsafeMutablePointer<Bool>
    private let latitudes: UnsafeMutablePointer<Double>
    private let longitudes: UnsafeMutablePointer<Double>

    public init(header: [String], encoding: CSVEncoding, limits: ProfileLimits? = nil) {
        let limits = limits ?? .forTable(columns: header.count)
        self.header = header
        self.encoding = encoding
        self.limits = limits
        count = header.count
        let columns = UnsafeMutablePointer<ColumnAccumulator>.allocate(capacity: max(1, header.count))
        for (index, name) in header.enumerated() {
            (columns + index).initialize(to: ColumnAccumulator(name: name, utf8: encoding.isUTF8, limits: limits,
                                                                seed: 0x5EED &+ UInt64(index)))
        }
        self.columns = columns
        latitudeColumn = header.indices.first { columns[$0].hints.latitude }
        longitudeColumn = header.indices.first { columns[$0].hints.longitude }
        points = Reservoir(capacity: max(1, limits.points), seed: 0x9013)
        batchCapacity = max(1, min(256, 65_536 / max(1, header.count)))
        cells = .allocate(capacity: batchCapacity * max(1, header.count))
        lines = .allocate(capacity: batchCapacity)
        invalid = .allocate(capacity: batchCapacity)
        invalid.initialize(repeating: false, count: batchCapacity)
        latitudes = .allocate(capacity: batchCapacity)
        longitudes = .allocate(capacity: batchCapacity)
    }

    deinit {
        for index in 0..<count { columns[index].release() }
        columns.deinitialize(count: count)
        columns.deallocate()
        cells.deallocate()
        lines.deallocate()
        invalid.deallocate()
        latitudes.deallocate()
        longitudes.deallocate()
    }

    /// Adds one record; fields past the header are ignored, missing ones count as nulls. Its fields' bytes must stay
    /// valid until the next ``release()`` or ``finish()``.
    public func add(_ record: CSVRawRecord) {
        let slices = record.slices
        let present = min(slices.count, count)
        let row = batchRows
        let cell = cells + row * count
        if let base = slices.baseAddress, present > 0 { cell.update(from: base, count: present) }
        if present < count { (cell + present).update(repeating: CellBytes(start: nil, count: 0), count: count - present) }
        lines[row] = record.line
        batchRows = row + 1
        if batchRows == batchCapacity { flush() }
    }

    /// Profiles the records held, whose bytes the reader is about to overwrite.
    public func release() {
        flush()
    }

    /// Profiles the rows of the batch, column by column, then what spans columns (invalid rows, points) row by row.
    private func flush() {
        let rowCount = batchRows
        guard rowCount > 0 else { return }
        for index in 0..<count {
            let numbers: UnsafeMutablePointer<Double>? =
                index == latitudeColumn ? latitudes : (index == longitudeColumn ? longitudes : nil)
            columns[index].add(cells + index, stride: count, rows: rowCount, numbers: numbers, invalid: invalid)
        }
        for row in 0..<rowCount where invalid[row] {
            invalidUTF8Rows += 1
            if firstInvalidUTF8Line == nil { firstInvalidUTF8Line = lines[row] }
            invalid[row] = false
        }
        if latitudeColumn != nil && longitudeColumn != nil && limits.points > 0 {
            for row in 0..<rowCount {
                let latitude = latitudes[row], longitude = longitudes[row]
                // Either order is kept: the loader tells swapped columns from the values.
                let fits = (abs(latitude) <= 90 && abs(longitude) <= 180) || (abs(latitude) <= 180 && abs(longitude) <= 90)
                if fits {
                    points.add((rows + row, TablePreview.Point(latitude: latitude, longitude: longitude)))
                }
            }
        }
        rows += rowCount
        batchRows = 0
    }

    /// The profiles, and the sampled points when the hinted columns turned out to hold coordinates.
    public func finish() -> Result {
        flush()
        let fields = (0..<count).map { columns[$0].profile(encoding: encoding, limits: limits) }
        var coordinates: TablePreview.Coordinates?
        var sampled: [TablePreview.Point] = []
        if let latitudeColumn, let longitudeColumn,
           Self.holdsCoordinates(fields[latitudeColumn], fields[longitudeColumn]) {
            coordinates = TablePreview.Coordinates(latitude: header[latitudeColumn], longitude: header[longitudeColumn])
            sampled = points.items.sorted { $0.row < $1.row }.map(\.point)
        }
        return Result(fields: fields, coordinates: coordinates, points: sampled, invalidUTF8Rows: invalidUTF8Rows,
                      firstInvalidUTF8Line: firstInvalidUTF8Line)
    }

    /// The hinted columns hold coordinates: a latitude and a longitude, or the two swapped (the values meant as
    /// latitudes go beyond ±90 but not ±180, those meant as longitudes stay within ±90).
    private static func holdsCoordinates(_ latitude: ColumnProfile, _ longitude: ColumnProfile) -> Bool {
        if latitude.semantic == "latitude" && longitude.semantic == "longitude" { return true }
        guard let low = number(latitude.minValue), let high = number(latitude.maxValue),
              let otherLow = number(longitude.minValue), let otherHigh = number(longitude.maxValue) else { return false }
        return low >= -180 && high <= 180 && otherLow >= -90 && otherHigh <= 90
    }

    private static func number(_ value: JSONValue?) -> Double? {
        switch value {
        case let .integer(number)?: Double(number)
        case let .number(number)?: number
        default: nil
        }
    }
}
