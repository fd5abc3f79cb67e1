/// A 64-bit hash of a cell's bytes, well mixed in every bit (HyperLogLog reads the top bits, tables the low ones),
/// computed sixteen bytes at a time together with whether the cell is ASCII.
///
/// The mixing is wyhash's (Wang Yi, public domain): each step multiplies two 64-bit words into 128 bits and folds the
/// halves together, so a cell of up to 16 bytes costs two multiplications, and a longer one one more per 16 bytes.
enum ValueHash {
    private static let secret0: UInt64 = 0xA076_1D64_78BD_642F
    private static let secret1: UInt64 = 0xE703_7ED1_A0B4_28DB
    private static let seed: UInt64 = 0x8EBC_6AF0_9C88_C6E3

    @inline(__always)
    static func hash(_ cell: CellBytes, isASCII: inout Bool) -> UInt64 {
        let count = cell.count
        guard let base = cell.baseAddress, count > 0 else { return mix(secret0, secret1 ^ seed) }
        let raw = UnsafeRawPointer(base)
        var state = seed
        var a: UInt64, b: UInt64
        var highBits: UInt64
        if count <= 8 {
            // The bytes, zero-extended (the count, mixed in below, tells `ab` from `ab\0`).
            a = Cell.load(base, available: count)
            b = 0
            highBits = a
        } else if count <= 16 {
            // Two words that may overlap: both lie in the cell.
            a = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            b = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
            highBits = a | b
        } else {
            var index = 0
            highBits = 0
            repeat {
                let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self))
                highBits |= first | second
                state = mix(first ^ secret1, second ^ state)
                index &+= 16
            } while count &- index > 16
            // The last 16 bytes, some of them read again.
            a = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 16, as: UInt64.self))
            b = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
            highBits |= a | b
        }
        isASCII = highBits & 0x8080_8080_8080_8080 == 0
        let product = (a ^ secret1).multipliedFullWidth(by: b ^ state)
        return mix(product.low ^ secret0 ^ UInt64(truncatingIfNeeded: count), product.high ^ secret1)
    }

    /// The 128-bit product of two words, its halves folded together.
    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }
}
