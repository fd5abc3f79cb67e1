/// Bytes the profiler keeps (distinct values' first bytes, the texts of the minimum and maximum), in memory it
/// manages itself so that the per-cell path copies with one `memcpy`-like move: no array uniqueness check, no
/// generic append. The owner calls ``release()`` once.
struct ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 16) {
        self.capacity = max(1, capacity)
        base = .allocateLines(capacity: self.capacity)
    }

    func release() { base.deallocate() }

    /// The bytes kept, valid until the next change.
    var bytes: CellBytes { CellBytes(start: base, count: count) }

    /// Replaces the content with `bytes`.
    @inline(__always)
    mutating func set(_ bytes: CellBytes) {
        count = 0
        append(bytes)
    }

    @inline(__always)
    mutating func append(_ bytes: CellBytes) {
        let size = bytes.count
        if count + size > capacity { grow(to: count + size) }
        if size > 0, let source = bytes.baseAddress { (base + count).update(from: source, count: size) }
        count += size
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    private mutating func grow(to size: Int) {
        var grown = capacity * 2
        while grown < size { grown *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocateLines(capacity: grown)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = grown
    }
}
