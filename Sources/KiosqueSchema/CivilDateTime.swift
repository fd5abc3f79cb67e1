/// A date and a time, as `datetime.datetime`; aware values compare by instant.
struct CivilDateTime: Sendable, Hashable {
    let date: CivilDate
    let time: ClockTime

    /// Microseconds since 0001-01-01T00:00, in UTC when aware, local when naive.
    var instant: Int {
        (date.ordinal * 86_400_000_000 + time.microsecondsOfDay) - (time.offset ?? 0) * 1_000_000
    }

    /// Python's ordering: aware with aware by instant, naive with naive by fields; nil when mixed.
    static func compare(_ a: CivilDateTime, _ b: CivilDateTime) -> Int? {
        guard (a.time.offset == nil) == (b.time.offset == nil) else { return nil }
        return a.instant < b.instant ? -1 : (a.instant == b.instant ? 0 : 1)
    }

    /// A key equal for values Python finds equal; naive and aware never meet.
    var equalityKey: String { (time.offset == nil ? "n" : "a") + String(instant) }
}
