/// Counts dates per calendar month over a window that grows as dates come, up to `maxMonths` wide; dates
/// outside the window are counted apart.
///
/// The counts live in one allocation of `maxMonths` words, made at the first date (no copy-on-write check per date);
/// ``release()`` frees it.
struct MonthCounter {
    let maxMonths: Int
    private(set) var first = 0
    private var storage: UnsafeMutablePointer<Int>?
    /// The window's width: `storage[0..<width]` are the counts of months `first…`.
    private var width = 0
    private(set) var outside = 0

    init(maxMonths: Int = 2400) { self.maxMonths = max(1, maxMonths) }

    func release() { storage?.deallocate() }

    /// The counts of the window's months, from `first`.
    var counts: [Int] {
        guard let storage else { return [] }
        return Array(UnsafeBufferPointer(start: storage, count: width))
    }

    @inline(__always)
    mutating func add(_ month: Int) {
        let index = month &- first
        if let storage, index >= 0 && index < width {
            storage[index] &+= 1
        } else {
            widen(month)
        }
    }

    /// A month outside the window: the first one, or one the window grows to take in, or one counted apart.
    @inline(never)
    private mutating func widen(_ month: Int) {
        guard let storage else {
            let storage = UnsafeMutablePointer<Int>.allocateLines(capacity: maxMonths)
            storage[0] = 1
            self.storage = storage
            first = month
            width = 1
            return
        }
        let index = month - first
        if index >= width && index < maxMonths {
            (storage + width).initialize(repeating: 0, count: index - width)
            storage[index] = 1
            width = index + 1
        } else if index < 0 && width - index <= maxMonths {
            let shift = -index
            (storage + shift).moveInitialize(from: storage, count: width)
            storage.initialize(repeating: 0, count: shift)
            storage[0] = 1
            first = month
            width += shift
        } else {
            outside += 1
        }
    }

    /// `(yyyy-mm, count)` for every month of the window, empty months included.
    var months: [(month: String, count: Int)] {
        counts.enumerated().map { offset, count in
            let key = first + offset
            let year = key / 12, month = key % 12 + 1
            let yearText = String(year), monthText = String(month)
            return (String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-" + (month < 10 ? "0" : "") + monthText, count)
        }
    }
}
