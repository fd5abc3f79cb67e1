import KiosqueCSV
import KiosqueModel

/// Profiles a table record by record from raw bytes, in memory bounded by ``ProfileLimits`` whatever the row count.
///
/// ```swift
/// var reader = try CSVReader(path: "budget.csv")
/// var profiler: TableProfiler?
/// let summary = try reader.readRaw(header: { profiler = TableProfiler(header: $0, encoding: reader.dialect.encoding) }) {
///     profiler?.add($0)
///     return true
/// }
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
    /// Cells of the record being added, between the two passes of ``add(_:)``.
    private let prepared: UnsafeMutablePointer<ColumnAccumulator.Prepared>
    /// Keeps the early loads of ``add(_:)`` from being optimised away.
    private var touched: UInt64 = 0
    private var points: Reservoir<(row: Int, point: TablePreview.Point)>
    private var rows = 0
    private var invalidUTF8Rows = 0
    private var firstInvalidUTF8Line: Int?

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
        prepared = .allocate(capacity: max(1, header.count))
        latitudeColumn = header.indices.first { columns[$0].hints.latitude }
        longitudeColumn = header.indices.first { columns[$0].hints.longitude }
        points = Reservoir(capacity: max(1, limits.points), seed: 0x9013)
    }

    deinit {
        for index in 0..<count { columns[index].release() }
        columns.deinitialize(count: count)
        columns.deallocate()
        prepared.deallocate()
    }

    /// Adds one record; fields past the header are ignored, missing ones count as nulls.
    @inline(__always)
    public func add(_ record: CSVRawRecord) {
        let present = min(record.count, count)
        var touched: UInt64 = 0
        for index in 0..<present {
            let cell = columns[index].prepare(record[index])
            prepared[index] = cell
            if !cell.isNull { touched ^= columns[index].counter.touch(cell.hash) }
        }
        self.touched = touched
        var invalid = false
        for index in 0..<present {
            columns[index].commit(prepared[index])
            invalid = invalid || columns[index].lastCellInvalid
        }
        if present < count {
            for index in present..<count { columns[index].addMissing() }
        }
        if invalid {
            invalidUTF8Rows += 1
            if firstInvalidUTF8Line == nil { firstInvalidUTF8Line = record.line }
        }
        if let latitudeColumn, let longitudeColumn {
            let latitude = columns[latitudeColumn].lastNumber, longitude = columns[longitudeColumn].lastNumber
            // Either order is kept: the loader tells swapped columns from the values.
            let fits = (abs(latitude) <= 90 && abs(longitude) <= 180) || (abs(latitude) <= 180 && abs(longitude) <= 90)
            if fits && limits.points > 0 {
                points.add((rows, TablePreview.Point(latitude: latitude, longitude: longitude)))
            }
        }
        rows += 1
    }

    /// The profiles, and the sampled points when the hinted columns turned out to hold coordinates.
    public func finish() -> Result {
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
