import Foundation

/// Splits a byte stream into records: a byte-level state machine over one reusable buffer that
/// holds a chunk of the input plus the record in progress, never more than
/// ``CSVLimits/maxRecordBytes`` plus one chunk.
///
/// Line feeds, carriage returns and CRLF pairs all end records and count as one line each.
final class CSVScanner {
    /// What ``next()`` found.
    enum Event {
        /// A record; `fieldCount` counts every field, including those past ``CSVLimits/maxColumns``.
        case record(CSVRawRecord, fieldCount: Int, unclosedQuote: Bool)
        /// A record longer than the limit, skipped.
        case oversized(line: Int, unclosedQuote: Bool)
        /// The end of the input.
        case end
        /// Only when ``keepsBytes``: the bytes of the records delivered since the last release are about to be
        /// overwritten; the caller lets go of them, then calls ``next()`` again.
        case release
    }

    static let quote = UInt8(ascii: "\""), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    let source: CSVByteSource
    let delimiter: UInt8
    let maxRecordBytes: Int
    let maxColumns: Int
    let chunkSize: Int

    var buffer: UnsafeMutablePointer<UInt8>
    var capacity: Int
    /// The first byte not consumed yet.
    var start = 0
    /// One past the last byte read.
    var end = 0
    /// The input offset of `buffer[end]`.
    var offset: Int
    var reachedEnd = false
    /// The 1-based line where the next record starts.
    var line = 1
    /// The last record ended with a CR at the end of the buffer: a LF that follows belongs to it.
    var afterCarriageReturn = false
    /// The bytes of a record's fields stay valid past the next call, until a ``Event/release``: the buffer is
    /// refilled and the unescaped fields' arena reused only after one.
    var keepsBytes = false
    /// Records were delivered since the last release (only counted when ``keepsBytes``).
    var holdsRecords = false
    /// A release was just returned: the arena is free again at the next call.
    var released = false
    /// The arena's capacity after the next release.
    var arenaWanted = 0

    var fields: UnsafeMutablePointer<FieldBounds>
    var slices: UnsafeMutablePointer<UnsafeBufferPointer<UInt8>>
    var fieldCapacity: Int
    /// Where fields with doubled quotes are copied without them.
    var arena: UnsafeMutablePointer<UInt8>
    var arenaCapacity: Int
    var arenaUsed = 0
    /// Finds what ends an unquoted field: the delimiter, CR or LF.
    let fieldStops: ByteSearch
    /// Finds what needs a look inside a quoted field: the quote, CR or LF.
    let quotedStops: ByteSearch
    /// The field stops (delimiter, CR, LF) of the 64 bytes at `buffer[windowStart]`, one bit each, so that short fields
    /// in a row cost one look at a word; `windowStart` is ``noWindow`` when the bits are not those of the buffer.
    var windowStart = CSVScanner.noWindow
    var windowBits: UInt64 = 0
    static let noWindow = -(1 << 40)

    init(source: CSVByteSource, startOffset: Int, delimiter: UInt8, limits: CSVLimits) {
        let forbidden = [CSVScanner.quote, CSVScanner.lineFeed, CSVScanner.carriageReturn]
        self.source = source
        self.delimiter = forbidden.contains(delimiter) ? UInt8(ascii: ",") : delimiter
        self.maxRecordBytes = max(1, limits.maxRecordBytes)
        self.maxColumns = max(1, limits.maxColumns)
        self.chunkSize = max(1, limits.chunkSize)
        self.offset = startOffset
        capacity = chunkSize
        buffer = CSVScanner.allocateBytes(capacity)
        fieldCapacity = min(maxColumns, 64)
        fields = .allocate(capacity: fieldCapacity)
        slices = .allocate(capacity: fieldCapacity)
        arenaCapacity = 256
        arena = CSVScanner.allocateBytes(arenaCapacity)
        fieldStops = ByteSearch(self.delimiter, CSVScanner.lineFeed, CSVScanner.carriageReturn)
        quotedStops = ByteSearch(CSVScanner.quote, CSVScanner.lineFeed, CSVScanner.carriageReturn)
    }

    /// Bytes readable past the end of the buffer and of the arena, zero: a reader of fields may load the eight bytes
    /// that start in a field (like ``CSVRawRecord``'s consumers do a word at a time) without leaving the allocation.
    static let padding = 16

    static func allocateBytes(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + padding)
        (bytes + capacity).initialize(repeating: 0, count: padding)
        return bytes
    }

    deinit {
        buffer.deallocate()
        fields.deallocate()
        slices.deallocate()
        arena.deallocate()
    }

    /// The next record, oversized record or the end; blank lines are skipped (and counted).
    /// A record's fields stay valid until the next call, or until the next ``Event/release`` when ``keepsBytes``.
    func next() throws -> Event {
        if released {
            released = false
            arenaUsed = 0
            if arenaWanted > arenaCapacity {
                arena.deallocate()
                arenaCapacity = arenaWanted
                arena = CSVScanner.allocateBytes(arenaCapacity)
            }
        }
        while true {
            if start == end {
                if reachedEnd { return .end }
                if holdsRecords { return release() }
                try refill()
                continue
            }
            let first = buffer[start]
            if afterCarriageReturn {
                afterCarriageReturn = false
                if first == CSVScanner.lineFeed {
                    start += 1
                    continue
                }
            }
            if first == CSVScanner.lineFeed || first == CSVScanner.carriageReturn {
                line += 1
                start += 1
                afterCarriageReturn = first == CSVScanner.carriageReturn
                continue
            }
            guard let scan = scanRecord(from: start) else {
                // The record is scanned again after a release: once per buffer.
                if holdsRecords { return release() }
                if end - start > maxRecordBytes { return try skipOversizedRecord() }
                try refill()
                continue
            }
            if holdsRecords && scan.escapedFields > 0 && arenaUsed + (scan.contentEnd - start) > arenaCapacity {
                // The arena is too small for the records kept: after this release it grows, up to the buffer's size
                // (the escaped fields of the records in the buffer never need more), so that releases stay rare.
                arenaWanted = min(max(arenaCapacity * 4, 4096), capacity)
                return release()
            }
            let recordStart = start, recordLine = line
            line += scan.newlines
            start = scan.next
            afterCarriageReturn = scan.endedWithCarriageReturn
            if scan.contentEnd - recordStart > maxRecordBytes {
                return .oversized(line: recordLine, unclosedQuote: scan.unclosedQuote)
            }
            let record = resolveFields(scan, recordStart: recordStart, line: recordLine)
            holdsRecords = keepsBytes
            return .record(record, fieldCount: scan.fieldCount, unclosedQuote: scan.unclosedQuote)
        }
    }

    private func release() -> Event {
        holdsRecords = false
        released = true
        return .release
    }

    /// Moves the unconsumed bytes to the front and reads more after them: one chunk, or as much
    /// as is pending when a long record is in progress, so rescans stay linear.
    func refill() throws {
        windowStart = CSVScanner.noWindow
        if start > 0 {
            let pending = end - start
            if pending > 0 { memmove(buffer, buffer + start, pending) }
            end = pending
            start = 0
        }
        let wanted = max(chunkSize, end)
        let grown = min(max(capacity * 2, end + wanted), maxRecordBytes + chunkSize + 1)
        if capacity - end < wanted && grown > capacity {
            let larger = CSVScanner.allocateBytes(grown)
            larger.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = larger
            capacity = grown
        }
        let room = min(capacity - end, wanted)
        let count = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer + end, count: room), at: offset)
        if count == 0 {
            reachedEnd = true
        } else {
            end += count
            offset += count
        }
    }
}
