/// Text and numbers written into SVG markup: escaped, and numbers in a fixed notation so the same data always gives
/// the same bytes.
enum SVGText {
    /// Text content and attribute values: `&`, `<`, `>`, `"` and `'` escaped; control characters dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out += " "
            default:
                if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A coordinate or length with at most one decimal, `.` as separator, no trailing `.0` (`12`, `3.5`, `-0.5`).
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        let whole = String(magnitude / 10)
        let fraction = magnitude % 10
        return sign + whole + (fraction == 0 ? "" : "." + String(fraction))
    }
}
