extension UnsafeMutablePointer {
    /// Memory for `capacity` elements on cache lines of its own (128 bytes, aligned: processors fetch lines in pairs).
    /// A column's tables, written for every cell, so never share a line with another column's, which the second thread
    /// of a ``TableProfiler`` may be writing at the same time. Freed with `deallocate()`.
    static func allocateLines(capacity: Int) -> UnsafeMutablePointer<Pointee> {
        let bytes = (MemoryLayout<Pointee>.stride * Swift.max(1, capacity) + 127) & ~127
        return UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 128).bindMemory(to: Pointee.self, capacity: capacity)
    }
}
