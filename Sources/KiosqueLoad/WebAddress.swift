import Foundation

/// Checks on the addresses people write in descriptors.
public enum WebAddress {
    /// `http://` or `https://` followed by a host, with no spaces or control characters.
    public static func isHTTP(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        let rest = lower.drop { $0 != "/" }.dropFirst(2)
        guard let first = rest.first, first != "/" else { return false }
        return !text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\"" || $0 == "<" || $0 == ">" }
    }

    /// A path of the site (`datasets/`, `/a-propos/`), an http(s) URL or a `mailto:` address; never another scheme.
    public static func isSitePathOrWebLink(_ text: String) -> Bool {
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\"" || $0 == "<" || $0 == ">" }) { return false }
        if let colon = text.firstIndex(of: ":"), !text[..<colon].contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) {
            return isHTTP(text) || (text.lowercased().hasPrefix("mailto:") && isEmail(String(text.dropFirst(7))))
        }
        return true
    }

    /// A plausible `local@domain.tld`.
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else {
            return false
        }
        return !text.unicodeScalars.contains { $0.value <= 0x20 || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "," || $0 == ";" }
    }

    /// Lower-case ASCII slug: `[a-z0-9][a-z0-9-]*`.
    public static func isSlug(_ text: String) -> Bool {
        guard let first = text.utf8.first, isSlugByte(first), first != UInt8(ascii: "-") else { return false }
        return text.utf8.allSatisfy(isSlugByte)
    }

    /// A slug made from any text: accents dropped, other characters turned into dashes.
    public static func slug(from text: String) -> String {
        var result = ""
        var dash = false
        for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.isASCII, isSlugByte(UInt8(scalar.value)), scalar != "-" {
                if dash, !result.isEmpty { result.append("-") }
                dash = false
                result.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                dash = true
            }
        }
        return result.isEmpty ? "jeu-de-donnees" : result
    }

    private static func isSlugByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-")
    }
}
