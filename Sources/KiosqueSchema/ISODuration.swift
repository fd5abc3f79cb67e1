/// An ISO 8601 duration as `isodate.parse_duration` reads it for `duration` fields:
/// `[+-]P[nY][nM][nW][nD][T[nH][nM][nS]]` with `.` or `,` fractions on any component (and `PT`
/// alone accepted), or the alternative form `PYYYY-MM-DDThh:mm:ss` / `PYYYYMMDDThhmmss`.
struct ISODuration: Sendable, Hashable {
    /// Years and months, kept apart as `isodate.Duration` keeps them.
    let years: PyDecimal
    let months: PyDecimal
    /// Everything else in microseconds, as `timedelta` holds it.
    let microseconds: Int64

    init?(_ text: String) {
        if let parsed = ISODuration.designators(text) { self = parsed; return }
        guard let alternative = ISODuration.alternative(text) else { return nil }
        self = alternative
    }

    private init(years: PyDecimal, months: PyDecimal, microseconds: Int64) {
        self.years = years
        self.months = months
        self.microseconds = microseconds
    }

    /// `ISO8601_PERIOD_REGEX`: Python's `$` also accepts one final newline.
    private static func designators(_ text: String) -> ISODuration? {
        var scalars = Array(text.unicodeScalars)
        if scalars.last == "\n" { scalars.removeLast() }
        var position = 0
        var negative = false
        if position < scalars.count, scalars[position] == "+" || scalars[position] == "-" {
            negative = scalars[position] == "-"
            position += 1
        }
        guard position < scalars.count, scalars[position] == "P" else { return nil }
        position += 1
        // `P(?!\b)`: the next character must be a word character (a letter, digit or underscore).
        guard position < scalars.count, scalars[position].properties.isAlphabetic || scalars[position] == "_"
                || scalars[position].properties.numericType != nil else { return nil }
        func take(_ designator: Unicode.Scalar) -> String? {
            var end = position
            while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
            guard end > position else { return nil }
            var number = String(String.UnicodeScalarView(scalars[position..<end]))
            if end < scalars.count, scalars[end] == "." || scalars[end] == "," {
                var fractionEnd = end + 1
                while fractionEnd < scalars.count, ("0"..."9").contains(scalars[fractionEnd]) { fractionEnd += 1 }
                if fractionEnd > end + 1 {
                    number += "." + String(String.UnicodeScalarView(scalars[(end + 1)..<fractionEnd]))
                    end = fractionEnd
                }
            }
            guard end < scalars.count, scalars[end] == designator else { return nil }
            position = end + 1
            return number
        }
        // Each group is optional and tried in order at the current position.
        let yearsText = take("Y") ?? "0", monthsText = take("M") ?? "0"
        let weeks = take("W"), days = take("D")
        var hours: String?, minutes: String?, seconds: String?
        if position < scalars.count, scalars[position] == "T" {
            position += 1
            hours = take("H")
            minutes = take("M")
            seconds = take("S")
        }
        guard position == scalars.count else { return nil }
        func value(_ text: String?) -> Double { text.flatMap(Double.init) ?? 0 }
        let total = (value(days) + 7 * value(weeks)) * 86_400 + value(hours) * 3600 + value(minutes) * 60 + value(seconds)
        // timedelta refuses more than 999 999 999 days.
        guard abs(total) < 999_999_999 * 86_400 else { return nil }
        let micro = Int64((total * 1_000_000).rounded(.toNearestOrEven))
        guard let years = PyDecimal(decimalText: yearsText[...]), let months = PyDecimal(decimalText: monthsText[...]) else { return nil }
        return ISODuration(years: negative ? years.negated : years, months: negative ? months.negated : months,
                           microseconds: negative ? -micro : micro)
    }

    /// `parse_datetime(text[1:])`: `YYYY-MM-DD` or `YYYYMMDD`, `T`, then `hh:mm:ss` or `hhmmss`.
    private static func alternative(_ text: String) -> ISODuration? {
        guard text.hasPrefix("P"), PythonText.isASCII(text[...]) else { return nil }
        let parts = text.dropFirst().split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let date = parts[0].replacingOccurrences(of: "-", with: "")
        let time = parts[1].replacingOccurrences(of: ":", with: "")
        let dateIsExtended = parts[0].contains("-")
        guard date.count == 8, date.allSatisfy(\.isASCIIDigitCharacter),
              !dateIsExtended || parts[0].count == 10,
              time.count >= 6, time.prefix(6).allSatisfy(\.isASCIIDigitCharacter),
              let year = Int(date.prefix(4)), let month = Int(date.dropFirst(4).prefix(2)), let day = Int(date.suffix(2)),
              CivilDate(year: year, month: month, day: day) != nil,
              let hour = Int(time.prefix(2)), let minute = Int(time.dropFirst(2).prefix(2)), let second = Int(time.dropFirst(4).prefix(2)),
              ClockTime(hour: hour, minute: minute, second: second) != nil else { return nil }
        let seconds = Int64(((day * 24 + hour) * 60 + minute) * 60 + second)
        return ISODuration(years: PyDecimal(year), months: PyDecimal(month), microseconds: seconds * 1_000_000)
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
