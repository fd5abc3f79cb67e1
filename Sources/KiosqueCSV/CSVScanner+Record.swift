import Foundation

extension CSVScanner {
    /// How a field is written, which says how to get its content.
    enum FieldForm: UInt8 {
        /// Unquoted: the bytes are the content.
        case plain
        /// `"…"` with no doubled quote inside: the content is the bytes between the quotes.
        case quoted
        /// Doubled quotes, text after the closing quote, or an unclosed quote: unescaped into the arena.
        case escaped
    }

    /// Where an escaped field lies in the buffer, and its column.
    struct FieldBounds {
        var start: Int
        var end: Int
        var column: Int
    }

    /// A complete record found by ``scanRecord(from:)``.
    struct Scan {
        /// The index of the record terminator (or the end of the input).
        var contentEnd: Int
        /// Where the next record starts.
        var next: Int
        /// Line breaks inside the record and its terminator.
        var newlines: Int
        var fieldCount: Int
        var unclosedQuote: Bool
        var endedWithCarriageReturn: Bool
        /// Escaped fields, whose bounds are the first entries of `fields`.
        var escapedFields: Int
    }

    /// Scans the record starting at `recordStart`, storing its field bounds; nil when the buffer
    /// ends before the record does and more input may follow.
    @inline(__always)
    func scanRecord(from recordStart: Int) -> Scan? {
        let buffer = self.buffer, end = self.end, atInputEnd = reachedEnd
        let fieldStops = self.fieldStops, quotedStops = self.quotedStops
        let delimiter = self.delimiter, maxColumns = self.maxColumns
        var windowStart = self.windowStart, windowBits = self.windowBits
        defer {
            self.windowStart = windowStart
            self.windowBits = windowBits
        }
        let quote = CSVScanner.quote, lineFeed = CSVScanner.lineFeed
        var fields = self.fields, slices = self.slices
        var index = recordStart, count = 0, newlines = 0
        var unclosedQuote = false, escapedFields = 0
        // Slices are stored up to `room` fields without a look at the limits; past it, the arrays grow up to the limit.
        var room = min(maxColumns, fieldCapacity)
        while true {
            // Unquoted fields whose end is in the window's bits, one after the other: a shift, a bit count, a slice;
            // a field that goes on past the window moves it on by 64 bytes when the buffer holds them.
            // The window lies inside the buffer, so the bytes read here are too. Anything else takes the way below.
            while count < room {
                let offset = index &- windowStart
                guard UInt(bitPattern: offset) < 64, buffer[index] != quote else { break }
                let bits = windowBits &>> UInt64(truncatingIfNeeded: offset)
                let stop: Int
                if bits != 0 {
                    stop = index &+ bits.trailingZeroBitCount
                } else {
                    // No stop from `index` to the window's end: the field ends in a later window.
                    guard windowStart &+ 128 <= end else { break }
                    windowStart &+= 64
                    windowBits = fieldStops.matchBits(in: buffer, at: windowStart)
                    guard windowBits != 0 else { break }
                    stop = windowStart &+ windowBits.trailingZeroBitCount
                }
                slices[count] = UnsafeBufferPointer(start: buffer + index, count: stop &- index)
                count &+= 1
                if buffer[stop] != delimiter {
                    return recordEnd(at: stop, buffer: buffer, end: end, newlines: newlines, fieldCount: count,
                                     unclosedQuote: unclosedQuote, escapedFields: escapedFields)
                }
                index = stop &+ 1
            }
            let fieldStart = index
            var form = FieldForm.plain
            if index < end && buffer[index] == quote {
                form = .quoted
                index += 1
                while true {
                    index = quotedStops.firstMatch(in: buffer, from: index, to: end)
                    if index == end {
                        guard atInputEnd else { return nil }
                        unclosedQuote = true
                        form = .escaped
                        break
                    }
                    let byte = buffer[index]
                    index += 1
                    if byte == quote {
                        if index < end {
                            guard buffer[index] == quote else { break }
                            form = .escaped
                            index += 1
                            continue
                        }
                        guard atInputEnd else { return nil }
                        break
                    }
                    // A line break inside quotes: CRLF counts once, at its LF.
                    if byte == lineFeed || index == end || buffer[index] != lineFeed { newlines += 1 }
                }
                if index < end && !isFieldStop(buffer[index]) { form = .escaped }
            }
            index = nextFieldStop(from: index, buffer: buffer, end: end, fieldStops: fieldStops,
                                  windowStart: &windowStart, windowBits: &windowBits)
            if count >= room && count < maxColumns {
                growFields()
                fields = self.fields
                slices = self.slices
                room = min(maxColumns, fieldCapacity)
            }
            if count < room {
                // Plain and quoted fields get their slice now; escaped ones once the record is complete.
                switch form {
                case .plain:
                    slices[count] = UnsafeBufferPointer(start: buffer + fieldStart, count: index &- fieldStart)
                case .quoted:
                    slices[count] = UnsafeBufferPointer(start: buffer + fieldStart + 1, count: index &- fieldStart &- 2)
                case .escaped:
                    fields[escapedFields] = FieldBounds(start: fieldStart, end: index, column: count)
                    escapedFields &+= 1
                }
            }
            count &+= 1
            guard index < end else {
                guard atInputEnd else { return nil }
                return Scan(contentEnd: end, next: end, newlines: newlines, fieldCount: count,
                            unclosedQuote: unclosedQuote, endedWithCarriageReturn: false, escapedFields: escapedFields)
            }
            if buffer[index] == delimiter {
                index += 1
                continue
            }
            return recordEnd(at: index, buffer: buffer, end: end, newlines: newlines, fieldCount: count,
                             unclosedQuote: unclosedQuote, escapedFields: escapedFields)
        }
    }

