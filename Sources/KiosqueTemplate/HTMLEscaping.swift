/// HTML escaping of `{{…}}` values: `<`, `>`, `&`, `"` and `'` become entities, byte by byte, so a text holding
/// none of them (most texts) is copied as it is. Safe in element content and in quoted attribute values.
enum HTMLEscaping {
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            let clean = cleanPrefix(bytes)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<clean]))
            for byte in bytes[clean...] {
                switch byte {
                case UInt8(ascii: "<"): output += "&lt;".utf8
                case UInt8(ascii: ">"): output += "&gt;".utf8
                case UInt8(ascii: "&"): output += "&amp;".utf8
                case UInt8(ascii: "\""): output += "&quot;".utf8
                case UInt8(ascii: "'"): output += "&#39;".utf8
                default: output.append(byte)
                }
            }
        }
    }

    /// How many bytes at the start need no escape: eight at a time while none of the eight does (a byte equal to one of
    /// the five is a zero byte of the word XOR that byte repeated), then one at a time.
    private static func cleanPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if hasByte(word, 0x3C) || hasByte(word, 0x3E) || hasByte(word, 0x26) || hasByte(word, 0x22) || hasByte(word, 0x27) { break }
                index += 8
            }
        }
        while index < bytes.count, !needsEscape(bytes[index]) { index += 1 }
        return index
    }

    /// True when one of the eight bytes of `word` is `byte`.
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let value = word ^ (ones &* UInt64(byte))
        return (value &- ones) & ~value & (ones &* 0x80) != 0
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }
}
