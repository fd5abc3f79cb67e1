internal import Foundation

/// The plain text of the Markdown texts already read: a description is shown as a card summary, a page's meta
/// description, a search summary… each an excerpt of the same plain text, which is parsed once (the parser holds a
/// lock, so parsing less also waits less). Bounded: emptied when it holds too much.
final class PlainTextMemo: @unchecked Sendable {
    static let shared = PlainTextMemo()

    private let lock = NSLock()
    private var texts: [String: String] = [:]
    private var bytes = 0
    /// About 64 MB of texts.
    private let limit = 64 << 20

    func text(_ markdown: String, _ make: () -> String) -> String {
        lock.lock()
        if let text = texts[markdown] {
            lock.unlock()
            return text
        }
        lock.unlock()
        let text = make()
        lock.lock()
        if bytes > limit {
            texts.removeAll(keepingCapacity: true)
            bytes = 0
        }
        texts[markdown] = text
        bytes += markdown.utf8.count + text.utf8.count
        lock.unlock()
        return text
    }
}
