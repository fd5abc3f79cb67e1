/// Counts dates per calendar month over a window that grows as dates come, up to `maxMonths` wide; dates
/// outside the window are counted apart.
struct MonthCounter {
    let maxMonths: Int
    private(set) var first = 0
    private(set) var counts: [Int] = []
    private(set) var outside = 0

    init(maxMonths: Int = 2400) { self.maxMonths = maxMonths }

    @inline(__always)
    mutating func add(_ month: Int) {
        if counts.isEmpty {
            first = month
            counts = [1]
            return
        }
        let index = month - first
        if index >= 0 && index < counts.count {
            counts[index] += 1
        } else if index >= counts.count && index < maxMonths {
            counts += [Int](repeating: 0, count: index - counts.count + 1)
            counts[index] = 1
        } else if index < 0 && counts.count - index <= maxMonths {
            counts = [1] + [Int](repeating: 0, count: -index - 1) + counts
            first = month
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
