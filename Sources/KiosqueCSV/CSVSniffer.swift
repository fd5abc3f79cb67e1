/// Guesses a file's dialect and whether it is text at all, from its first bytes.
enum CSVSniffer {
    /// The delimiters tried, in order of preference when two fit equally well.
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]
    /// Records looked at per candidate.
    static let maxRecords = 200
    /// Leading one-cell records accepted as a preamble.
    static let maxPreambleRecords = 5

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The dialect of a file whose first bytes are `prefix`. With `isWholeInput` false, the last
    /// record and a UTF-8 sequence cut by the end of the prefix are not held against it.
    static func dialect(of prefix: [UInt8], isWholeInput: Bool) -> CSVDialect {
        let bomLength = prefix.starts(with: byteOrderMark) ? 3 : 0
        return prefix.withUnsafeBufferPointer { all in
            let body = UnsafeBufferPointer(rebasing: all[bomLength...])
            let encoding = encoding(of: body, hasBOM: bomLength > 0, isWholeInput: isWholeInput)
            var best: (delimiter: UInt8, consistency: Double, mode: Int)?
            for candidate in candidates {
                let shape = CSVShape(body, delimiter: candidate, isWholeInput: isWholeInput, maxRecords: maxRecords)
                let mode = shape.modeFieldCount
                guard mode > 1 else { continue }
                let consistency = shape.share(of: mode)
                if let current = best, (current.consistency, current.mode) >= (consistency, mode) { continue }
                best = (candidate, consistency, mode)
            }
            let delimiter = best?.delimiter ?? candidates[0]
            let shape = CSVShape(body, delimiter: delimiter, isWholeInput: isWholeInput, maxRecords: maxRecords)
            return CSVDialect(delimiter: delimiter, encoding: encoding, lineEnding: shape.lineEnding,
                              preambleLines: preambleRecords(shape.fieldCounts, mode: best?.mode ?? 0))
        }
    }

    /// Leading one-cell records before a record as wide as the typical one.
    static func preambleRecords(_ counts: [Int], mode: Int) -> Int {
        guard mode > 1 else { return 0 }
        var leading = 0
        while leading < counts.count, leading < maxPreambleRecords, counts[leading] == 1 { leading += 1 }
        guard leading > 0, leading < counts.count, counts[leading] == mode else { return 0 }
        return leading
    }

    /// UTF-8 when the body is valid UTF-8; otherwise Windows-1252 if a byte in 0x80–0x9F occurs,
    /// else ISO-8859-1. A BOM in front of a body that is not UTF-8 gives ``CSVEncoding/utf8BOMWindows1252``.
    static func encoding(of body: UnsafeBufferPointer<UInt8>, hasBOM: Bool, isWholeInput: Bool) -> CSVEncoding {
        if UTF8Validator.isValid(body, allowTruncatedEnd: !isWholeInput) {
            return hasBOM ? .utf8BOM : .utf8
        }
        if hasBOM { return .utf8BOMWindows1252 }
        return body.contains(where: { (0x80...0x9F).contains($0) }) ? .windows1252 : .iso88591
    }

    /// True when the prefix holds a NUL byte or more than 10% of control bytes other than
    /// tab, LF, FF, CR and ESC.
    static func isBinary(_ prefix: [UInt8]) -> Bool {
        var controls = 0
        for byte in prefix {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1B {
                controls += 1
            }
        }
        return controls * 10 > prefix.count
    }
}
