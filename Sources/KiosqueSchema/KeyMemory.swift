/// What `unique` and `primaryKey` checks remember: a 64-bit hash of each value, with the last row
/// where it was seen — not the values themselves.
///
/// Memory is bounded by `capacity` entries shared by every unique field and the primary key
/// (about 40 bytes each with the dictionary's overhead: 2 million entries ≈ 80 MB). Once full,
/// values already remembered are still found, new ones are no longer remembered, and
/// ``isComplete`` becomes false. Two different values collide with a probability of about
/// n²/2⁶⁵ (10⁻⁶ for 6 million values): a collision would report a false duplicate.
struct KeyMemory: Sendable {
    private var tables: [[UInt64: Int]]
    private let capacity: Int
    private var count = 0
    private(set) var isComplete = true

    init(tables: Int, capacity: Int) {
        self.tables = Array(repeating: [:], count: tables)
        self.capacity = capacity
    }

    /// Records `key` at `row` in table `table`; returns the previous row with the same key, if any.
    mutating func remember(_ key: String, row: Int, in table: Int) -> Int? {
        let hash = KeyMemory.hash(key)
        if let previous = tables[table][hash] {
            tables[table][hash] = row
            return previous
        }
        guard count < capacity else {
            isComplete = false
            return nil
        }
        tables[table][hash] = row
        count += 1
        return nil
    }

    /// FNV-1a over the UTF-8 bytes, then the splitmix64 finalizer to spread the bits.
    static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        hash ^= hash >> 30
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 27
        hash = hash &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 31
        return hash
    }
}
