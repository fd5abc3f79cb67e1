import Foundation

/// A date/time pattern such as `%d/%m/%Y`, read as Python's `datetime.strptime` reads it (C locale):
/// the format becomes a regular expression matched case-insensitively from the start, whose first
/// match must cover the whole text; then the fields are combined and checked (`31/04` fails).
///
/// A format Python refuses (`%e`, `%-d`, a stray `%`, a directive used twice) gives a pattern that
/// matches nothing, as every cell then fails in frictionless.
struct StrptimeFormat: Sendable {
    /// What a successful parse yields, before it becomes a date, a time or a date-time.
    struct Fields: Sendable, Equatable {
        var date: CivilDate
        var hour = 0, minute = 0, second = 0, microsecond = 0
        /// Seconds east of UTC when `%z` matched.
        var offset: Int?
    }

    private let regex: NSRegularExpression?
    /// The directive letter of each capture group, in order.
    private let groups: [Character]
    /// For formats such as `%d/%m/%Y`: the shape read without the regular expression.
    private let numericShape: [ShapePart]?

    /// A fixed-width numeric directive, or a literal byte between two of them.
    enum ShapePart: Sendable, Equatable {
        case number(Character, width: Int)
        case literal(UInt8)
    }

    init(_ format: String) {
        var groups: [Character] = []
        if let pattern = StrptimeFormat.pattern(for: format, groups: &groups, depth: 0),
           Set(groups).count == groups.count {
            regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } else {
            regex = nil
        }
        self.groups = groups
        numericShape = regex == nil ? nil : StrptimeFormat.numericShape(of: format)
    }

    /// `%Y %m %d %H %M %S` separated by single ASCII punctuation or spaces, never adjacent: a text
    /// of exactly that shape in ASCII digits matches the expression with the same split (each
    /// directive's first alternative takes both digits; a shorter one would leave a digit where the
    /// separator must be), so only the calendar decides.
    private static func numericShape(of format: String) -> [ShapePart]? {
        var parts: [ShapePart] = []
        var bytes = format.utf8.makeIterator()
        while let byte = bytes.next() {
            if byte == UInt8(ascii: "%") {
                guard let letter = bytes.next(), case let directive = Character(Unicode.Scalar(letter)),
                      "YmdHMS".contains(directive) else { return nil }
                if case .number = parts.last { return nil }
                parts.append(.number(directive, width: directive == "Y" ? 4 : 2))
            } else {
                let isSeparator = byte == UInt8(ascii: " ") || (byte < 0x80 && !(byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                    && !(byte >= 0x30 && byte <= 0x39) && byte > 0x20)
                guard isSeparator else { return nil }
                parts.append(.literal(byte))
            }
        }
        return parts.isEmpty ? nil : parts
    }

    /// The shape's reading: `.some(nil)` when the text has the shape but the calendar refuses it,
    /// nil when the text does not have the shape (the expression decides).
    private func parseShape(_ text: String, _ shape: [ShapePart]) -> Fields?? {
        var found: [Character: Int] = [:]
        let fits: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var position = 0
            for part in shape {
                switch part {
                case let .literal(byte):
                    guard position < bytes.count, bytes[position] == byte else { return false }
                    position += 1
                case let .number(letter, width):
                    guard position + width <= bytes.count else { return false }
                    var value = 0
                    for index in position..<position + width {
                        let digit = bytes[index] &- UInt8(ascii: "0")
                        guard digit < 10 else { return false }
                        value = value * 10 + Int(digit)
                    }
                    found[letter] = value
                    position += width
                }
            }
            return position == bytes.count
        }
        guard fits == true else { return nil }
        let year = found["Y"] ?? 1900
        guard let date = CivilDate(year: year, month: found["m"] ?? 1, day: found["d"] ?? 1),
              ClockTime(hour: found["H"] ?? 0, minute: found["M"] ?? 0, second: found["S"] ?? 0) != nil else { return .some(nil) }
        return .some(Fields(date: date, hour: found["H"] ?? 0, minute: found["M"] ?? 0, second: found["S"] ?? 0))
    }

    /// The fields of `text`, or nil when Python's `strptime` raises.
    func parse(_ text: String) -> Fields? {
        guard let regex else { return nil }
        if let numericShape, let fields = parseShape(text, numericShape) { return fields }
        let length = text.utf16.count
        guard let match = regex.firstMatch(in: text, options: [.anchored], range: NSRange(location: 0, length: length)),
              match.range.location == 0, match.range.length == length else { return nil }
        let utf16 = text.utf16
        var found: [Character: Substring] = [:]
        for (offset, letter) in groups.enumerated() {
            let range = match.range(at: offset + 1)
            guard range.location != NSNotFound,
                  let start = utf16.index(utf16.startIndex, offsetBy: range.location, limitedBy: utf16.endIndex),
                  let end = utf16.index(start, offsetBy: range.length, limitedBy: utf16.endIndex) else { continue }
            found[letter] = text[start..<end]
        }
        return StrptimeFormat.combine(found)
    }

