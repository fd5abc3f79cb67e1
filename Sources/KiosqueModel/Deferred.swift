import Synchronization

/// A value made when it is first read, then kept: the build cache decodes the parts of a stored dataset that only its
/// own pages read (a table's preview rows, column profiles, points) when a page needs them, not for every dataset of
/// a rebuild. Immutable from the outside: every read gives the same value.
public final class Deferred<Value: Sendable>: Sendable {
    private enum State {
        case ready(Value)
        case pending(@Sendable () -> Value)
    }

    private let state: Mutex<State>

    /// A value already made.
    public init(_ value: Value) { state = Mutex(.ready(value)) }

    /// A value that `make` makes at the first read (once, whichever thread reads first).
    public init(making make: @escaping @Sendable () -> Value) { state = Mutex(.pending(make)) }

    public var value: Value {
        state.withLock { state in
            switch state {
            case let .ready(value):
                return value
            case let .pending(make):
                let value = make()
                state = .ready(value)
                return value
            }
        }
    }
}

extension Deferred: Equatable where Value: Equatable {
    public static func == (lhs: Deferred, rhs: Deferred) -> Bool { lhs === rhs || lhs.value == rhs.value }
}
