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

    /// Where a field lies in the buffer.
    struct FieldBounds {
        var start: Int
        var end: Int
        var form: FieldForm
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
        var hasEscapedField: Bool
    }

    /// Scans the record starting at `recordStart`, storing its field bounds; nil when the buffer
    /// ends before the record does and more input may follow.
    @inline(__always)
    func scanRecord(from recordStart: Int) -> Scan? {
        let buffer = self.buffer, end = self.end, atInputEnd = reachedEnd
        let fieldStops = self.fieldStops, quotedStops = self.quotedStops
        let delimiter = self.delimiter, maxColumns = self.maxColumns
        let quote = CSVScanner.quote, lineFeed = CSVScanner.lineFeed, carriageReturn = CSVScanner.carriageReturn
        var fields = self.fields
        var index = recordStart, count = 0, newlines = 0
        var unclosedQuote = false, hasEscapedField = false
        while true {
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
            index = fieldStops.firstMatch(in: buffer, from: index, to: end)
            if count < maxColumns {
                if count == fieldCapacity {
                    growFields()
                    fields = self.fields
                }
                fields[count] = FieldBounds(start: fieldStart, end: index, form: form)
                if form == .escaped { hasEscapedField = true }
            }
            count += 1
            guard index < end else {
                guard atInputEnd else { return nil }
                return Scan(contentEnd: end, next: end, newlines: newlines, fieldCount: count,
                            unclosedQuote: unclosedQuote, endedWithCarriageReturn: false, hasEscapedField: hasEscapedField)
            }
            let byte = buffer[index]
            if byte == delimiter {
                index += 1
                continue
            }
            var next = index + 1
            var endedWithCarriageReturn = false
            if byte == carriageReturn {
                if next < end {
                    if buffer[next] == lineFeed { next += 1 }
                } else {
                    endedWithCarriageReturn = true
                }
            }
            return Scan(contentEnd: index, next: next, newlines: newlines + 1, fieldCount: count,
                        unclosedQuote: unclosedQuote, endedWithCarriageReturn: endedWithCarriageReturn,
                        hasEscapedField: hasEscapedField)
        }
    }

    @inline(__always)
    private func isFieldStop(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == CSVScanner.lineFeed || byte == CSVScanner.carriageReturn
    }

    /// Turns the stored field bounds into byte slices, unescaping into the arena where needed.
    func resolveFields(_ scan: Scan, recordStart: Int, line: Int) -> CSVRawRecord {
        let count = min(scan.fieldCount, maxColumns)
        if scan.hasEscapedField { reserveArena(scan.contentEnd - recordStart) }
        var arenaUsed = 0
        for index in 0..<count {
            let bounds = fields[index]
            switch bounds.form {
            case .plain:
                slices[index] = UnsafeBufferPointer(start: buffer + bounds.start, count: bounds.end - bounds.start)
            case .quoted:
                slices[index] = UnsafeBufferPointer(start: buffer + bounds.start + 1, count: bounds.end - bounds.start - 2)
            case .escaped:
                let length = CSVScanner.unescape(buffer + bounds.start, count: bounds.end - bounds.start,
                                                 into: arena + arenaUsed)
                slices[index] = UnsafeBufferPointer(start: arena + arenaUsed, count: length)
                arenaUsed += length
            }
        }
        return CSVRawRecord(line: line, fields: UnsafeBufferPointer(start: slices, count: count),
                            text: UnsafeBufferPointer(start: buffer + recordStart, count: scan.contentEnd - recordStart))
    }

    /// Copies the content of a field that starts with a quote: doubled quotes become one, the
    /// closing quote goes, and anything after it is kept as written (like Python's `csv`).
    static func unescape(_ field: UnsafePointer<UInt8>, count: Int, into target: UnsafeMutablePointer<UInt8>) -> Int {
        var index = 1, written = 0, inQuotes = true
        while index < count {
            let byte = field[index]
            index += 1
            if inQuotes && byte == quote {
                if index < count && field[index] == quote {
                    index += 1
                } else {
                    inQuotes = false
                    continue
                }
            }
            target[written] = byte
            written += 1
        }
        return written
    }

    private func growFields() {
        let grown = min(fieldCapacity * 2, maxColumns)
        let largerFields = UnsafeMutablePointer<FieldBounds>.allocate(capacity: grown)
        largerFields.update(from: fields, count: fieldCapacity)
        fields.deallocate()
        fields = largerFields
        slices.deallocate()
        slices = .allocate(capacity: grown)
        fieldCapacity = grown
    }

    private func reserveArena(_ count: Int) {
        guard count > arenaCapacity else { return }
        arena.deallocate()
        arenaCapacity = max(count, arenaCapacity * 2)
        arena = .allocate(capacity: arenaCapacity)
    }
}
