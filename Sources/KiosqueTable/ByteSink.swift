import Foundation

/// A file written through a buffer (64 KiB), for the derived files: bytes go out as they are made, never held whole.
final class ByteSink {
    enum Failure: Error, CustomStringConvertible {
        case cannotCreate(path: String, errno: Int32)
        case cannotWrite(path: String, errno: Int32)

        var description: String {
            switch self {
            case let .cannotCreate(path, code): "cannot create \(path) (errno \(code))"
            case let .cannotWrite(path, code): "cannot write \(path) (errno \(code))"
            }
        }
    }

    let path: String
    /// -1 until the file is created.
    private var descriptor: Int32 = -1
    /// Called once before the file is created, when the sink was made with ``init(deferredPath:capacity:prepare:)``.
    private var prepare: (() throws -> Void)?
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private(set) var written = 0

    init(path: String, capacity: Int = 1 << 16) throws {
        self.path = path
        self.capacity = capacity
        buffer = .allocate(capacity: capacity)
        try create()
    }

    /// A sink whose file is only created when bytes must go out (a full buffer, ``finish()``), after `prepare` (which
    /// makes its folder, say); ``discard()`` before that leaves no trace on disk.
    init(deferredPath path: String, capacity: Int = 1 << 16, prepare: @escaping () throws -> Void) {
        self.path = path
        self.capacity = capacity
        self.prepare = prepare
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        buffer.deallocate()
    }

    private func create() throws {
        if let prepare {
            self.prepare = nil
            try prepare()
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure.cannotCreate(path: path, errno: errno) }
        self.descriptor = descriptor
    }

    /// Drops what is buffered; a file already created is removed.
    func discard() {
        count = 0
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        unlink(path)
    }

    /// Room for `size` bytes at the end of the buffer; ``advance(_:)`` then says how many were written there.
    @inline(__always)
    func reserve(_ size: Int) throws -> UnsafeMutablePointer<UInt8> {
        if capacity - count < size {
            try flush()
            if capacity < size {
                buffer.deallocate()
                capacity = size
                buffer = .allocate(capacity: capacity)
            }
        }
        return buffer + count
    }

    @inline(__always)
    func advance(_ size: Int) { count += size }

    @inline(__always)
    func append(_ byte: UInt8) throws {
        if count == capacity { try flush() }
        buffer[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let target = try reserve(bytes.count)
        target.update(from: base, count: bytes.count)
        count += bytes.count
    }

    func append(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { try append($0) }
    }

    func append(_ text: String) throws {
        try append(Array(text.utf8))
    }

    func flush() throws {
        if descriptor < 0 { try create() }
        var offset = 0
        while offset < count {
            let result = write(descriptor, buffer + offset, count - offset)
            if result < 0 {
                if errno == EINTR { continue }
                throw Failure.cannotWrite(path: path, errno: errno)
            }
            offset += result
        }
        written += count
        count = 0
    }

    /// Flushes what is left; the descriptor closes when the sink goes.
    func finish() throws {
        try flush()
    }
}
