/// A proleptic Gregorian date as Python's `datetime.date` holds it: years 1…9999.
struct CivilDate: Sendable, Hashable, Comparable {
    let year: Int
    let month: Int
    let day: Int

    /// Nil when Python's `date(year, month, day)` raises.
    init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `ordinal` days after 0001-01-01 (ordinal 1), as `date.fromordinal`.
    init?(ordinal: Int) {
        guard ordinal >= 1, ordinal <= CivilDate.ordinal(year: 9999, month: 12, day: 31) else { return nil }
        // Days since 1970-01-01, then Howard Hinnant's civil_from_days.
        let z = ordinal - 719_163 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `date.toordinal()`: 0001-01-01 is 1.
    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += daysIn(month: m, year: year) }
        return days + day
    }

    var ordinal: Int { CivilDate.ordinal(year: year, month: month, day: day) }

    /// Monday is 0, as `date.weekday()`.
    var weekday: Int { (ordinal + 6) % 7 }

    /// The date of ISO year `year`, week `week` (1…53), weekday `day` (1 = Monday…7), as dateutil computes it.
    static func isoWeekDate(year: Int, week: Int, day: Int) -> CivilDate? {
        guard (1...53).contains(week), (1...7).contains(day), let january4 = CivilDate(year: year, month: 1, day: 4) else { return nil }
        let week1Monday = january4.ordinal - january4.weekday
        return CivilDate(ordinal: week1Monday + (week - 1) * 7 + (day - 1))
    }

    static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
