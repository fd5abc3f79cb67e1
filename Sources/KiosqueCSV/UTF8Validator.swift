/// Byte-level UTF-8 checks (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
enum UTF8Validator {
    /// True when every byte is below 0x80; checks eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        let raw = UnsafeRawPointer(base)
        while index + 8 <= count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < count {
            if base[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or nil when the bytes there are
    /// invalid. A sequence cut short by the end of `bytes` is reported as `.truncated`.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> SequenceCheck {
        let lead = bytes[index]
        if lead < 0x80 { return .valid(1) }
        let length: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return .invalid
        }
        for offset in 1..<length {
            guard index + offset < bytes.count else { return .truncated }
            let byte = bytes[index + offset]
            let (low, high) = offset == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= low && byte <= high else { return .invalid }
        }
        return .valid(length)
    }

    enum SequenceCheck: Equatable {
        case valid(Int)
        case invalid
        case truncated
    }

    /// True when `bytes` is valid UTF-8; with `allowTruncatedEnd`, a sequence cut by the end of a
    /// prefix is accepted.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, allowTruncatedEnd: Bool) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count
                && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            switch sequenceLength(bytes, at: index) {
            case let .valid(length): index += length
            case .invalid: return false
            case .truncated: return allowTruncatedEnd
            }
        }
        return true
    }
}
