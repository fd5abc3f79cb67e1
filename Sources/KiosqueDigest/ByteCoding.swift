/// A compact binary form for the build cache (`.kiosque/cache/`): varints, length-prefixed strings, options and arrays,
/// written and read in the same order, without names.
public struct ByteWriter: Sendable {
    public var bytes: [UInt8] = []

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    public mutating func int(_ value: Int) {
        // Zig-zag varint: small numbers, positive or negative, take one byte.
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    public mutating func int64(_ value: Int64) { int(Int(value)) }
    public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func optional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        write(&self, value)
    }

    public mutating func array<T>(_ values: [T], _ write: (inout ByteWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    public mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }

    public mutating func hash(_ value: ContentHash) {
        withUnsafeBytes(of: value.high.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: value.low.littleEndian) { bytes.append(contentsOf: $0) }
    }
    public mutating func optionalString(_ value: String?) { optional(value) { $0.string($1) } }
}

/// Reads what `ByteWriter` wrote; any inconsistency (a truncated or foreign file) throws, and the entry is rebuilt.
public struct ByteReader: Sendable {
    public struct Corrupt: Error {
        public init() {}
    }

    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public init(_ bytes: ArraySlice<UInt8>) { self.bytes = Array(bytes) }

    public var isAtEnd: Bool { position == bytes.count }

    public mutating func byte() throws(Corrupt) -> UInt8 {
        guard position < bytes.count else { throw Corrupt() }
        defer { position += 1 }
        return bytes[position]
    }

    public mutating func int() throws(Corrupt) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
            guard shift < 64 else { throw Corrupt() }
        }
        // Zig-zag back: the shift is on the unsigned value (an arithmetic shift would smear the top bit).
        return Int(Int64(bitPattern: result >> 1) ^ -Int64(bitPattern: result & 1))
    }

    public mutating func count() throws(Corrupt) -> Int {
        let value = try int()
        guard value >= 0, value <= bytes.count - position + 1 << 20 else { throw Corrupt() }
        return value
    }

    public mutating func int64() throws(Corrupt) -> Int64 { Int64(try int()) }

    public mutating func bool() throws(Corrupt) -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw Corrupt()
        }
    }

    public mutating func double() throws(Corrupt) -> Double {
        guard position + 8 <= bytes.count else { throw Corrupt() }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        position += 8
        return Double(bitPattern: bits)
    }

    public mutating func string() throws(Corrupt) -> String {
        let length = try int()
        guard length >= 0, position + length <= bytes.count else { throw Corrupt() }
        defer { position += length }
        return String(decoding: bytes[position..<position + length], as: UTF8.self)
    }

    /// The next `length` bytes, as they are.
    public mutating func bytes(_ length: Int) throws(Corrupt) -> ArraySlice<UInt8> {
        guard length >= 0, position + length <= bytes.count else { throw Corrupt() }
        defer { position += length }
        return bytes[position..<position + length]
    }

    public mutating func optional<T>(_ read: (inout ByteReader) throws(Corrupt) -> T) throws(Corrupt) -> T? {
        switch try byte() {
        case 0: return nil
        case 1: return try read(&self)
        default: throw Corrupt()
        }
    }

    public mutating func array<T>(_ read: (inout ByteReader) throws(Corrupt) -> T) throws(Corrupt) -> [T] {
        let count = try count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    public mutating func hash() throws(Corrupt) -> ContentHash {
        guard position + 16 <= bytes.count else { throw Corrupt() }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for i in 0..<8 {
            high |= UInt64(bytes[position + i]) << (8 * UInt64(i))
            low |= UInt64(bytes[position + 8 + i]) << (8 * UInt64(i))
        }
        position += 16
        return ContentHash(high: high, low: low)
    }

    public mutating func strings() throws(Corrupt) -> [String] { try array { r throws(Corrupt) in try r.string() } }
    public mutating func optionalString() throws(Corrupt) -> String? { try optional { r throws(Corrupt) in try r.string() } }

    public mutating func raw<T: RawRepresentable>(_ type: T.Type) throws(Corrupt) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Corrupt() }
        return value
    }
}

