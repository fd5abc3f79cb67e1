/// A single-byte code page as a 256-entry table of UTF-8 encodings.
///
/// Each entry packs up to three UTF-8 bytes (low byte first) and their count in the top byte.
struct CodePage: Sendable {
    let table: [UInt32]

    /// Windows-1252. The five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the
    /// C1 controls of the same value, as the WHATWG Encoding Standard specifies.
    static let windows1252 = CodePage(highControls: [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ])

    /// Builds the table: bytes below 0x80 are ASCII, 0x80–0x9F come from `highControls`,
    /// 0xA0–0xFF are the Latin-1 code points of the same value.
    private init(highControls: [UInt32]) {
        var table = [UInt32](repeating: 0, count: 256)
        for byte in 0..<256 {
            let scalar = (0x80..<0xA0).contains(byte) ? highControls[byte - 0x80] : UInt32(byte)
            table[byte] = CodePage.packedUTF8(scalar)
        }
        self.table = table
    }

    private static func packedUTF8(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        case ..<0x80:
            return 1 << 24 | scalar
        case ..<0x800:
            let first = 0xC0 | scalar >> 6, second = 0x80 | scalar & 0x3F
            return 2 << 24 | second << 8 | first
        default:
            let first = 0xE0 | scalar >> 12, second = 0x80 | (scalar >> 6) & 0x3F, third = 0x80 | scalar & 0x3F
            return 3 << 24 | third << 16 | second << 8 | first
        }
    }

    /// Writes the UTF-8 form of `byte` at `output` and returns how many bytes were written (1–3).
    @inline(__always)
    func write(_ byte: UInt8, to output: UnsafeMutablePointer<UInt8>) -> Int {
        let packed = table[Int(byte)]
        let count = Int(packed >> 24)
        output[0] = UInt8(truncatingIfNeeded: packed)
        if count > 1 { output[1] = UInt8(truncatingIfNeeded: packed >> 8) }
        if count > 2 { output[2] = UInt8(truncatingIfNeeded: packed >> 16) }
        return count
    }

    /// True when a byte in 0x80–0x9F occurs: C1 controls in ISO-8859-1, printable in Windows-1252.
    static func containsWindows1252Byte(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !UTF8Validator.isASCII(bytes) && bytes.contains { $0 & 0xE0 == 0x80 }
    }

    /// Decodes a whole field.
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if UTF8Validator.isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count * 3) { output in
            guard let target = output.baseAddress else { return 0 }
            var written = 0
            for byte in bytes {
                written += write(byte, to: target + written)
            }
            return written
        }
    }
}
