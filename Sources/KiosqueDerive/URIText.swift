/// Addresses as they appear in feeds: ASCII only, with reserved characters kept and everything else
/// percent-encoded as UTF-8, so that an IRI reads the same in Turtle, JSON-LD, RDF/XML and data.json.
public enum URIText {
    /// Percent-encodes what a URI may not hold; existing `%XX` escapes and reserved characters are kept.
    public static func escaped(_ address: String) -> String {
        encode(address, keeping: allowed)
    }

    /// Percent-encodes a path of the published site (`datasets/budget/budget 2024.csv`), keeping `/`.
    public static func encodePath(_ path: String) -> String {
        encode(path) { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2F
        }
    }

    /// The text itself when every byte is kept (the usual case, no copy), else its bytes with the others as `%XX`.
    private static func encode(_ text: String, keeping kept: (UInt8) -> Bool) -> String {
        guard !text.utf8.allSatisfy(kept) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        let digits: StaticString = "0123456789ABCDEF"
        for byte in text.utf8 {
            if kept(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(digits.utf8Start[Int(byte >> 4)])
                bytes.append(digits.utf8Start[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func allowed(_ byte: UInt8) -> Bool {
        allowedBytes[Int(byte)]
    }

    /// Letters, digits and `-._~:/?#[]@!$&'()*+,;=%`, by byte.
    private static let allowedBytes: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || "-._~:/?#[]@!$&'()*+,;=%".utf8.contains(byte)
    }
}
