import Foundation

/// Values many pages share, made once per build instead of once per page: the translation tree, what the layout
/// shows for a given way back to the site root (the portal's description and footer as HTML, the navigation, the
/// editorial pages), and each dataset's card. Workers render in parallel, so the memo holds a lock; a value is a
/// pure function of its key, so two workers making the same one at once is harmless.
final class RenderMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Any] = [:]

    /// The value stored under `key`, made by `make` the first time.
    func value<T>(_ key: String, _ make: () -> T) -> T {
        lock.lock()
        if let value = values[key] as? T {
            lock.unlock()
            return value
        }
        lock.unlock()
        let made = make()
        lock.lock()
        values[key] = made
        lock.unlock()
        return made
    }
}
