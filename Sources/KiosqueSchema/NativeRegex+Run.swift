extension NativeRegex {
    /// Whether `text` matches from its start; nil when the search took too many steps (the
    /// caller then asks another engine).
    func matches(_ text: String) -> Bool? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ run($0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { run($0) }
    }

    private func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var stack: [(pc: Int, position: Int)] = [(0, 0)]
        var steps = 0
        let count = bytes.count
        while let state = stack.popLast() {
            var pc = state.pc, position = state.position
            thread: while true {
                steps += 1
                if steps > 1_000_000 { return nil }
                switch program[pc] {
                case let .scalar(value):
                    guard position < count, let (scalar, length) = NativeRegex.decode(bytes, at: position), scalar == value else { break thread }
                    position += length
                    pc += 1
                case .any:
                    guard position < count, let (scalar, length) = NativeRegex.decode(bytes, at: position), scalar != 0x0A else { break thread }
                    position += length
                    pc += 1
                case let .set(index):
                    guard position < count, let (scalar, length) = NativeRegex.decode(bytes, at: position),
                          sets[index].contains(scalar) else { break thread }
                    position += length
                    pc += 1
                case let .split(first, second):
                    stack.append((second, position))
                    pc = first
                case let .jump(target):
                    pc = target
                case .start:
                    guard position == 0 else { break thread }
                    pc += 1
                case .end:
                    guard position == count || (position == count - 1 && bytes[position] == 0x0A) else { break thread }
                    pc += 1
                case .absoluteEnd:
                    guard position == count else { break thread }
                    pc += 1
                case let .wordBoundary(expected):
                    let before = NativeRegex.previousScalar(bytes, before: position).map { NativeRegex.isWord($0) } ?? false
                    let after = position < count ? NativeRegex.decode(bytes, at: position).flatMap { Unicode.Scalar($0.0) }.map(NativeRegex.isWord) ?? false : false
                    guard (before != after) == expected else { break thread }
                    pc += 1
                case .match:
                    return true
                }
            }
        }
        return false
    }

    /// The scalar starting at `position` and its length in bytes (the text is valid UTF-8).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (UInt32, Int)? {
        let lead = bytes[position]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
        guard position + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
        for offset in 1..<length { value = value << 6 | (UInt32(bytes[position + offset]) & 0x3F) }
        return (value, length)
    }

    static func previousScalar(_ bytes: UnsafeBufferPointer<UInt8>, before position: Int) -> Unicode.Scalar? {
        guard position > 0 else { return nil }
        var start = position - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return decode(bytes, at: start).flatMap { Unicode.Scalar($0.0) }
    }
}
