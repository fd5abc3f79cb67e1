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
///
/// With `threads: 2`, a ``ColumnWorker`` profiles some of the columns of each batch on a second thread, while this one
/// reads the next batches and profiles the other columns:
///
/// ```
/// reading thread:  read batch 1 │ its columns of 1 │ read batch 2 │ its columns of 2 │ read batch 3 …
/// second thread:                │ the other columns of 1          │ the other columns of 2 …
/// ```
///
/// A column is profiled by one thread at a time, its rows in order, so the profiles are those one thread finds. The
/// columns are dealt between the threads by what they cost (a text column is soon no longer parsed, a number column
/// is, and the reading is the first thread's): each column's time is measured, and the columns are dealt again at a
/// release, when the second thread has finished every batch.
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

    /// The rows of one batch, as slices of the reader's bytes, and what the columns found per row.
    private struct Batch {
        /// `cells[row * count + column]`: each record's slices copied at once; each column reads every `count`-th.
        let cells: UnsafeMutablePointer<CellBytes>
        let lines: UnsafeMutablePointer<Int>
        /// Per row, a cell not valid UTF-8: set by the first thread's columns, and by the second thread's.
        let invalid: UnsafeMutablePointer<Bool>
        let otherInvalid: UnsafeMutablePointer<Bool>
        /// Per row, the numbers of the coordinate columns (NaN when none).
        let latitudes: UnsafeMutablePointer<Double>
        let longitudes: UnsafeMutablePointer<Double>
        var rows = 0
        /// The job number the second thread knows it by; 0 when it has none to finish.
        var job = 0

        init(capacity: Int, columns: Int) {
            cells = .allocateLines(capacity: capacity * max(1, columns))
            lines = .allocateLines(capacity: capacity)
            invalid = .allocateLines(capacity: capacity)
            invalid.initialize(repeating: false, count: capacity)
            otherInvalid = .allocateLines(capacity: capacity)
            otherInvalid.initialize(repeating: false, count: capacity)
            latitudes = .allocateLines(capacity: capacity)
            longitudes = .allocateLines(capacity: capacity)
        }

        func release() {
            cells.deallocate()
            lines.deallocate()
            invalid.deallocate()
            otherInvalid.deallocate()
            latitudes.deallocate()
            longitudes.deallocate()
        }
    }

    public let header: [String]
    public let encoding: CSVEncoding
    public let limits: ProfileLimits
    /// Each column's accumulator on cache lines of its own (128 bytes apart: processors fetch lines in pairs), so that
    /// two threads updating neighbouring columns do not pass the same line back and forth.
    private let columnMemory: UnsafeMutableRawPointer
    private static let columnStride = (MemoryLayout<ColumnAccumulator>.stride + 127) & ~127
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
    /// Rows per batch: 256 with one thread, 1,024 with two (fewer meetings), fewer for wide tables.
    private let batchCapacity: Int
    /// One batch with one thread; three with two: the second thread works on up to two while this one fills the third,
    /// so that a batch slower than the others on either side rarely makes the other thread wait.
    private var batches: [Batch]
    private var current = 0
    /// The current batch's cells, lines and rows, at hand for ``add(_:)``.
    private var cells: UnsafeMutablePointer<CellBytes>
    private var lines: UnsafeMutablePointer<Int>
    private var batchRows = 0

    private var worker: ColumnWorker?
    /// Per column, nanoseconds spent since the last deal (halved at each deal), and the same for the first thread's work
    /// outside the columns (reading, preview, derived files).
    private let costs: UnsafeMutablePointer<UInt64>
    private var readingCost: UInt64 = 0
    private var lastSubmitEnd: UInt64 = 0
    /// The columns profiled by this thread and by the second one.
    private var mine: [Int]
    private var theirs: [Int]
    private var batchesSinceDeal = 0

    /// - Parameter threads: 2 profiles the columns on this thread and a second one (when the table has two columns at
    ///   least); the profiles are the same as with 1.
    public init(header: [String], encoding: CSVEncoding, limits: ProfileLimits? = nil, threads: Int = 1) {
        let limits = limits ?? .forTable(columns: header.count)
        self.header = header
        self.encoding = encoding
        self.limits = limits
        count = header.count
        columnMemory = .allocate(byteCount: Self.columnStride * max(1, header.count), alignment: 128)
        for (index, name) in header.enumerated() {
            (columnMemory + index * Self.columnStride).bindMemory(to: ColumnAccumulator.self, capacity: 1)
                .initialize(to: ColumnAccumulator(name: name, utf8: encoding.isUTF8, limits: limits, seed: 0x5EED &+ UInt64(index)))
        }
        let hints = header.map { ColumnHints.of($0) }
        latitudeColumn = hints.firstIndex { $0.latitude }
        longitudeColumn = hints.firstIndex { $0.longitude }
        points = Reservoir(capacity: max(1, limits.points), seed: 0x9013)
        let parallel = threads > 1 && header.count > 1
        // The batch's cells and bytes (about 450 KB for 15 columns and 1,024 rows) stay in the second-level cache.
        let capacity = parallel ? max(1, min(1024, 262_144 / header.count)) : max(1, min(256, 65_536 / max(1, header.count)))
        batchCapacity = capacity
        batches = (0..<(parallel ? 3 : 1)).map { _ in Batch(capacity: capacity, columns: header.count) }
        cells = batches[0].cells
        lines = batches[0].lines
        costs = .allocate(capacity: max(1, header.count))
        costs.initialize(repeating: 0, count: max(1, header.count))
        // Until the first deal, every other column.
        mine = parallel ? Array(stride(from: 0, to: header.count, by: 2)) : Array(0..<header.count)
        theirs = parallel ? Array(stride(from: 1, to: header.count, by: 2)) : []
        if parallel {
            // Not `unowned`: when a read fails, this object is released with a job under way, and the job's access to it
            // while `deinit` waits for the worker would trap. The worker never outlives `deinit`.
            worker = ColumnWorker(slots: batches.count) { [unowned(unsafe) self] job in
                profile(job.columns, job.cells, rows: job.rows, invalid: job.invalid, latitudes: job.latitudes, longitudes: job.longitudes)
            }
            lastSubmitEnd = ColumnWorker.now()
        }
    }

    deinit {
        worker?.stop()
        for batch in batches { batch.release() }
        costs.deallocate()
        for index in 0..<count {
            column(index).pointee.release()
            column(index).deinitialize(count: 1)
        }
        columnMemory.deallocate()
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
        if batchRows == batchCapacity { submit() }
    }

    /// Profiles the records held, whose bytes the reader is about to overwrite.
    public func release() {
        submit()
        guard let worker else { return }
        // The second thread finishes every batch; then the columns may be dealt again.
        worker.wait(upTo: worker.submittedCount)
        lastSubmitEnd = ColumnWorker.now()
        for index in batches.indices.sorted(by: { batches[$0].job < batches[$1].job }) where batches[index].job != 0 {
            finish(batch: index)
        }
        if batchesSinceDeal >= 4 { deal() }
    }

    /// Profiles the current batch: this thread's columns now, the others on the second thread; then makes the other
    /// batch current, once the second thread is done with it.
    private func submit() {
        guard batchRows > 0 else { return }
        batches[current].rows = batchRows
        batchRows = 0
        let batch = batches[current]
        guard let worker else {
            for index in 0..<count {
                profile(column: index, batch.cells, rows: batch.rows, invalid: batch.invalid, latitudes: batch.latitudes,
                        longitudes: batch.longitudes)
            }
            finish(batch: current)
            return
        }
        let start = ColumnWorker.now()
        readingCost &+= start &- lastSubmitEnd
        worker.submit(ColumnWorker.Job(cells: batch.cells, rows: batch.rows, invalid: batch.otherInvalid, latitudes: batch.latitudes,
                                       longitudes: batch.longitudes, columns: theirs))
        batches[current].job = worker.submittedCount
        profile(mine, batch.cells, rows: batch.rows, invalid: batch.invalid, latitudes: batch.latitudes, longitudes: batch.longitudes)
        batchesSinceDeal += 1
        current = (current + 1) % batches.count
        cells = batches[current].cells
        lines = batches[current].lines
        if batches[current].job != 0 {
            worker.wait(upTo: batches[current].job)
            finish(batch: current)
        }
        lastSubmitEnd = ColumnWorker.now()
    }

    /// What spans columns, row by row, once every column has the batch: invalid rows, points. Batches finish in order.
    private func finish(batch index: Int) {
        let batch = batches[index]
        let rowCount = batch.rows
        for row in 0..<rowCount where batch.invalid[row] || batch.otherInvalid[row] {
            invalidUTF8Rows += 1
            if firstInvalidUTF8Line == nil { firstInvalidUTF8Line = batch.lines[row] }
            batch.invalid[row] = false
            batch.otherInvalid[row] = false
        }
        if latitudeColumn != nil && longitudeColumn != nil && limits.points > 0 {
            for row in 0..<rowCount {
                let latitude = batch.latitudes[row], longitude = batch.longitudes[row]
                // Either order is kept: the loader tells swapped columns from the values.
                let fits = (abs(latitude) <= 90 && abs(longitude) <= 180) || (abs(latitude) <= 180 && abs(longitude) <= 90)
                if fits {
                    points.add((rows + row, TablePreview.Point(latitude: latitude, longitude: longitude)))
                }
            }
        }
        rows += rowCount
        batches[index].rows = 0
        batches[index].job = 0
    }

    @inline(__always)
    private func column(_ index: Int) -> UnsafeMutablePointer<ColumnAccumulator> {
        (columnMemory + index &* Self.columnStride).assumingMemoryBound(to: ColumnAccumulator.self)
    }

    @inline(__always)
    private func profile(column index: Int, _ cells: UnsafeMutablePointer<CellBytes>, rows: Int, invalid: UnsafeMutablePointer<Bool>,
                         latitudes: UnsafeMutablePointer<Double>, longitudes: UnsafeMutablePointer<Double>) {
        let numbers: UnsafeMutablePointer<Double>? =
            index == latitudeColumn ? latitudes : (index == longitudeColumn ? longitudes : nil)
        column(index).pointee.add(cells + index, stride: count, rows: rows, numbers: numbers, invalid: invalid)
    }

    /// Profiles the batch's cells of `list`, timing each column (with two threads).
    private func profile(_ list: [Int], _ cells: UnsafeMutablePointer<CellBytes>, rows: Int, invalid: UnsafeMutablePointer<Bool>,
                         latitudes: UnsafeMutablePointer<Double>, longitudes: UnsafeMutablePointer<Double>) {
        var start = ColumnWorker.now()
        for index in list {
            profile(column: index, cells, rows: rows, invalid: invalid, latitudes: latitudes, longitudes: longitudes)
            let end = ColumnWorker.now()
            costs[index] &+= end &- start
            start = end
        }
    }

    /// Deals the columns again, the costliest first to the less loaded thread, this one starting with its reading;
    /// halves the costs, so that recent batches weigh most. Each thread then takes its columns in file order.
    private func deal() {
        batchesSinceDeal = 0
        let order = (0..<count).sorted { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }
        var loads: (UInt64, UInt64) = (readingCost, 0)
        var first: [Int] = [], second: [Int] = []
        for index in order {
            if loads.0 <= loads.1 {
                first.append(index)
                loads.0 &+= costs[index]
            } else {
                second.append(index)
                loads.1 &+= costs[index]
            }
            costs[index] /= 2
        }
        readingCost /= 2
        mine = first.sorted()
        theirs = second.sorted()
    }

    /// The profiles, and the sampled points when the hinted columns turned out to hold coordinates.
    public func finish() -> Result {
        release()
        let fields = (0..<count).map { column($0).pointee.profile(encoding: encoding, limits: limits) }
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
