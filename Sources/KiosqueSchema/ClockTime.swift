/// A time of day with an optional UTC offset, as `datetime.time` (microseconds, aware or naive).
struct ClockTime: Sendable, Hashable {
    let hour: Int
    let minute: Int
    let second: Int
    let microsecond: Int
    /// Seconds east of UTC, nil when naive.
    let offset: Int?

    init?(hour: Int, minute: Int, second: Int, microsecond: Int = 0, offset: Int? = nil) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
              (0...999_999).contains(microsecond) else { return nil }
        if let offset, abs(offset) >= 86_400 { return nil }
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.offset = offset
    }

    /// Microseconds since midnight.
    var microsecondsOfDay: Int { ((hour * 60 + minute) * 60 + second) * 1_000_000 + microsecond }
}

extension ClockTime {
    /// Python compares aware times after removing their offset, naive ones by fields.
    static func compare(_ a: ClockTime, _ b: ClockTime) -> Int? {
        guard (a.offset == nil) == (b.offset == nil) else { return nil }
        let x = a.microsecondsOfDay - (a.offset ?? 0) * 1_000_000
        let y = b.microsecondsOfDay - (b.offset ?? 0) * 1_000_000
        return x < y ? -1 : (x == y ? 0 : 1)
    }

    var equalityKey: String {
        (offset == nil ? "n" : "a") + String(microsecondsOfDay - (offset ?? 0) * 1_000_000)
    }
}
