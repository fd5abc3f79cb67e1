import KiosqueActivity
import KiosqueModel
import Testing

/// A busy repository must not push the news out of the feed and the home page.
@Suite struct ActivitySelectionTests {
    static func event(_ kind: ActivityEvent.Kind, day: Int, _ subject: String) -> ActivityEvent {
        ActivityEvent(kind: kind, date: .day(year: 2024, month: 5, day: day), subject: subject, title: subject, commit: subject)
    }

    @Test func commitsNeverPushTheLatestNewsOut() {
        // One news post on the 1st, then a commit a day for four weeks.
        let updates = (2...28).reversed().map { Self.event(.datasetUpdated, day: $0, "maj-\($0)") }
        let events = updates + [Self.event(.news, day: 1, "ouverture-du-portail")]
        let latest = ActivityLog.latest(events, limit: 6, newsFloor: 2)
        #expect(latest.count == 6)
        #expect(latest.last?.subject == "ouverture-du-portail")
        #expect(latest.prefix(5).map(\.subject) == ["maj-28", "maj-27", "maj-26", "maj-25", "maj-24"])
    }

    @Test func fewEventsAreAllKeptInOrder() {
        let events = [Self.event(.news, day: 3, "b"), Self.event(.reuseAdded, day: 2, "r"), Self.event(.news, day: 1, "a")]
        #expect(ActivityLog.latest(events, limit: 6, newsFloor: 2) == events)
    }

    @Test func onlyTheLatestNewsAreKeptBeyondTheLimit() {
        let news = (1...5).reversed().map { Self.event(.news, day: $0, "news-\($0)") }
        let updates = (10...20).reversed().map { Self.event(.datasetUpdated, day: $0, "maj-\($0)") }
        let latest = ActivityLog.latest(updates + news, limit: 4, newsFloor: 2)
        #expect(latest.map(\.subject) == ["maj-20", "maj-19", "news-5", "news-4"])
    }
}
