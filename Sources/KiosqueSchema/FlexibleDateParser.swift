import Foundation

/// An approximation of `dateutil.parser.parse`, which frictionless uses for the format `any` of
/// `date`, `time` and `datetime`. It accepts what dateutil accepts in practice — ISO 8601, numeric
/// dates with `/`, `-` or `.` (month first unless the first number exceeds 12, as dateutil's
/// default), English month names, times `hh:mm[:ss]` with `am`/`pm` or `12h30` — and refuses other
/// words. Missing parts default to today's date at midnight, as dateutil does; `today` is fixed to
/// 2000-01-01 here so that results stay deterministic. A documented difference: dateutil accepts
/// more exotic forms (`5th of May`, time zones by name…).
enum FlexibleDateParser {
    static func parse(_ text: String) -> CivilDateTime? {
        if let iso = ISODateTimeParser.isoparse(text) { return iso }
        var year: Int?, month: Int?, day: Int?
        var hour = 0, minute = 0, second = 0
        var numbers: [String] = []
        var meridiem: String?
        var sawTime = false
        for rawToken in tokens(text) {
            let token = rawToken.lowercased()
            if let index = StrptimeFormat.months.firstIndex(where: { $0 == token || (token.count >= 3 && $0.hasPrefix(token)) }) {
                guard month == nil else { return nil }
                month = index + 1
            } else if StrptimeFormat.weekdays.contains(where: { $0 == token || (token.count >= 3 && $0.hasPrefix(token)) }) {
                continue
            } else if token == "am" || token == "pm" || token == "a.m." || token == "p.m." {
                meridiem = String(token.prefix(1))
            } else if token.contains(":") || (token.contains("h") && token.first?.isNumber == true) {
                let parts = token.replacingOccurrences(of: "h", with: ":").split(separator: ":", omittingEmptySubsequences: false)
                guard !sawTime, (1...3).contains(parts.count), parts.allSatisfy({ $0.isEmpty || $0.allSatisfy(\.isNumber) }),
                      let h = Int(parts[0]) else { return nil }
                hour = h
                minute = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
                second = parts.count > 2 ? Int(parts[2]) ?? 0 : 0
                sawTime = true
            } else if token.contains("/") || token.contains("-") || token.contains(".") {
                let parts = token.split(whereSeparator: { "/-.".contains($0) })
                guard parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), (2...3).contains(parts.count) else { return nil }
                numbers.append(contentsOf: parts.map(String.init))
            } else if token.allSatisfy(\.isNumber) {
                numbers.append(token)
            } else {
                return nil
            }
        }
        if let meridiem {
            guard sawTime || numbers.count == 1, (1...12).contains(sawTime ? hour : Int(numbers.first!) ?? 0) else { return nil }
            if !sawTime { hour = Int(numbers.removeFirst())! }
            if meridiem == "p", hour != 12 { hour += 12 }
            if meridiem == "a", hour == 12 { hour = 0 }
        }
        var rest = numbers.compactMap(Int.init)
        guard rest.count == numbers.count else { return nil }
        if let index = numbers.firstIndex(where: { $0.count == 4 }) {
            year = rest.remove(at: index)
        }
        if month == nil, !rest.isEmpty {
            if rest.count >= 2, rest[0] > 12, rest[1] <= 12 { day = rest.removeFirst(); month = rest.removeFirst() } else { month = rest.removeFirst() }
        }
        if day == nil, !rest.isEmpty { day = rest.removeFirst() }
        if year == nil, let last = rest.first {
            year = last < 100 ? (last <= 68 ? 2000 + last : 1900 + last) : last
            rest.removeFirst()
        }
        guard rest.isEmpty, year != nil || month != nil || day != nil || sawTime else { return nil }
        guard let date = CivilDate(year: year ?? 2000, month: month ?? 1, day: day ?? 1),
              let time = ClockTime(hour: hour, minute: minute, second: second) else { return nil }
        return CivilDateTime(date: date, time: time)
    }

    private static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
    }
}
