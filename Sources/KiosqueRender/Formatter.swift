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
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: language == .fr ? "\u{202F}" : ",")
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
