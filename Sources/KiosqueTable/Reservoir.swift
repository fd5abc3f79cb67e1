import Foundation

/// A uniform sample of at most `capacity` items from a stream of unknown length, in bounded memory
/// (Li's Algorithm L: random numbers are drawn only when an item is taken). Seeded, so runs repeat exactly.
struct Reservoir<Element> {
    let capacity: Int
    private(set) var items: [Element] = []
    /// Items offered so far.
    private(set) var seen = 0
    private var nextTaken = 0
    private var weight = 0.0
    private var random: SplitMix64

    init(capacity: Int, seed: UInt64 = 0x5EED) {
        self.capacity = max(1, capacity)
        random = SplitMix64(seed: seed)
    }

    /// True when every item offered is in the sample.
    var isComplete: Bool { seen <= capacity }

    @inline(__always)
    mutating func add(_ element: Element) {
        if seen == nextTaken { take(element) }
        seen &+= 1
    }

    /// Adds the item while filling, or puts it in the place of a random one: `nextTaken` is the next index
    /// taken (every index while filling).
    @inline(never)
    private mutating func take(_ element: Element) {
        if items.count < capacity {
            if items.isEmpty { items.reserveCapacity(capacity) }
            items.append(element)
            if items.count == capacity {
                weight = exp(log(random.unit()) / Double(capacity))
                nextTaken = seen + skip() + 1
            } else {
                nextTaken = seen + 1
            }
        } else {
            items[Int(random.next() % UInt64(capacity))] = element
            weight *= exp(log(random.unit()) / Double(capacity))
            nextTaken += skip() + 1
        }
    }

    private mutating func skip() -> Int {
        let value = log(random.unit()) / log(1 - weight)
        return value.isFinite && value < Double(Int.max / 2) ? Int(value) : Int.max / 2
    }
}

/// Sebastiano Vigna's SplitMix64: a small, fast, seeded generator.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in (0, 1).
    mutating func unit() -> Double { (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992 }
}
