/// Counts the distinct values of a column and how often each occurs, in bounded memory.
///
/// Up to `bound` distinct values, every value has an exact count in an open-addressing table keyed by its
/// 64-bit hash (no Swift dictionary, no String), with its first bytes kept for display. Past the bound the
/// table is frozen: values already in it go on being counted, new ones only feed a HyperLogLog sketch that
/// estimates the distinct count.
struct ValueCounter {
    /// One slot of the table in 8 bytes: the hash's top 32 bits (0 when empty) and the count, so that the table of
    /// a 10,000-value column stays in the processor's second-level cache. Two values are only confused when they
    /// share those 32 bits and their probe runs meet, about once in 10^5 columns of 10,000 values.
    struct Slot {
        var tag: UInt32
        var count: UInt32
    }

    // Read for every cell first.
    /// False once the bound is reached in a column of mostly unique values (identifiers, amounts, coordinates):
    /// their counts say nothing, so the table is no longer looked up and only the sketch is fed.
    private var counting = true
    private var mask: Int
    private var slots: UnsafeMutablePointer<Slot>
    private(set) var sketch: HyperLogLog?

    let bound: Int
    let maxTextBytes: Int
    let precision: Int
    private var capacity: Int
    /// Per slot, read only when a value is inserted, reported or the bound is reached: its full hash, and where its
    /// bytes are in `texts`.
    private var hashes: UnsafeMutablePointer<UInt64>
    private var textOffsets: UnsafeMutablePointer<UInt32>
    /// Each kept value: one length byte, one "cut" byte, then the bytes.
    private var texts = ByteBuffer(capacity: 1024)
    private(set) var used = 0

    init(bound: Int, maxTextBytes: Int, precision: Int) {
        self.bound = max(1, bound)
        self.maxTextBytes = min(255, max(8, maxTextBytes))
        self.precision = precision
        capacity = 16
        mask = capacity - 1
        slots = .allocateLines(capacity: capacity)
        slots.initialize(repeating: Slot(tag: 0, count: 0), count: capacity)
        hashes = .allocateLines(capacity: capacity)
        textOffsets = .allocateLines(capacity: capacity)
    }

    func release() {
        slots.deallocate()
        hashes.deallocate()
        textOffsets.deallocate()
        sketch?.release()
        texts.release()
    }

    var isExact: Bool { sketch == nil }

    /// Distinct values: exact, or the sketch's estimate (never below the values counted exactly).
    var distinct: Int {
        guard let sketch else { return used }
        return max(used + 1, Int(sketch.estimate.rounded()))
    }

    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt32 {
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        return tag == 0 ? 1 : tag
    }

    /// Reads the memory ``add(_:_:utf8:)`` will read first, so that its cache miss starts early.
    @inline(__always)
    func touch(_ hash: UInt64) -> UInt64 {
        if counting { return UInt64(slots[Int(truncatingIfNeeded: hash) & mask].tag) }
        return UInt64(sketch?.register(for: hash) ?? 0)
    }

    /// Counts a value; returns true when it was already in the table.
    @inline(__always) @discardableResult
    mutating func add(_ hash: UInt64, _ cell: CellBytes, utf8: Bool) -> Bool {
        guard counting else {
            sketch?.add(hash)
            return false
        }
        let tag = Self.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = slots[slot].tag
            if found == tag {
                slots[slot].count &+= 1
                sketch?.add(hash)
                return true
            }
            if found == 0 { break }
            slot = (slot &+ 1) & mask
        }
        insert(hash, cell, utf8: utf8, slot: slot)
        return false
    }

    /// A value not in the table, whose probe ended at the empty `slot`: kept while under the bound, else only
    /// fed to the sketch.
    @inline(never)
    private mutating func insert(_ hash: UInt64, _ cell: CellBytes, utf8: Bool, slot: Int) {
        if let sketch {
            sketch.add(hash)
            return
        }
        guard used < bound else {
            overflow()
            sketch?.add(hash)
            return
        }
        slots[slot] = Slot(tag: Self.tag(hash), count: 1)
        hashes[slot] = hash
        textOffsets[slot] = UInt32(truncatingIfNeeded: texts.count)
        keep(cell, utf8: utf8)
        used += 1
        if used * 4 > capacity * 3 { grow() }
    }

    /// The most frequent values, most frequent first, ties broken by their bytes; `decode` turns bytes into text.
    func top(_ count: Int, decode: (CellBytes) -> String) -> [(value: String, count: Int)] {
        var found: [(count: UInt32, offset: Int)] = []
        found.reserveCapacity(used)
        for index in 0..<capacity where slots[index].tag != 0 { found.append((slots[index].count, Int(textOffsets[index]))) }
        let buffer = texts.bytes
        func bytes(_ offset: Int) -> CellBytes {
            CellBytes(rebasing: buffer[(offset + 2)..<(offset + 2 + Int(buffer[offset]))])
        }
        // Keep the best `count` in one pass, then order them: no sort of the whole table.
        var best: [(count: UInt32, offset: Int)] = []
        func precedes(_ a: (count: UInt32, offset: Int), _ b: (count: UInt32, offset: Int)) -> Bool {
            a.count != b.count ? a.count > b.count : bytes(a.offset).lexicographicallyPrecedes(bytes(b.offset))
        }
        for entry in found {
            if best.count < count {
                best.append(entry)
                best.sort(by: precedes)
            } else if let last = best.last, precedes(entry, last) {
                best[best.count - 1] = entry
                best.sort(by: precedes)
            }
        }
        return best.map { entry in
            let cut = buffer[entry.offset + 1] != 0
            return (decode(bytes(entry.offset)) + (cut ? "…" : ""), Int(entry.count))
        }
    }

    /// Copies at most `maxTextBytes` of the cell, cutting UTF-8 only between characters.
    private mutating func keep(_ cell: CellBytes, utf8: Bool) {
        var length = min(cell.count, maxTextBytes)
        if length < cell.count && utf8 {
            while length > 0 && cell[length] & 0xC0 == 0x80 { length -= 1 }
        }
        texts.append(UInt8(length))
        texts.append(length < cell.count ? 1 : 0)
        texts.append(CellBytes(rebasing: cell[0..<length]))
    }

    /// The bound is reached: from now on, new values only feed the sketch, which starts with every value seen.
    /// When the values seen so far occur less than twice each on average, counting stops altogether.
    private mutating func overflow() {
        let sketch = HyperLogLog(precision: precision)
        var total = 0
        for index in 0..<capacity where slots[index].tag != 0 {
            sketch.add(hashes[index])
            total += Int(slots[index].count)
        }
        self.sketch = sketch
        counting = total >= 2 * used
    }

    private mutating func grow() {
        let oldCapacity = capacity, oldSlots = slots, oldHashes = hashes, oldOffsets = textOffsets
        capacity *= 2
        mask = capacity - 1
        slots = .allocateLines(capacity: capacity)
        slots.initialize(repeating: Slot(tag: 0, count: 0), count: capacity)
        hashes = .allocateLines(capacity: capacity)
        textOffsets = .allocateLines(capacity: capacity)
        for index in 0..<oldCapacity where oldSlots[index].tag != 0 {
            var slot = Int(truncatingIfNeeded: oldHashes[index]) & mask
            while slots[slot].tag != 0 { slot = (slot + 1) & mask }
            slots[slot] = oldSlots[index]
            hashes[slot] = oldHashes[index]
            textOffsets[slot] = oldOffsets[index]
        }
        oldSlots.deallocate()
        oldHashes.deallocate()
        oldOffsets.deallocate()
    }
}
