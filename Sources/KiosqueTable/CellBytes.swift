/// A cell's raw bytes, in the file's encoding, with the checks every column makes on every cell.
typealias CellBytes = UnsafeBufferPointer<UInt8>

enum Cell {
    /// The cell without leading and trailing ASCII spaces and tabs.
    @inline(__always)
    static func trimmed(_ cell: CellBytes) -> CellBytes {
        guard let base = cell.baseAddress else { return cell }
        var start = 0, end = cell.count
        while start < end, base[start] == 0x20 || base[start] == 0x09 { start += 1 }
        while end > start, base[end - 1] == 0x20 || base[end - 1] == 0x09 { end -= 1 }
        if start == 0 && end == cell.count { return cell }
        return CellBytes(start: base + start, count: end - start)
    }

    /// True for the sentinels that mean "no value" in French and English exports: `-`, `--`, `NA`, `N/A`, `n/a`,
    /// `na`, `null`, `NULL`, `nd`, `ND`, `n.d.`, `#N/A`, `NaN`, `none`, `None`, `?`. The cell is already trimmed and non-empty.
    @inline(__always)
    static func isNullSentinel(_ cell: CellBytes) -> Bool {
        let count = cell.count
        guard count <= 4, let base = cell.baseAddress else { return false }
        let first = base[0] | 0x20
        // Letters are compared in lower case; `-`, `?`, `#`, `/`, `.` are unchanged by `| 0x20` or checked exactly.
        switch count {
        case 1:
            return base[0] == UInt8(ascii: "-") || base[0] == UInt8(ascii: "?")
        case 2:
            let second = base[1] | 0x20
            return (base[0] == UInt8(ascii: "-") && base[1] == UInt8(ascii: "-"))
                || (first == UInt8(ascii: "n") && (second == UInt8(ascii: "a") || second == UInt8(ascii: "d")))
        case 3:
            let second = base[1], third = base[2] | 0x20
            return (first == UInt8(ascii: "n") && second == UInt8(ascii: "/") && third == UInt8(ascii: "a"))
                || (first == UInt8(ascii: "n") && second | 0x20 == UInt8(ascii: "a") && third == UInt8(ascii: "n"))
        default:
            let second = base[1] | 0x20, third = base[2] | 0x20, fourth = base[3] | 0x20
            if first == UInt8(ascii: "n") && second == UInt8(ascii: "u") && third == UInt8(ascii: "l") && fourth == UInt8(ascii: "l") {
                return true
            }
            if first == UInt8(ascii: "n") && second == UInt8(ascii: "o") && third == UInt8(ascii: "n") && fourth == UInt8(ascii: "e") {
                return true
            }
            if base[0] == UInt8(ascii: "#") && second == UInt8(ascii: "n") && base[2] == UInt8(ascii: "/") && fourth == UInt8(ascii: "a") {
                return true
            }
            return first == UInt8(ascii: "n") && base[1] == UInt8(ascii: ".") && third == UInt8(ascii: "d") && base[3] == UInt8(ascii: ".")
        }
    }

    /// UTF-8 continuation bytes (`10xxxxxx`), eight bytes at a time: a valid cell has `count - continuationBytes`
    /// characters.
    @inline(__always)
    static func continuationBytes(_ cell: CellBytes) -> Int {
        guard let base = cell.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let count = cell.count
        var index = 0, total = 0
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            total += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            index += 8
        }
        while index < count {
            if base[index] & 0xC0 == 0x80 { total += 1 }
            index += 1
        }
        return total
    }

    /// True when the cell is valid UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
    static func isValidUTF8(_ cell: CellBytes) -> Bool {
        var index = 0
        let count = cell.count
        while index < count {
            let lead = cell[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            let size: Int
            switch lead {
            case 0xC2...0xDF: size = 2
            case 0xE0: size = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: size = 3
            case 0xED: size = 3; upper = 0x9F
            case 0xF0: size = 4; lower = 0x90
            case 0xF1...0xF3: size = 4
            case 0xF4: size = 4; upper = 0x8F
            default: return false
            }
            guard index + size <= count else { return false }
            let second = cell[index + 1]
            guard second >= lower && second <= upper else { return false }
            for offset in 2..<size where cell[index + offset] & 0xC0 != 0x80 { return false }
            index += size
        }
        return true
    }
}
