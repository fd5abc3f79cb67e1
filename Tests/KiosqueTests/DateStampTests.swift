import KiosqueModel
import Testing

@Suite struct DateStampTests {
    @Test(arguments: ["2024-02-29", "2024-12-31", "2024-05-02T10:20:30Z", "2024-05-02T10:20:30+02:00", "2024-05-02T10:20:30.123-05:30"])
    func acceptsRealDates(_ text: String) {
        #expect(DateStamp.parse(text) != nil)
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-00-10", "31/12/2023", "2024-1-5", "2024-05-02T25:00:00Z", "demain", ""])
    func refusesOthers(_ text: String) {
        #expect(DateStamp.parse(text) == nil)
    }

    @Test func keepsTheCommittersDayAndOffset() throws {
        let stamp = try #require(DateStamp.parse("2024-06-15T23:30:00+02:00"))
        #expect(stamp.isoDate == "2024-06-15")
        #expect(stamp.iso8601 == "2024-06-15T23:30:00+02:00")
        #expect(DateStamp.parse("2024-06-15T21:30:00Z")?.epochSeconds == stamp.epochSeconds)
    }
}