    // MARK: Building the expression

    private static let space = "[\\t-\\r\\x{1C}-\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}]+"

    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    private static func directive(_ letter: Character) -> String? {
        switch letter {
        case "d": "3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9]"
        case "f": "[0-9]{1,6}"
        case "H": "2[0-3]|[0-1]\\d|\\d"
        case "I": "1[0-2]|0[1-9]|[1-9]"
        case "G", "Y": "\\d\\d\\d\\d"
        case "j": "36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]"
        case "m": "1[0-2]|0[1-9]|[1-9]"
        case "M": "[0-5]\\d|\\d"
        case "S": "6[0-1]|[0-5]\\d|\\d"
        case "U", "W": "5[0-3]|[0-4]\\d|\\d"
        case "w": "[0-6]"
        case "u": "[1-7]"
        case "V": "5[0-3]|0[1-9]|[1-4]\\d|\\d"
        case "y": "\\d\\d"
        case "z": "[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|(?-i:Z)"
        case "A": words(weekdays)
        case "a": words(weekdays.map { String($0.prefix(3)) })
        case "B": words(months)
        case "b": words(months.map { String($0.prefix(3)) })
        case "p": words(["am", "pm"])
        case "Z": words(["utc", "gmt"])
        default: nil
        }
    }

    /// Longest first, as Python sorts them, so that `march` is not read as `mar`.
    private static func words(_ list: [String]) -> String {
        list.enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }
            .map { NSRegularExpression.escapedPattern(for: $0.element) }.joined(separator: "|")
    }

    private static func pattern(for format: String, groups: inout [Character], depth: Int) -> String? {
        var out = ""
        var scalars = format.unicodeScalars[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            if PythonText.isSpace(scalar) {
                while let next = scalars.first, PythonText.isSpace(next) { scalars = scalars.dropFirst() }
                out += space
                continue
            }
            guard scalar == "%" else {
                out += String(format: "\\x{%X}", scalar.value)
                continue
            }
            guard let next = scalars.first else { return nil }   // a stray '%'
            scalars = scalars.dropFirst()
            let letter = Character(next)
            switch letter {
            case "%":
                out += "%"
            case "c", "x", "X":
                guard depth == 0 else { return nil }
                let locale = letter == "c" ? "%a %b %d %H:%M:%S %Y" : (letter == "x" ? "%m/%d/%y" : "%H:%M:%S")
                guard let inner = pattern(for: locale, groups: &groups, depth: depth + 1) else { return nil }
                out += inner
            default:
                guard let body = directive(letter) else { return nil }
                groups.append(letter)
                out += "(" + body + ")"
            }
        }
        return out
    }
}

