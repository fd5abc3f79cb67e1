/// A cell's raw bytes, in the file's encoding, with the checks every column makes on every cell.
typealias CellBytes = UnsafeBufferPointer<UInt8>

enum Cell {
    /// The cell without leading and trailing ASCII spaces and tabs.
    @inline(__always)
    static func trimmed(_ cell: CellBytes) -> CellBytes {
        guard let base = cell.baseAddress, cell.count > 0 else { return cell }
        // Most cells neither start nor end with a space, a tab or a control byte: two loads, one branch.
        if min(base[0], base[cell.count - 1]) > 0x20 { return cell }
        var start = 0, end = cell.count
        while start < end, base[start] == 0x20 || base[start] == 0x09 { start += 1 }
        while end > start, base[end - 1] == 0x20 || base[end - 1] == 0x09 { end -= 1 }
        if start == 0 && end == cell.count { return cell }
        return CellBytes(start: base + start, count: end - start)
    }

    /// The `available` bytes at `pointer` (at most eight), little-endian in the low bytes of a word, the rest zero.
    /// One load, never outside the memory page of the bytes asked for: when eight bytes from `pointer` would cross
    /// into the next page, it reads the eight that end with the last byte asked for (they are in the same page) and
    /// shifts. `available` may be 0 or more than 8.
    @inline(__always)
    static func load(_ pointer: UnsafePointer<UInt8>, available: Int) -> UInt64 {
        let raw = UnsafeRawPointer(pointer)
        if available >= 8 { return UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) }
        if available <= 0 { return 0 }
        let dropped = UInt64(truncatingIfNeeded: 8 &- available) &* 8
        if UInt(bitPattern: raw) & 4095 <= 4088 {
            return UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) & (UInt64.max &>> dropped)
        }
        return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: available &- 8, as: UInt64.self)) &>> dropped
    }

    /// 0x80 in each byte of `word` that is not an ASCII digit, 0 in the others (no carry crosses bytes).
    @inline(__always)
    static func nonDigits(_ word: UInt64) -> UInt64 {
        let x = word ^ 0x3030_3030_3030_3030
        return (x | ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7676_7676_7676_7676)) & 0x8080_8080_8080_8080
    }

    /// How many of the word's bytes, from the first, are digits (0…8).
    @inline(__always)
    static func digitRun(_ word: UInt64) -> Int {
        let flags = nonDigits(word)
        return flags == 0 ? 8 : flags.trailingZeroBitCount &>> 3
    }

    /// The value of the first `count` (1…8) bytes of `word`, which are digits, the first the most significant:
    /// three multiplications for up to eight digits.
    @inline(__always)
    static func digitsValue(_ word: UInt64, count: Int) -> UInt64 {
        var value = (word & 0x0F0F_0F0F_0F0F_0F0F) &<< UInt64(truncatingIfNeeded: 64 &- 8 &* count)
        value = (value &* 10) &+ (value &>> 8)
        let pairs = value & 0x0000_00FF_0000_00FF, upper = (value &>> 16) & 0x0000_00FF_0000_00FF
        return (pairs &* 0x000F_4240_0000_0064 &+ upper &* 0x0000_2710_0000_0001) &>> 32
    }

    /// 10^count for 0 ≤ count ≤ 8.
    @inline(__always)
    static func powerOfTen(_ count: Int) -> UInt64 {
        switch count {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        case 5: 100_000
        case 6: 1_000_000
        case 7: 10_000_000
        default: 100_000_000
        }
    }

    /// An ASCII space or tab.
    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// False for most cells that are not a sentinel, from the first byte alone: every sentinel starts with `-`, `?`,
    /// `#` or an `n` in either case.
    @inline(__always)
    static func mayBeNullSentinel(_ cell: CellBytes) -> Bool {
        guard let first = cell.baseAddress?.pointee else { return false }
        return first | 0x20 == UInt8(ascii: "n") || first == UInt8(ascii: "-") || first == UInt8(ascii: "?")
            || first == UInt8(ascii: "#")
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
        guard let base = cell.baseAddress, cell.count > 0 else { return 0 }
        let raw = UnsafeRawPointer(base)
        let count = cell.count
        var index = 0, total = 0
        while count &- index > 8 {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            total &+= continuationCount(word)
            index &+= 8
        }
        // The last one to eight bytes, the others zero (which are not continuation bytes).
        let word = count >= 8
            ? UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)) &>> (UInt64(truncatingIfNeeded: 8 &- (count &- index)) &* 8)
            : load(base, available: count)
        return total &+ continuationCount(word)
    }

    /// The continuation bytes of a word: one bit per byte, added up with one multiplication (the baseline x86-64
    /// target has no population-count instruction).
    @inline(__always)
    private static func continuationCount(_ word: UInt64) -> Int {
        let flags = (word & ~(word &<< 1) & 0x8080_8080_8080_8080) &>> 7
        return Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) &>> 56)
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
