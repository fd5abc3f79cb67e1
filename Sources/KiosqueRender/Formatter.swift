import KiosqueModel

/// Dates, numbers and sizes written the way readers of the portal's language expect.
struct Formatter: Sendable {
    let language: Language

    private static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                                       "octobre", "novembre", "décembre"]
    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                        "October", "November", "December"]

    /// `2 mai 2024` / `May 2, 2024`.
    func date(_ stamp: DateStamp) -> String {
        let (y, m, d) = stamp.calendarDay
        switch language {
        case .fr: return (d == 1 ? "1er" : String(d)) + " " + Self.frenchMonths[m - 1] + " " + String(y)
        case .en: return Self.englishMonths[m - 1] + " " + String(d) + ", " + String(y)
        }
    }

    /// `1 250` (narrow no-break space) / `1,250`.
    func integer(_ value: Int) -> String {
        // Below a thousand, no group: the digits as they are.
        if value > -1000 && value < 1000 { return String(value) }
        var digits: [UInt8] = []
        var magnitude = value.magnitude
        while magnitude > 0 {
            digits.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        }
        var text: [UInt8] = []
        text.reserveCapacity(digits.count * 2 + 1)
        if value < 0 { text.append(UInt8(ascii: "-")) }
        for position in stride(from: digits.count - 1, through: 0, by: -1) {
            text.append(digits[position])
            if position > 0 && position % 3 == 0 {
                // U+202F NARROW NO-BREAK SPACE (E2 80 AF) in French, a comma in English.
                if language == .fr { text += [0xE2, 0x80, 0xAF] } else { text.append(UInt8(ascii: ",")) }
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `12,5 Mo` / `12.5 MB`.
    func byteSize(_ bytes: Int) -> String {
        let units = language == .fr ? ["octets", "Ko", "Mo", "Go", "To"] : ["bytes", "kB", "MB", "GB", "TB"]
        guard bytes >= 1000 else { return integer(bytes) + " " + units[0] }
        var value = Double(bytes)
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        let rounded = (value * 10).rounded() / 10
        var text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        if language == .fr { text = text.replacingOccurrences(of: ".", with: ",") }
        return text + "\u{00A0}" + units[unit]
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
