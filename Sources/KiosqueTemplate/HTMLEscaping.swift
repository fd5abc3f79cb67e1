/// HTML escaping of `{{…}}` values: `<`, `>`, `&`, `"` and `'` become entities, byte by byte, so a text holding
/// none of them (most texts) is copied as it is. Safe in element content and in quoted attribute values.
enum HTMLEscaping {
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: needsEscape) else {
                output.append(contentsOf: bytes)
                return
            }
            for byte in bytes {
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

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }
}