    /// The scan of a record whose last field ends at `index`, on a CR or a LF.
    @inline(__always)
    private func recordEnd(at index: Int, buffer: UnsafeMutablePointer<UInt8>, end: Int, newlines: Int, fieldCount: Int,
                           unclosedQuote: Bool, escapedFields: Int) -> Scan {
        var next = index + 1
        var endedWithCarriageReturn = false
        if buffer[index] == CSVScanner.carriageReturn {
            if next < end {
                if buffer[next] == CSVScanner.lineFeed { next += 1 }
            } else {
                endedWithCarriageReturn = true
            }
        }
        return Scan(contentEnd: index, next: next, newlines: newlines + 1, fieldCount: fieldCount,
                    unclosedQuote: unclosedQuote, endedWithCarriageReturn: endedWithCarriageReturn,
                    escapedFields: escapedFields)
    }

    /// The first field stop at or after `index`, or `end`: from the window's bits when `index` is inside it, else from
    /// the next windows of 64 bytes, and byte by byte in the last 63 bytes of the buffer. The bits are those of the
    /// bytes whatever the quoting, so they are only read from the start of an unquoted stretch onwards.
    @inline(__always)
    private func nextFieldStop(from index: Int, buffer: UnsafeMutablePointer<UInt8>, end: Int, fieldStops: ByteSearch,
                               windowStart: inout Int, windowBits: inout UInt64) -> Int {
        let offset = index &- windowStart
        if UInt(bitPattern: offset) < 64 {
            let bits = windowBits &>> UInt64(truncatingIfNeeded: offset)
            if bits != 0 { return index &+ bits.trailingZeroBitCount }
            windowStart &+= 64
        } else {
            windowStart = index
        }
        while windowStart &+ 64 <= end {
            let bits = fieldStops.matchBits(in: buffer, at: windowStart)
            if bits != 0 {
                windowBits = bits
                return windowStart &+ bits.trailingZeroBitCount
            }
            windowStart &+= 64
        }
        let from = windowStart
        windowStart = CSVScanner.noWindow
        return fieldStops.firstMatch(in: buffer, from: from, to: end)
    }

    @inline(__always)
    private func isFieldStop(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == CSVScanner.lineFeed || byte == CSVScanner.carriageReturn
    }

    /// The record of a complete scan: its slices are ready but for escaped fields, unescaped here into the arena.
    func resolveFields(_ scan: Scan, recordStart: Int, line: Int) -> CSVRawRecord {
        let count = min(scan.fieldCount, maxColumns)
        if scan.escapedFields > 0 {
            // Kept records share the arena until a release (which ``next()`` makes before it would not hold this
            // record); else each record starts it afresh.
            if !keepsBytes { arenaUsed = 0 }
            reserveArena(arenaUsed + scan.contentEnd - recordStart)
            for index in 0..<scan.escapedFields {
                let bounds = fields[index]
                let length = CSVScanner.unescape(buffer + bounds.start, count: bounds.end - bounds.start,
                                                 into: arena + arenaUsed)
                slices[bounds.column] = UnsafeBufferPointer(start: arena + arenaUsed, count: length)
                arenaUsed += length
            }
        }
        return CSVRawRecord(line: line, fields: UnsafeBufferPointer(start: slices, count: count),
                            text: UnsafeBufferPointer(start: buffer + recordStart, count: scan.contentEnd - recordStart))
    }

    /// Copies the content of a field that starts with a quote: doubled quotes become one, the
    /// closing quote goes, and anything after it is kept as written (like Python's `csv`). The runs between quotes are
    /// found by `memchr` and copied whole.
    static func unescape(_ field: UnsafePointer<UInt8>, count: Int, into target: UnsafeMutablePointer<UInt8>) -> Int {
        var index = 1, written = 0
        while index < count {
            let found = memchr(field + index, Int32(quote), count &- index)
            let runEnd = found.map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - field } ?? count
            (target + written).update(from: field + index, count: runEnd &- index)
            written &+= runEnd &- index
            index = runEnd &+ 1
            guard index <= count else { break }
            if index < count && field[index] == quote {
                // A doubled quote: one is kept.
                target[written] = quote
                written &+= 1
                index &+= 1
                continue
            }
            // The closing quote: what follows is kept as written.
            if index < count {
                (target + written).update(from: field + index, count: count &- index)
                written &+= count &- index
            }
            break
        }
        return written
    }

    private func growFields() {
        let grown = min(fieldCapacity * 2, maxColumns)
        let largerFields = UnsafeMutablePointer<FieldBounds>.allocate(capacity: grown)
        largerFields.update(from: fields, count: fieldCapacity)
        fields.deallocate()
        fields = largerFields
        let largerSlices = UnsafeMutablePointer<UnsafeBufferPointer<UInt8>>.allocate(capacity: grown)
        largerSlices.update(from: slices, count: fieldCapacity)
        slices.deallocate()
        slices = largerSlices
        fieldCapacity = grown
    }

    /// Makes room for `count` bytes; only called with an empty arena when the room is short.
    private func reserveArena(_ count: Int) {
        guard count > arenaCapacity else { return }
        arena.deallocate()
        arenaCapacity = max(count, arenaCapacity * 2)
        arena = CSVScanner.allocateBytes(arenaCapacity)
    }
}
