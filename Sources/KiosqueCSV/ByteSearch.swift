#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// Finds the first of three byte values, sixteen bytes at a time, then eight at a time (SWAR: SIMD within a register)
/// and one by one near the end; or marks every match in 64 bytes as the bits of a word (``matchBits(in:at:)``), so
/// that a scanner finds the ends of several short fields with one load each.
///
/// Both rest on ``mask(_:)``: sixteen bytes compared at once, one bit per byte. On x86-64 it is SSE2's `pmovmskb`
/// (Clang's intrinsics, which Swift imports; SSE2 is part of every x86-64 processor): Swift's `SIMD` types have no
/// such operation and compile the gathering of lane tops to extractions and multiplications, which took most of the
/// scanner's time. Elsewhere `SIMD16` comparisons and a multiplication per half gather them.
struct ByteSearch {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    private let first: UInt8, second: UInt8, third: UInt8
    private let firstPattern: UInt64, secondPattern: UInt64, thirdPattern: UInt64
    #if arch(x86_64)
    private let firstLanes: __m128i, secondLanes: __m128i, thirdLanes: __m128i
    #else
    private let firstLanes: SIMD16<UInt8>, secondLanes: SIMD16<UInt8>, thirdLanes: SIMD16<UInt8>
    #endif

    init(_ first: UInt8, _ second: UInt8, _ third: UInt8) {
        (self.first, self.second, self.third) = (first, second, third)
        firstPattern = ByteSearch.ones &* UInt64(first)
        secondPattern = ByteSearch.ones &* UInt64(second)
        thirdPattern = ByteSearch.ones &* UInt64(third)
        #if arch(x86_64)
        firstLanes = _mm_set1_epi8(Int8(bitPattern: first))
        secondLanes = _mm_set1_epi8(Int8(bitPattern: second))
        thirdLanes = _mm_set1_epi8(Int8(bitPattern: third))
        #else
        firstLanes = SIMD16(repeating: first)
        secondLanes = SIMD16(repeating: second)
        thirdLanes = SIMD16(repeating: third)
        #endif
    }

    /// The index of the first byte in `buffer[index..<end]` equal to one of the three, or `end`.
    @inline(__always)
    func firstMatch(in buffer: UnsafeMutablePointer<UInt8>, from index: Int, to end: Int) -> Int {
        var index = index
        let raw = UnsafeRawPointer(buffer)
        while index &+ 16 <= end {
            let found = mask(raw + index)
            if found != 0 { return index &+ found.trailingZeroBitCount }
            index &+= 16
        }
        while index &+ 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let found = ByteSearch.zeroBytes(word ^ firstPattern) | ByteSearch.zeroBytes(word ^ secondPattern)
                | ByteSearch.zeroBytes(word ^ thirdPattern)
            if found != 0 { return index &+ found.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
        while index < end {
            let byte = buffer[index]
            if byte == first || byte == second || byte == third { return index }
            index &+= 1
        }
        return end
    }

    /// One bit per byte of `buffer[index..<index + 64]` (which must be readable), bit `i` set when byte `index + i`
    /// is one of the three.
    @inline(__always)
    func matchBits(in buffer: UnsafeMutablePointer<UInt8>, at index: Int) -> UInt64 {
        let raw = UnsafeRawPointer(buffer + index)
        return mask(raw) | mask(raw + 16) &<< 16 | mask(raw + 32) &<< 32 | mask(raw + 48) &<< 48
    }

    /// Sixteen bits, one per byte of the 16 at `raw` equal to one of the three.
    @inline(__always)
    private func mask(_ raw: UnsafeRawPointer) -> UInt64 {
        #if arch(x86_64)
        // Three comparisons, two ors, `pmovmskb`.
        let bytes = raw.loadUnaligned(as: __m128i.self)
        let found = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, firstLanes), _mm_cmpeq_epi8(bytes, secondLanes)),
                                 _mm_cmpeq_epi8(bytes, thirdLanes))
        return UInt64(truncatingIfNeeded: UInt32(bitPattern: _mm_movemask_epi8(found)))
        #else
        // Each lane is 0x00 or 0xFF: each half's lane tops gathered by one multiplication.
        let bytes = raw.loadUnaligned(as: SIMD16<UInt8>.self)
        let found = (bytes .== firstLanes) .| (bytes .== secondLanes) .| (bytes .== thirdLanes)
        let halves = unsafeBitCast(found, to: SIMD2<UInt64>.self)
        return ByteSearch.gathered(halves[0]) | ByteSearch.gathered(halves[1]) &<< 8
        #endif
    }

    /// The high bits of a word's eight bytes as eight bits, byte `i` as bit `i`. The product's high word (a 64×64→128
    /// multiplication, which compilers leave scalar, where they turn the low-word form into slow vector code) holds
    /// them at bits 64…71: the terms of the product fall on distinct bits, so none carries.
    @inline(__always)
    private static func gathered(_ word: UInt64) -> UInt64 {
        (word & highBits).multipliedFullWidth(by: 0x0204_0810_2040_8100).high & 0xFF
    }

    /// The high bit of each zero byte is set; bits above the lowest zero byte may be spurious,
    /// which is why only the lowest is used.
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highBits
    }
}
