/// Text and numbers written into SVG markup: escaped, and numbers in a fixed notation so the same data always gives
/// the same bytes.
enum SVGText {
    /// Text content and attribute values: `&`, `<`, `>`, `"` and `'` escaped; control characters dropped.
    static func escape(_ text: String) -> String {
        if !needsEscape(text) { return text }
        var svg = SVGBytes(capacity: text.utf8.count + 16)
        svg.add(escaped: text)
        return svg.text
    }

    /// True when `escape` would change the text: one of the five characters, a C0 or C1 control character or DEL.
    private static func needsEscape(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0..<0x20, 0x7F, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                return true
            case 0x80...0x9F where previous == 0xC2:
                return true
            default:
                previous = byte
            }
        }
        return false
    }

    /// A coordinate or length with at most one decimal, `.` as separator, no trailing `.0` (`12`, `3.5`, `-0.5`).
    static func number(_ value: Double) -> String {
        var svg = SVGBytes(capacity: 8)
        svg.add(number: value)
        return svg.text
    }
}
