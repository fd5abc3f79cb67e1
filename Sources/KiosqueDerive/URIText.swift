/// Addresses as they appear in feeds: ASCII only, with reserved characters kept and everything else
/// percent-encoded as UTF-8, so that an IRI reads the same in Turtle, JSON-LD, RDF/XML and data.json.
public enum URIText {
    /// Percent-encodes what a URI may not hold; existing `%XX` escapes and reserved characters are kept.
    public static func escaped(_ address: String) -> String {
        var result = ""
        for byte in address.utf8 {
            if allowed(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += percent(byte)
            }
        }
        return result
    }

    /// Percent-encodes a path of the published site (`datasets/budget/budget 2024.csv`), keeping `/`.
    public static func encodePath(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let safe = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "-._~/".utf8.contains(byte)
            if safe { result.unicodeScalars.append(Unicode.Scalar(byte)) } else { result += percent(byte) }
        }
        return result
    }

    private static func allowed(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || "-._~:/?#[]@!$&'()*+,;=%".utf8.contains(byte)
    }

    private static func percent(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "%" + (hex.count == 1 ? "0" : "") + hex
    }
}
