/// A character class: ASCII members in a bitmap, other scalars in ranges, plus Unicode categories.
struct ScalarSet: Sendable {
    var ascii: (UInt64, UInt64) = (0, 0)
    var ranges: [ClosedRange<UInt32>] = []
    var digit = false, notDigit = false, word = false, notWord = false, space = false, notSpace = false
    var negated = false

    mutating func insert(_ range: ClosedRange<UInt32>) {
        if range.lowerBound < 128 {
            for value in range.lowerBound...min(range.upperBound, 127) {
                if value < 64 { ascii.0 |= 1 << UInt64(value) } else { ascii.1 |= 1 << UInt64(value - 64) }
            }
        }
        if range.upperBound >= 128 { ranges.append(max(range.lowerBound, 128)...range.upperBound) }
    }

    func contains(_ value: UInt32) -> Bool {
        let inside: Bool
        if value < 64, ascii.0 & (1 << UInt64(value)) != 0 {
            inside = true
        } else if value >= 64, value < 128, ascii.1 & (1 << UInt64(value - 64)) != 0 {
            inside = true
        } else if ranges.contains(where: { $0.contains(value) }) {
            inside = true
        } else {
            inside = categoryContains(value)
        }
        return inside != negated
    }

    private func categoryContains(_ value: UInt32) -> Bool {
        guard digit || notDigit || word || notWord || space || notSpace, let scalar = Unicode.Scalar(value) else { return false }
        if digit, NativeRegex.isDigit(scalar) { return true }
        if notDigit, !NativeRegex.isDigit(scalar) { return true }
        if word, NativeRegex.isWord(scalar) { return true }
        if notWord, !NativeRegex.isWord(scalar) { return true }
        if space, PythonText.isSpace(scalar) { return true }
        if notSpace, !PythonText.isSpace(scalar) { return true }
        return false
    }
}