extension StrptimeFormat {
    /// `_strptime`'s second half: from the captured directives to a checked date and time.
    static func combine(_ found: [Character: Substring]) -> Fields? {
        func number(_ letter: Character) -> Int? { found[letter].flatMap { PythonText.parseSmallInt($0) } }
        var year: Int?, isoYear: Int?, month = 1, day = 1
        var hour = 0, minute = 0, second = 0, fraction = 0
        var weekday: Int?, julian: Int?, weekOfYear: Int?, weekStartsMonday = false, isoWeek: Int?
        var offset: Int?
        if let y = number("y") { year = y <= 68 ? y + 2000 : y + 1900 }
        if let y = number("Y") { year = y }
        isoYear = number("G")
        if let m = number("m") { month = m }
        if let name = found["B"]?.lowercased() { month = (months.firstIndex(of: name) ?? 0) + 1 }
        if let name = found["b"]?.lowercased() { month = (months.firstIndex { $0.hasPrefix(name) } ?? 0) + 1 }
        if let d = number("d") { day = d }
        if let h = number("H") { hour = h }
        if let h = number("I") {
            hour = h
            let ampm = found["p"]?.lowercased() ?? ""
            if ampm == "" || ampm == "am" { if hour == 12 { hour = 0 } } else if hour != 12 { hour += 12 }
        }
        if let m = number("M") { minute = m }
        if let s = number("S") { second = s }
        if let f = found["f"] { fraction = Int(f + String(repeating: "0", count: 6 - f.count)) ?? 0 }
        if let name = found["A"]?.lowercased() { weekday = weekdays.firstIndex(of: name) }
        if let name = found["a"]?.lowercased() { weekday = weekdays.firstIndex { $0.hasPrefix(name) } }
        if let w = number("w") { weekday = w == 0 ? 6 : w - 1 }
        if let u = number("u") { weekday = u - 1 }
        julian = number("j")
        if let u = number("U") { weekOfYear = u; weekStartsMonday = false }
        if let w = number("W") { weekOfYear = w; weekStartsMonday = true }
        isoWeek = number("V")
        if let z = found["z"] {
            guard let seconds = zoneOffset(String(z)) else { return nil }
            offset = seconds
        }
        if year == nil, isoYear != nil {
            if isoWeek == nil || weekday == nil || julian != nil { return nil }
        } else if weekOfYear == nil, isoWeek != nil {
            return nil
        }
        var leapYearFix = false
        if year == nil, month == 2, day == 29 {
            year = 1904
            leapYearFix = true
        }
        var resolvedYear = year ?? 1900
        if julian == nil, let weekday {
            if let weekOfYear {
                julian = julianFromWeek(year: resolvedYear, week: weekOfYear, weekday: weekday, mondayFirst: weekStartsMonday)
            } else if let isoYear, let isoWeek {
                guard let (y, j) = julianFromISOWeek(isoYear: isoYear, isoWeek: isoWeek, isoWeekday: weekday + 1) else { return nil }
                resolvedYear = y
                julian = j
            }
            if let j = julian, j <= 0 {
                resolvedYear -= 1
                julian = j + (CivilDate.isLeap(resolvedYear) ? 366 : 365)
            }
        }
        var date: CivilDate
        if let julian {
            guard CivilDate(year: resolvedYear, month: 1, day: 1) != nil,
                  let result = CivilDate(ordinal: julian - 1 + CivilDate.ordinal(year: resolvedYear, month: 1, day: 1)) else { return nil }
            date = result
        } else {
            guard let result = CivilDate(year: resolvedYear, month: month, day: day) else { return nil }
            date = result
        }
        if leapYearFix {
            guard let fixed = CivilDate(year: 1900, month: date.month, day: date.day) else { return nil }
            date = fixed
        }
        guard ClockTime(hour: hour, minute: minute, second: second, microsecond: fraction, offset: offset) != nil else { return nil }
        return Fields(date: date, hour: hour, minute: minute, second: second, microsecond: fraction, offset: offset)
    }

    /// `%z`: `Z`, `±HHMM[SS[.ffffff]]` or `±HH:MM[:SS[.ffffff]]`, checked as Python does.
    private static func zoneOffset(_ text: String) -> Int? {
        if text == "Z" { return 0 }
        var z = Array(text.unicodeScalars)
        if z.count > 3, z[3] == ":" {
            z.remove(at: 3)
            if z.count > 5 {
                guard z[5] == ":" else { return nil }
                z.remove(at: 5)
            }
        }
        func int(_ range: Range<Int>) -> Int? {
            let slice = z[min(range.lowerBound, z.count)..<min(range.upperBound, z.count)]
            return PythonText.parseSmallInt(Substring(String(String.UnicodeScalarView(slice))))
        }
        guard let hours = int(1..<3), let minutes = int(3..<5) else { return nil }
        var seconds = 0
        if z.count > 5 { guard let s = int(5..<7) else { return nil }; seconds = s }
        let total = hours * 3600 + minutes * 60 + seconds
        return z[0] == "-" ? -total : total
    }

    private static func julianFromWeek(year: Int, week: Int, weekday: Int, mondayFirst: Bool) -> Int? {
        guard let january1 = CivilDate(year: year, month: 1, day: 1) else { return nil }
        var firstWeekday = january1.weekday
        var dayOfWeek = weekday
        if !mondayFirst {
            firstWeekday = (firstWeekday + 1) % 7
            dayOfWeek = (dayOfWeek + 1) % 7
        }
        let week0Length = (7 - firstWeekday) % 7
        if week == 0 { return 1 + dayOfWeek - firstWeekday }
        return 1 + week0Length + 7 * (week - 1) + dayOfWeek
    }

    private static func julianFromISOWeek(isoYear: Int, isoWeek: Int, isoWeekday: Int) -> (Int, Int)? {
        guard let january4 = CivilDate(year: isoYear, month: 1, day: 4) else { return nil }
        let correction = january4.weekday + 1 + 3
        var ordinal = isoWeek * 7 + isoWeekday - correction
        var year = isoYear
        if ordinal < 1 {
            ordinal += CivilDate.ordinal(year: year, month: 1, day: 1)
            year -= 1
            guard year >= 1 else { return nil }
            ordinal -= CivilDate.ordinal(year: year, month: 1, day: 1)
        }
        return (year, ordinal)
    }
}

extension StrptimeFormat {
    /// `date/default`: `%Y-%m-%d`.
    static let isoDate = StrptimeFormat("%Y-%m-%d")
}
