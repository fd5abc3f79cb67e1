/// A 64-bit hash of a cell's bytes, well mixed in every bit (HyperLogLog reads the top bits, tables the low ones),
/// computed eight bytes at a time together with whether the cell is ASCII.
enum ValueHash {
    @inline(__always)
    static func hash(_ cell: CellBytes, isASCII: inout Bool) -> UInt64 {
        let count = cell.count
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        guard let base = cell.baseAddress else { return finalize(state) }
        let raw = UnsafeRawPointer(base)
        var highBits: UInt64 = 0
        var index = 0
        while index + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            highBits |= word
            state = mix(state ^ word)
            index += 8
        }
        let rest = count - index
        if rest > 0 {
            // The last one to seven bytes, read as 4 + 2 + 1 without going past the cell.
            var word: UInt64 = 0, shift: UInt64 = 0
            if rest & 4 != 0 {
                word = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt32.self)))
                index += 4
                shift = 32
            }
            if rest & 2 != 0 {
                word |= UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt16.self))) << shift
                index += 2
                shift += 16
            }
            if rest & 1 != 0 {
                word |= UInt64(base[index]) << shift
            }
            highBits |= word
            state = mix(state ^ word)
        }
        isASCII = highBits & 0x8080_8080_8080_8080 == 0
        return finalize(state)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* 0x9FB2_1C65_1E98_DF25
        return product ^ (product >> 29)
    }

    /// One more multiply and two shifts: enough to spread the last word into the top bits (sketch, tags) and
    /// the bottom bits (table slots).
    @inline(__always)
    private static func finalize(_ value: UInt64) -> UInt64 {
        var x = value ^ (value >> 32)
        x = x &* 0xD6E8_FEB8_6659_FD93
        return x ^ (x >> 32)
    }
}
