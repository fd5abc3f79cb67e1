import Synchronization

/// The next positions of a list that several workers go through, taken a few at a time by whichever worker is free
/// (the render's pages, the load's datasets): a worker that starts late or meets heavier items is helped by the others.
public final class WorkCursor: Sendable {
    private let next = Atomic<Int>(0)

    public init() {}

    /// The next `count` positions below `total`, nil once every position is taken.
    public func take(_ count: Int, of total: Int) -> Range<Int>? {
        let start = next.wrappingAdd(count, ordering: .relaxed).oldValue
        return start < total ? start..<min(total, start + count) : nil
    }
}
