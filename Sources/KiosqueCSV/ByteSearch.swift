/// Finds the first of three byte values, eight bytes at a time (SWAR: SIMD within a register).
struct ByteSearch {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    private let first: UInt8, second: UInt8, third: UInt8
    private let firstPattern: UInt64, secondPattern: UInt64, thirdPattern: UInt64

    init(_ first: UInt8, _ second: UInt8, _ third: UInt8) {
        (self.first, self.second, self.third) = (first, second, third)
        firstPattern = ByteSearch.ones &* UInt64(first)
        secondPattern = ByteSearch.ones &* UInt64(second)
        thirdPattern = ByteSearch.ones &* UInt64(third)
    }

    /// The index of the first byte in `buffer[index..<end]` equal to one of the three, or `end`.
    @inline(__always)
    func firstMatch(in buffer: UnsafeMutablePointer<UInt8>, from index: Int, to end: Int) -> Int {
        var index = index
        let raw = UnsafeRawPointer(buffer)
        while index + 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let found = ByteSearch.zeroBytes(word ^ firstPattern) | ByteSearch.zeroBytes(word ^ secondPattern)
                | ByteSearch.zeroBytes(word ^ thirdPattern)
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < end {
            let byte = buffer[index]
            if byte == first || byte == second || byte == third { return index }
            index += 1
        }
        return end
    }

    /// The high bit of each zero byte is set; bits above the lowest zero byte may be spurious,
    /// which is why only the lowest is used.
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highBits
    }
}
