/// Where the reader's bytes come from: a file read in chunks, or an array in memory.
enum CSVByteSource: Sendable {
    case file(CSVFile)
    case bytes([UInt8])

    /// The input size in bytes.
    var size: Int {
        switch self {
        case let .file(file): file.size
        case let .bytes(bytes): bytes.count
        }
    }

    /// Copies up to `buffer.count` bytes starting at `offset` into `buffer`; 0 means the end.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        switch self {
        case let .file(file):
            return try file.read(into: buffer, at: offset)
        case let .bytes(bytes):
            guard offset < bytes.count, let target = buffer.baseAddress else { return 0 }
            let count = min(buffer.count, bytes.count - offset)
            bytes.withUnsafeBytes { source in
                if let base = source.baseAddress {
                    target.copyMemory(from: base + offset, byteCount: count)
                }
            }
            return count
        }
    }

    /// The first `count` bytes (fewer when the input is shorter).
    func prefix(_ count: Int) throws -> [UInt8] {
        switch self {
        case let .bytes(bytes):
            return Array(bytes.prefix(count))
        case .file:
            var prefix = [UInt8](repeating: 0, count: min(count, max(size, 0)))
            var filled = 0
            while filled < prefix.count {
                let read = try prefix.withUnsafeMutableBytes { buffer in
                    try self.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]), at: filled)
                }
                if read == 0 { break }
                filled += read
            }
            return Array(prefix.prefix(filled))
        }
    }
}
