/// A 64-bit hash of a cell's bytes, well mixed in every bit (HyperLogLog reads the top bits, tables the low ones),
/// computed eight bytes at a time together with whether the cell is ASCII.
enum ValueHash {
    @inline(__always)
    static func hash(_ cell: CellBytes, isASCII: inout Bool) -> UInt64 {
        let count = cell.count
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        guard let base = cell.baseAddress, count > 0 else { return finalize(state) }
        let raw = UnsafeRawPointer(base)
        var highBits: UInt64 = 0
        // Whole words while more than eight bytes are left, then the last one to eight bytes, zero-extended: the
        // same words as reading them one by one.
        if count <= 8 {
            let word = Cell.load(base, available: count)
            highBits = word
            state = mix(state ^ word)
        } else {
            var index = 0
            repeat {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                highBits |= word
                state = mix(state ^ word)
                index &+= 8
            } while count &- index > 8
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
                &>> (UInt64(truncatingIfNeeded: 8 &- (count &- index)) &* 8)
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
