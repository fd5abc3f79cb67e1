/// A day or an instant, as descriptors and Git give them. Formatting lives with the renderers.
public enum DateStamp: Sendable, Hashable, Comparable {
    /// A calendar day from a descriptor (`2024-03-01`).
    case day(year: Int, month: Int, day: Int)
    /// An instant from Git: seconds since 1970 and the committer's UTC offset in minutes.
    case instant(seconds: Int64, offsetMinutes: Int)

    /// Parses `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ss(Z|±hh:mm)`, checking the calendar.
    public static func parse(_ text: String) -> DateStamp? {
        let s = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= s.count else { return nil }
            var value = 0
            for i in range {
                guard s[i] >= 48, s[i] <= 57 else { return nil }
                value = value * 10 + Int(s[i] - 48)
            }
            return value
        }
        guard s.count >= 10, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-"),
              let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              (1...12).contains(m), d >= 1, d <= DateStamp.daysIn(month: m, year: y) else { return nil }
        if s.count == 10 { return .day(year: y, month: m, day: d) }
        guard s.count >= 19, s[10] == UInt8(ascii: "T") || s[10] == UInt8(ascii: " "),
              s[13] == UInt8(ascii: ":"), s[16] == UInt8(ascii: ":"),
              let hh = number(11..<13), let mm = number(14..<16), let ss = number(17..<19),
              hh < 24, mm < 60, ss < 61 else { return nil }
        var offset = 0
        var rest = s[19...]
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst().drop { $0 >= 48 && $0 <= 57 }
        }
        if rest.isEmpty || rest == [UInt8(ascii: "Z")] {
            offset = 0
        } else if rest.count == 6, let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            let tail = Array(rest)
            guard tail[3] == UInt8(ascii: ":"),
                  let oh = Int(String(decoding: tail[1..<3], as: UTF8.self)),
                  let om = Int(String(decoding: tail[4..<6], as: UTF8.self)) else { return nil }
            offset = (oh * 60 + om) * (sign == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        let days = DateStamp.daysFromCivil(year: y, month: m, day: d)
        let seconds = Int64(days) * 86_400 + Int64(hh * 3600 + mm * 60 + ss) - Int64(offset * 60)
        return .instant(seconds: seconds, offsetMinutes: offset)
    }

    /// Days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day count since 1970-01-01.
    public static func civil(fromDays z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The local calendar day of this stamp (the committer's day for an instant).
    public var calendarDay: (year: Int, month: Int, day: Int) {
        switch self {
        case let .day(y, m, d): return (y, m, d)
        case let .instant(seconds, offset):
            let local = seconds + Int64(offset * 60)
            return DateStamp.civil(fromDays: Int(floorDiv(local, 86_400)))
        }
    }

    /// Seconds since 1970 (midnight UTC for a day), for ordering and age computations.
    public var epochSeconds: Int64 {
        switch self {
        case let .day(y, m, d): return Int64(DateStamp.daysFromCivil(year: y, month: m, day: d)) * 86_400
        case let .instant(seconds, _): return seconds
        }
    }

    /// `YYYY-MM-DD`.
    public var isoDate: String {
        let (y, m, d) = calendarDay
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// `YYYY-MM-DD` for a day; `YYYY-MM-DDThh:mm:ss±hh:mm` for an instant.
    public var iso8601: String {
        switch self {
        case .day: return isoDate
        case let .instant(seconds, offset):
            let local = seconds + Int64(offset * 60)
            let secondOfDay = Int(local - floorDiv(local, 86_400) * 86_400)
            let zone: String
            if offset == 0 { zone = "Z" } else {
                let a = abs(offset)
                zone = (offset < 0 ? "-" : "+") + pad(a / 60, 2) + ":" + pad(a % 60, 2)
            }
            return isoDate + "T" + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2) + zone
        }
    }

    /// True for `.instant`.
    public var hasTime: Bool { if case .instant = self { true } else { false } }

    /// By instant, then by text; the texts are made only for two stamps of the same instant.
    public static func < (a: DateStamp, b: DateStamp) -> Bool {
        let (x, y) = (a.epochSeconds, b.epochSeconds)
        return x != y ? x < y : a.iso8601 < b.iso8601
    }
}

private func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
