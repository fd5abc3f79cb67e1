import Foundation

/// Runs blocking work — a child process read to its end and waited for — on a thread of its own. Swift's cooperative
/// pool has one thread per core (two here): a test that blocked one for the minutes a checker takes would starve the
/// tests that need it, such as `kiosque serve`'s build.
public func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try work() }) }
        thread.start()
    }
}
