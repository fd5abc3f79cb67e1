/// A fast 128-bit hash of bytes, for the build cache: it tells whether an input or an output changed, never anything
/// an attacker chooses matters for (SHA-256 stays the hash that is published). Two 64-bit lanes of multiply, rotate and
/// xor over 8-byte words, folded with the length; the same bytes give the same value on every machine and run.
public struct ContentHash: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    public static let zero = ContentHash(high: 0, low: 0)

    public static func < (a: ContentHash, b: ContentHash) -> Bool { (a.high, a.low) < (b.high, b.low) }

    /// 32 hexadecimal digits.
    public var description: String {
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(high) + hex(low)
    }

    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> ContentHash where Bytes.Element == UInt8 {
        var hasher = ContentHasher()
        hasher.update(bytes)
        return hasher.finish()
    }

    public static func of(_ text: String) -> ContentHash {
        var hasher = ContentHasher()
        hasher.update(text)
        return hasher.finish()
    }
}

/// Streaming `ContentHash`: feed bytes, strings and numbers (each string and byte run is length-prefixed, so that
/// `("ab", "c")` and `("a", "bc")` differ), then `finish`.
public struct ContentHasher: Sendable {
    private var a: UInt64 = 0x243F_6A88_85A3_08D3
    private var b: UInt64 = 0x1319_8A2E_0370_7344
    private var word: UInt64 = 0
    private var filled: UInt64 = 0
    private var length: UInt64 = 0

    public init() {}

    private static let p1: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    @inline(__always)
    private mutating func mix(_ w: UInt64) {
        a = ((a ^ w) &* Self.p1)
        a = (a << 29) | (a >> 35)
        b = ((b &+ w) &* Self.p2) ^ (b >> 31)
        b = (b << 23) | (b >> 41)
    }

    @inline(__always)
    private mutating func add(_ byte: UInt8) {
        word |= UInt64(byte) << (filled * 8)
        filled += 1
        if filled == 8 {
            mix(word)
            word = 0
            filled = 0
        }
    }

    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { update(buffer: UnsafeRawBufferPointer($0)) }
        if handled == nil {
            for byte in bytes {
                add(byte)
                length &+= 1
            }
        }
    }

    public mutating func update(buffer: UnsafeRawBufferPointer) {
        var index = 0
        let count = buffer.count
        length &+= UInt64(count)
        while filled != 0, index < count {
            add(buffer[index])
            index += 1
        }
        while index + 8 <= count {
            mix(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        while index < count {
            add(buffer[index])
            index += 1
        }
    }

    /// A string, length-prefixed.
    public mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            update(UInt64(utf8.count))
            update(buffer: UnsafeRawBufferPointer(utf8))
        }
    }

    public mutating func update(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { update(buffer: $0) }
    }

    public mutating func update(_ value: Int) { update(UInt64(bitPattern: Int64(value))) }

    public mutating func update(_ hash: ContentHash) {
        update(hash.high)
        update(hash.low)
    }

    public func finish() -> ContentHash {
        var copy = self
        if copy.filled > 0 { copy.mix(copy.word ^ (0xFF << 56)) }
        copy.mix(copy.length)
        func avalanche(_ x: UInt64) -> UInt64 {
            var x = x
            x ^= x >> 33
            x = x &* 0xFF51_AFD7_ED55_8CCD
            x ^= x >> 33
            x = x &* 0xC4CE_B9FE_1A85_EC53
            x ^= x >> 33
            return x
        }
        let high = avalanche(copy.a ^ (copy.b >> 17))
        let low = avalanche(copy.b ^ copy.a &* Self.p2)
        return ContentHash(high: high, low: low)
    }
}
