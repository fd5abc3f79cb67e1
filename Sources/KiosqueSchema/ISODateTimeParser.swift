/// `dateutil.parser.isoparse`, which frictionless uses for `datetime` and `time` fields of format
/// `default`: a date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-Www[-D]`, `YYYY-DDD`), then
/// any single separator character and a time (`hh[:mm[:ss[.ffffff]]]`, up to 6 fraction digits kept,
/// `.` or `,`), then `Z`, `±HH`, `±HHMM` or `±HH:MM`. `24:00:00` is the next midnight. ASCII only.
enum ISODateTimeParser {
    /// frictionless' `datetime/default`: `cell[16] == ":"`, at least 19 characters, then `isoparse`.
    static func frictionlessDateTime(_ text: String) -> CivilDateTime? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 19, scalars[16] == ":" else { return nil }
        return isoparse(text)
    }

    /// frictionless' `time/default`: `cell[5] == ":"`, at least 8 characters, then the time part of
    /// `isoparse("2000-01-01T" + cell)`.
    static func frictionlessTime(_ text: String) -> ClockTime? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 8, scalars[5] == ":", let value = isoparse("2000-01-01T" + text) else { return nil }
        return value.time
    }

    static func isoparse(_ text: String) -> CivilDateTime? {
        guard PythonText.isASCII(text[...]) else { return nil }
        let bytes = Array(text.utf8)
        guard let (date, position) = parseDate(bytes) else { return nil }
        var time = ClockTime(hour: 0, minute: 0, second: 0)!
        var nextDay = false
        if bytes.count > position {
            guard let (parsed, isMidnight24) = parseTime(Array(bytes[(position + 1)...])) else { return nil }
            time = parsed
            nextDay = isMidnight24
        }
        if nextDay {
            guard let following = CivilDate(ordinal: date.ordinal + 1) else { return nil }
            return CivilDateTime(date: following, time: time)
        }
        return CivilDateTime(date: date, time: time)
    }

    // MARK: Date

    private static func digits(_ bytes: [UInt8], _ position: Int, _ count: Int) -> Int? {
        guard position >= 0, position + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<position + count] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func parseDate(_ bytes: [UInt8]) -> (CivilDate, Int)? {
        if let common = parseCommonDate(bytes) {
            guard let date = CivilDate(year: common.components[0], month: common.components[1], day: common.components[2]) else { return nil }
            return (date, common.position)
        }
        return parseUncommonDate(bytes)
    }

    /// `_parse_isodate_common`: raises (nil) to let the uncommon forms try.
    private static func parseCommonDate(_ bytes: [UInt8]) -> (components: [Int], position: Int)? {
        var components = [1, 1, 1]
        guard bytes.count >= 4, let year = digits(bytes, 0, 4) else { return nil }
        components[0] = year
        var position = 4
        if position >= bytes.count { return (components, position) }
        let hasSeparator = bytes[position] == UInt8(ascii: "-")
        if hasSeparator { position += 1 }
        guard bytes.count - position >= 2, let month = digits(bytes, position, 2) else { return nil }
        components[1] = month
        position += 2
        if position >= bytes.count { return hasSeparator ? (components, position) : nil }
        if hasSeparator {
            guard bytes[position] == UInt8(ascii: "-") else { return nil }
            position += 1
        }
        guard bytes.count - position >= 2, let day = digits(bytes, position, 2) else { return nil }
        components[2] = day
        return (components, position + 2)
    }

    private static func parseUncommonDate(_ bytes: [UInt8]) -> (CivilDate, Int)? {
        guard bytes.count >= 4, let year = digits(bytes, 0, 4) else { return nil }
        let hasSeparator = bytes.count > 4 && bytes[4] == UInt8(ascii: "-")
        var position = 4 + (hasSeparator ? 1 : 0)
        if position < bytes.count, bytes[position] == UInt8(ascii: "W") {
            position += 1
            guard let week = digits(bytes, position, 2) else { return nil }
            position += 2
            var day = 1
            if bytes.count > position {
                guard (bytes[position] == UInt8(ascii: "-")) == hasSeparator else { return nil }
                position += hasSeparator ? 1 : 0
                guard let parsed = digits(bytes, position, 1) else { return nil }
                day = parsed
                position += 1
            }
            guard let date = CivilDate.isoWeekDate(year: year, week: week, day: day) else { return nil }
            return (date, position)
        }
        guard bytes.count - position >= 3, let ordinalDay = digits(bytes, position, 3) else { return nil }
        position += 3
        guard ordinalDay >= 1, ordinalDay <= (CivilDate.isLeap(year) ? 366 : 365),
              CivilDate(year: year, month: 1, day: 1) != nil,
              let date = CivilDate(ordinal: CivilDate.ordinal(year: year, month: 1, day: 1) + ordinalDay - 1) else { return nil }
        return (date, position)
    }

    // MARK: Time

    /// `_parse_isotime`; the flag says the time was `24:00`, to be moved to the next day.
    private static func parseTime(_ bytes: [UInt8]) -> (ClockTime, Bool)? {
        var components = [0, 0, 0, 0]
        var offset: Int?
        var position = 0
        var component = -1
        guard bytes.count >= 2 else { return nil }
        var hasSeparator = false
        while position < bytes.count, component < 5 {
            component += 1
            let byte = bytes[position]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "Z") || byte == UInt8(ascii: "z") {
                guard let parsed = parseZone(Array(bytes[position...])) else { return nil }
                offset = parsed
                position = bytes.count
                break
            }
            if component == 1, byte == UInt8(ascii: ":") {
                hasSeparator = true
                position += 1
            } else if component == 2, hasSeparator {
                guard byte == UInt8(ascii: ":") else { return nil }
                position += 1
            }
            if component < 3 {
                guard let value = digits(bytes, position, 2) else { return nil }
                components[component] = value
                position += 2
            }
            if component == 3 {
                guard position < bytes.count, bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: ",") else { continue }
                var end = position + 1
                while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
                guard end > position + 1 else { continue }
                let fraction = bytes[(position + 1)..<min(end, position + 7)]
                var micro = fraction.reduce(0) { $0 * 10 + Int($1 - 0x30) }
                for _ in fraction.count..<6 { micro *= 10 }
                components[3] = micro
                position = end
            }
        }
        guard position >= bytes.count else { return nil }
        var isMidnight24 = false
        if components[0] == 24 {
            guard components[1] == 0, components[2] == 0, components[3] == 0 else { return nil }
            components[0] = 0
            isMidnight24 = true
        }
        guard let time = ClockTime(hour: components[0], minute: components[1], second: components[2],
                                   microsecond: components[3], offset: offset) else { return nil }
        return (time, isMidnight24)
    }

    private static func parseZone(_ bytes: [UInt8]) -> Int? {
        if bytes == [UInt8(ascii: "Z")] || bytes == [UInt8(ascii: "z")] { return 0 }
        guard [3, 5, 6].contains(bytes.count) else { return nil }
        let sign: Int
        switch bytes[0] {
        case UInt8(ascii: "-"): sign = -1
        case UInt8(ascii: "+"): sign = 1
        default: return nil
        }
        guard let hours = digits(bytes, 1, 2) else { return nil }
        var minutes = 0
        if bytes.count != 3 {
            let position = bytes[3] == UInt8(ascii: ":") ? 4 : 3
            guard bytes.count == position + 2, let parsed = digits(bytes, position, 2) else { return nil }
            minutes = parsed
        }
        if hours == 0 && minutes == 0 { return 0 }
        guard minutes <= 59, hours <= 23 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
