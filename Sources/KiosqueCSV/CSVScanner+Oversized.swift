extension CSVScanner {
    /// Skips the record that starts at `start` and is longer than the limit, reading on chunk by
    /// chunk without keeping it, while tracking quotes so that a quoted line break does not end it.
    func skipOversizedRecord() throws -> Event {
        let recordLine = line
        let quote = CSVScanner.quote, lineFeed = CSVScanner.lineFeed, carriageReturn = CSVScanner.carriageReturn
        var inQuotes = false, quotePending = false, atFieldStart = true
        var previous: UInt8 = 0, newlines = 0
        while true {
            var index = start
            while index < end {
                if !quotePending && (inQuotes || !atFieldStart) {
                    // Jump to the next byte that matters; the bytes skipped hold no CR.
                    let stops = inQuotes ? quotedStops : fieldStops
                    let found = stops.firstMatch(in: buffer, from: index, to: end)
                    if found > index { previous = 0 }
                    index = found
                    if index == end { break }
                }
                let byte = buffer[index]
                index += 1
                if byte == carriageReturn || (byte == lineFeed && previous != carriageReturn) { newlines += 1 }
                previous = byte
                if quotePending {
                    quotePending = false
                    if byte == quote { continue }
                    inQuotes = false
                }
                if inQuotes {
                    if byte == quote { quotePending = true }
                    continue
                }
                if byte == lineFeed || byte == carriageReturn {
                    line += newlines
                    start = index
                    afterCarriageReturn = byte == carriageReturn
                    return .oversized(line: recordLine, unclosedQuote: false)
                }
                if byte == delimiter {
                    atFieldStart = true
                } else {
                    inQuotes = byte == quote && atFieldStart
                    atFieldStart = false
                }
            }
            start = end
            if reachedEnd {
                line += newlines
                return .oversized(line: recordLine, unclosedQuote: inQuotes && !quotePending)
            }
            try refill()
        }
    }
}
