/// The first byte of a file that libyaml must not see: invalid UTF-8, a NUL byte, or a control
/// character YAML forbids. Checked before parsing so the report names the exact line and column.
struct EncodingProblem: Error, Equatable {
    enum Kind: Equatable {
        /// A byte that does not belong to valid UTF-8 here.
        case invalidUTF8(UInt8)
        /// The file starts with a UTF-16 byte-order mark.
        case utf16
        /// A 0x00 byte.
        case nul
        /// A character outside YAML's printable set (C0 and C1 controls, DEL, U+FFFE, U+FFFF).
        case control(UInt32)
    }

    let kind: Kind
    /// Offset of the first byte of the offending sequence.
    let offset: Int

    /// The first problem in `bytes`, or nil when they are valid UTF-8 made of characters YAML accepts.
    static func first(in bytes: [UInt8]) -> EncodingProblem? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return EncodingProblem(kind: .utf16, offset: 0)
        }
        var index = 0
        while index < bytes.count {
            switch decode(bytes, at: index) {
            case .failure(let problem):
                return problem
            case .success(let (scalar, length)):
                if scalar == 0 { return EncodingProblem(kind: .nul, offset: index) }
                if !isPrintable(scalar) { return EncodingProblem(kind: .control(scalar), offset: index) }
                index += length
            }
        }
        return nil
    }

    /// The characters libyaml's reader accepts (YAML 1.1 "printable"), tab and line breaks included.
    private static func isPrintable(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Decodes one UTF-8 sequence strictly: no overlong forms, no surrogates, nothing past U+10FFFF.
    private static func decode(_ bytes: [UInt8], at start: Int) -> Result<(UInt32, Int), EncodingProblem> {
        let lead = bytes[start]
        let length: Int
        let minimum: UInt32
        var scalar: UInt32
        switch lead {
        case 0x00...0x7F: return .success((UInt32(lead), 1))
        case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(lead & 0x07))
        default: return .failure(EncodingProblem(kind: .invalidUTF8(lead), offset: start))
        }
        for position in 1..<length {
            guard start + position < bytes.count else {
                return .failure(EncodingProblem(kind: .invalidUTF8(lead), offset: start))
            }
            let byte = bytes[start + position]
            guard byte & 0xC0 == 0x80 else {
                return .failure(EncodingProblem(kind: .invalidUTF8(lead), offset: start))
            }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
            return .failure(EncodingProblem(kind: .invalidUTF8(lead), offset: start))
        }
        return .success((scalar, length))
    }
}
