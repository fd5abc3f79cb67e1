/// Reads dates and date-times from a cell's bytes: ISO 8601 (`2024-03-05`, `2024-03-05T14:30:00+01:00`,
/// `2024-03-05 14:30`) and the French day-first form (`05/03/2024`, `5/3/2024 14:30`).
enum DateParser {
    enum Style: UInt8 {
        case iso, dayFirst
    }

    struct Moment {
        var year: Int, month: Int, day: Int
        /// Seconds since midnight; nil for a date alone.
        var seconds: Int?
        var style: Style
        /// A `T` between date and time, and nothing after the time but `Z` or an offset.
        var isStrictISO: Bool

        /// Orders dates: `yyyymmdd`.
        var dayKey: Int { year * 10_000 + month * 100 + day }
        /// Orders date-times: `yyyymmdd` × 86 400 + seconds.
        var key: Int { dayKey * 86_400 + (seconds ?? 0) }
        /// Months since year 0, for per-month counts.
        var monthKey: Int { year * 12 + month - 1 }
    }

    /// A date or date-time in a trimmed cell, or nil.
    @inline(__always)
    static func parse(_ cell: CellBytes) -> Moment? {
        guard cell.count >= 8, let base = cell.baseAddress else { return nil }
        let count = cell.count
        var moment: Moment
        var index: Int
        // The two shapes exports use, checked eight bytes at a time: `yyyy-mm-dd` and `dd/mm/yyyy`.
        let word = Cell.load(base, available: 8)
        let nonDigits = Cell.nonDigits(word)
        if count >= 10 && word & 0xFF00_00FF_0000_0000 == 0x2D00_002D_0000_0000 && nonDigits & 0x0080_8000_8080_8080 == 0
            && NumberParser.isDigit(base[8]) && NumberParser.isDigit(base[9]) {
            moment = Moment(year: Int(Cell.digitsValue(word, count: 4)), month: twoDigits(base, 5), day: twoDigits(base, 8),
                            seconds: nil, style: .iso, isStrictISO: true)
            index = 10
        } else if count >= 10 && word & 0x0000_FF00_00FF_0000 == 0x0000_2F00_002F_0000 && nonDigits & 0x8080_0080_8000_8080 == 0
            && NumberParser.isDigit(base[8]) && NumberParser.isDigit(base[9]) {
            moment = Moment(year: twoDigits(base, 6) * 100 + twoDigits(base, 8), month: twoDigits(base, 3), day: twoDigits(base, 0),
                            seconds: nil, style: .dayFirst, isStrictISO: false)
            index = 10
        } else if base[4] == UInt8(ascii: "-") {
            guard count >= 10, base[7] == UInt8(ascii: "-"),
                  let year = digits(base, 0, 4), let month = digits(base, 5, 2), let day = digits(base, 8, 2) else { return nil }
            moment = Moment(year: year, month: month, day: day, seconds: nil, style: .iso, isStrictISO: true)
            index = 10
        } else {
            // d/m/yyyy with one or two digits for day and month.
            var position = 0
            guard let day = number(base, &position, count, maxDigits: 2), position < count, base[position] == UInt8(ascii: "/") else { return nil }
            position += 1
            guard let month = number(base, &position, count, maxDigits: 2), position < count, base[position] == UInt8(ascii: "/") else { return nil }
            position += 1
            guard position + 4 <= count, let year = digits(base, position, 4) else { return nil }
            moment = Moment(year: year, month: month, day: day, seconds: nil, style: .dayFirst, isStrictISO: false)
            index = position + 4
        }
        guard moment.month >= 1, moment.month <= 12, moment.day >= 1, moment.day <= daysIn(moment.month, of: moment.year) else { return nil }
        if index == count { return moment }
        // A time: `T` or a space, then hh:mm[:ss[.fff]], then Z or ±hh[:mm] (ISO only).
        let separator = base[index]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: " ") else { return nil }
        if separator == UInt8(ascii: " ") || moment.style == .dayFirst { moment.isStrictISO = false }
        index += 1
        if count - index == 8 {
            // `hh:mm:ss` and nothing after: checked as one word.
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            if word & 0x0000_FF00_00FF_0000 == 0x0000_3A00_003A_0000 && Cell.nonDigits(word) & 0x8080_0080_8000_8080 == 0 {
                let hour = twoDigits(base, index), minute = twoDigits(base, index + 3), second = twoDigits(base, index + 6)
                guard hour < 24, minute < 60, second < 61 else { return nil }
                moment.seconds = hour * 3600 + minute * 60 + second
                return moment
            }
        }
        guard index + 5 <= count, let hour = digits(base, index, 2), base[index + 2] == UInt8(ascii: ":"),
              let minute = digits(base, index + 3, 2), hour < 24, minute < 60 else { return nil }
        index += 5
        var second = 0
        if index < count && base[index] == UInt8(ascii: ":") {
            guard index + 3 <= count, let value = digits(base, index + 1, 2), value < 61 else { return nil }
            second = value
            index += 3
            if index < count && (base[index] == UInt8(ascii: ".") || base[index] == UInt8(ascii: ",")) {
                index += 1
                let start = index
                while index < count, NumberParser.isDigit(base[index]) { index += 1 }
                guard index > start else { return nil }
            }
        }
        moment.seconds = hour * 3600 + minute * 60 + second
        if index < count && moment.style == .iso {
            let zone = base[index]
            if zone == UInt8(ascii: "Z") {
                index += 1
            } else if zone == UInt8(ascii: "+") || zone == UInt8(ascii: "-") {
                guard index + 3 <= count, digits(base, index + 1, 2) != nil else { return nil }
                index += 3
                if index < count && base[index] == UInt8(ascii: ":") { index += 1 }
                if index + 2 <= count, digits(base, index, 2) != nil { index += 2 }
            }
        }
        return index == count ? moment : nil
    }

    /// The shapes ``quick(_:)`` reads.
    enum QuickShape: UInt8 {
        /// Another shape, or not a date: ``parse(_:)`` decides.
        case none
        /// `dd/mm/yyyy`.
        case dayFirstDate
        /// `yyyy-mm-dd`.
        case isoDate
        /// `yyyy-mm-ddThh:mm:ss`.
        case isoDateTime
    }

    /// The three shapes most exports use, read as words: the ``Moment/key`` and ``Moment/monthKey`` that ``parse(_:)``
    /// gives, without the moment; `.none` for any other cell (which ``parse(_:)`` may still read). A cell of one of
    /// the three shapes that is not a valid date is `.none` too, and ``parse(_:)`` rejects it.
    @inline(__always)
    static func quick(_ cell: CellBytes) -> (shape: QuickShape, key: Int, monthKey: Int) {
        let count = cell.count
        guard count == 10 || count == 19, let base = cell.baseAddress else { return (.none, 0, 0) }
        let raw = UnsafeRawPointer(base)
        let word = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let tail = UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)))
        // The 8 bytes then the last 2 (as bytes 8 and 9 of a word whose others are digits).
        guard Cell.nonDigits(tail | 0x3030_3030_3030_0000) == 0 else { return (.none, 0, 0) }
        let nonDigits = Cell.nonDigits(word)
        let year: Int, month: Int, day: Int
        var shape: QuickShape
        if word & 0xFF00_00FF_0000_0000 == 0x2D00_002D_0000_0000 && nonDigits & 0x0080_8000_8080_8080 == 0 {
            year = Int(Cell.digitsValue(word, count: 4))
            month = byteDigits(word, 5)
            day = byteDigits(tail, 0)
            shape = .isoDate
        } else if count == 10 && word & 0x0000_FF00_00FF_0000 == 0x0000_2F00_002F_0000
                    && nonDigits & 0x8080_0080_8000_8080 == 0 {
            year = byteDigits(word, 6) &* 100 &+ byteDigits(tail, 0)
            month = byteDigits(word, 3)
            day = byteDigits(word, 0)
            shape = .dayFirstDate
        } else {
            return (.none, 0, 0)
        }
        // Every month has 28 days: the month's length is only looked up for the last days.
        guard month >= 1, month <= 12, day >= 1, day <= 28 || day <= daysIn(month, of: year) else { return (.none, 0, 0) }
        var seconds = 0
        if count == 19 {
            // `T` then `hh:mm:ss`.
            let time = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 11, as: UInt64.self))
            guard base[10] == UInt8(ascii: "T"), time & 0x0000_FF00_00FF_0000 == 0x0000_3A00_003A_0000,
                  Cell.nonDigits(time) & 0x8080_0080_8000_8080 == 0 else { return (.none, 0, 0) }
            let hour = byteDigits(time, 0), minute = byteDigits(time, 3), second = byteDigits(time, 6)
            guard hour < 24, minute < 60, second < 61 else { return (.none, 0, 0) }
            seconds = hour &* 3600 &+ minute &* 60 &+ second
            shape = .isoDateTime
        }
        let dayKey = year &* 10_000 &+ month &* 100 &+ day
        return (shape, dayKey &* 86_400 &+ seconds, year &* 12 &+ month &- 1)
    }

    /// The two digits at byte `index` of `word`, already checked.
    @inline(__always)
    private static func byteDigits(_ word: UInt64, _ index: Int) -> Int {
        let pair = word &>> UInt64(truncatingIfNeeded: index &* 8)
        return Int(truncatingIfNeeded: pair & 0x0F) &* 10 &+ Int(truncatingIfNeeded: (pair &>> 8) & 0x0F)
    }

    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The two digits at `start`, already checked.
    @inline(__always)
    private static func twoDigits(_ base: UnsafePointer<UInt8>, _ start: Int) -> Int {
        Int(base[start] &- 0x30) &* 10 &+ Int(base[start + 1] &- 0x30)
    }

    /// Exactly `length` digits at `start`.
    @inline(__always)
    private static func digits(_ base: UnsafePointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        var value = 0
        for offset in 0..<length {
            let digit = base[start + offset] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// One to `maxDigits` digits at `position`, which moves past them.
    @inline(__always)
    private static func number(_ base: UnsafePointer<UInt8>, _ position: inout Int, _ count: Int, maxDigits: Int) -> Int? {
        var value = 0, length = 0
        while position < count, length < maxDigits, NumberParser.isDigit(base[position]) {
            value = value * 10 + Int(base[position] &- 0x30)
            position += 1
            length += 1
        }
        return length > 0 ? value : nil
    }
}
