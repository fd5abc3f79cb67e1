internal import Foundation

/// The plain text of the Markdown texts already read: a description is shown as a card summary, a page's meta
/// description, a search summary… each an excerpt of the same plain text, which is parsed once (the parser holds a
/// lock, so parsing less also waits less). Bounded: emptied when it holds too much.
final class PlainTextMemo: @unchecked Sendable {
    static let shared = PlainTextMemo()

    private let lock = NSLock()
    private var texts: [Key: String] = [:]
    private var bytes = 0
    /// About 64 MB of texts.
    private let limit = 64 << 20

    func text(_ markdown: String, _ make: () -> String) -> String {
        lock.lock()
        if let text = texts[Key(text: markdown)] {
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
        texts[Key(text: markdown)] = text
        bytes += markdown.utf8.count + text.utf8.count
        lock.unlock()
        return text
    }

    /// A text compared and hashed by its UTF-8 bytes: `String`'s own hashing and equality normalize non-ASCII text
    /// (canonical equivalence), which costs more than the lookup saves on a French description. The parser reads
    /// bytes, so texts with the same bytes are the ones sure to give the same plain text.
    private struct Key: Hashable {
        let text: String

        static func == (left: Key, right: Key) -> Bool {
            var (a, b) = (left.text, right.text)
            return a.withUTF8 { x in
                b.withUTF8 { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
            }
        }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}
