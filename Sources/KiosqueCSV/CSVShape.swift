/// The field count of each record in a prefix for one candidate delimiter, read with RFC 4180 quoting.
struct CSVShape {
    /// Field counts of the non-blank records, in order.
    private(set) var fieldCounts: [Int] = []
    /// The first record terminator outside quotes.
    private(set) var lineEnding: CSVLineEnding = .none

    init(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, isWholeInput: Bool, maxRecords: Int) {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var fields = 1, inQuotes = false, atFieldStart = true, recordHasBytes = false
        var index = 0
        while index < bytes.count && fieldCounts.count < maxRecords {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                guard byte == quote else { continue }
                if index < bytes.count && bytes[index] == quote {
                    index += 1
                } else {
                    inQuotes = false
                }
            } else if byte == lf || byte == cr {
                let crlf = byte == cr && index < bytes.count && bytes[index] == lf
                if crlf { index += 1 }
                if lineEnding == .none { lineEnding = byte == lf ? .lf : (crlf ? .crlf : .cr) }
                if recordHasBytes { fieldCounts.append(fields) }
                fields = 1
                atFieldStart = true
                recordHasBytes = false
            } else {
                recordHasBytes = true
                if byte == delimiter {
                    fields += 1
                    atFieldStart = true
                } else {
                    inQuotes = byte == quote && atFieldStart
                    atFieldStart = false
                }
            }
        }
        if index >= bytes.count && recordHasBytes && isWholeInput && fieldCounts.count < maxRecords {
            fieldCounts.append(fields)
        }
    }

    /// The most frequent field count (the larger on a tie), 0 without records.
    var modeFieldCount: Int {
        var frequency: [Int: Int] = [:]
        for count in fieldCounts { frequency[count, default: 0] += 1 }
        return frequency.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
    }

    /// The share of records with `count` fields.
    func share(of count: Int) -> Double {
        guard !fieldCounts.isEmpty else { return 0 }
        return Double(fieldCounts.filter { $0 == count }.count) / Double(fieldCounts.count)
    }
}
