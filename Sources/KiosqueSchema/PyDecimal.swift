/// An exact decimal number, as Python's `decimal.Decimal` and `int` hold the values of `number`,
/// `integer` and `year` cells: comparisons are exact (`0.1` is not rounded), `1.0 == 1`, NaN equals
/// nothing, and precision is unbounded.
struct PyDecimal: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case finite, infinity, nan }

    let kind: Kind
    let negative: Bool
    /// The significant digits, without leading or trailing zeros; empty for zero.
    let digits: [UInt8]
    /// value = digits × 10^exponent.
    let exponent: Int

    init(kind: Kind = .finite, negative: Bool, digits: some Collection<UInt8>, exponent: Int = 0) {
        var significant = Array(digits.drop(while: { $0 == 0 }))
        var exponent = exponent
        while let last = significant.last, last == 0 {
            significant.removeLast()
            exponent += 1
        }
        self.kind = kind
        self.digits = kind == .finite ? significant : []
        self.exponent = significant.isEmpty ? 0 : exponent
        // -0 == 0 in Python; NaN keeps no sign that matters.
        self.negative = kind == .nan ? false : (kind == .infinity || !significant.isEmpty) && negative
    }

    init(_ value: Int) {
        let magnitude = value.magnitude
        self.init(negative: value < 0, digits: String(magnitude).utf8.map { $0 - UInt8(ascii: "0") })
    }

    static let zero = PyDecimal(0)

    var isNaN: Bool { kind == .nan }

    /// `Decimal(text)`: surrounding whitespace, underscores anywhere, digits of any script, an
    /// optional exponent, and `Infinity`/`Inf`/`NaN`/`sNaN` in any case. Nil when Python raises.
    init?(decimalText text: Substring) {
        if let fast = PyDecimal.plainASCII(text.utf8, allowFraction: true) {
            self = fast
            return
        }
        var ascii: [UInt8] = []
        for scalar in PythonText.strip(text).unicodeScalars where scalar != "_" {
            if let digit = PythonText.digitValue(scalar) {
                ascii.append(UInt8(ascii: "0") + digit)
            } else if scalar.isASCII {
                ascii.append(UInt8(scalar.value) | (scalar.properties.isUppercase ? 0x20 : 0))
            } else {
                return nil
            }
        }
        var position = 0
        var negative = false
        if position < ascii.count, ascii[position] == UInt8(ascii: "+") || ascii[position] == UInt8(ascii: "-") {
            negative = ascii[position] == UInt8(ascii: "-")
            position += 1
        }
        let rest = ascii[position...]
        if rest.elementsEqual("inf".utf8) || rest.elementsEqual("infinity".utf8) {
            self.init(kind: .infinity, negative: negative, digits: [])
            return
        }
        for word in ["nan", "snan"] where rest.starts(with: word.utf8) {
            guard rest.dropFirst(word.utf8.count).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            self.init(kind: .nan, negative: false, digits: [])
            return
        }
        var digits: [UInt8] = []
        var fractionDigits = 0
        var sawDigit = false
        while position < ascii.count, ascii[position] >= 0x30, ascii[position] <= 0x39 {
            digits.append(ascii[position] - 0x30)
            sawDigit = true
            position += 1
        }
        if position < ascii.count, ascii[position] == UInt8(ascii: ".") {
            position += 1
            while position < ascii.count, ascii[position] >= 0x30, ascii[position] <= 0x39 {
                digits.append(ascii[position] - 0x30)
                fractionDigits += 1
                sawDigit = true
                position += 1
            }
        }
        guard sawDigit else { return nil }
        var exponent = 0
        if position < ascii.count, ascii[position] == UInt8(ascii: "e") {
            position += 1
            var exponentNegative = false
            if position < ascii.count, ascii[position] == UInt8(ascii: "+") || ascii[position] == UInt8(ascii: "-") {
                exponentNegative = ascii[position] == UInt8(ascii: "-")
                position += 1
            }
            let start = position
            while position < ascii.count, ascii[position] >= 0x30, ascii[position] <= 0x39 {
                exponent = min(exponent * 10 + Int(ascii[position] - 0x30), 1 << 50)
                position += 1
            }
            guard position > start else { return nil }
            if exponentNegative { exponent = -exponent }
        }
        guard position == ascii.count else { return nil }
        self.init(negative: negative, digits: digits, exponent: exponent - fractionDigits)
    }

    /// `int(text)`.
    init?(integerText text: Substring) {
        if let fast = PyDecimal.plainASCII(text.utf8, allowFraction: false) {
            self = fast
            return
        }
        guard let (negative, digits) = PythonText.parseInt(text) else { return nil }
        self.init(negative: negative, digits: digits)
    }

    /// A JSON integer literal as Python reads it (arbitrary precision).
    init?(jsonInteger text: String) {
        self.init(integerText: text[...])
    }

    /// A Python float, via its shortest representation (as `Decimal(str(x))` would).
    init(double value: Double) {
        if value.isNaN { self.init(kind: .nan, negative: false, digits: []); return }
        if value.isInfinite { self.init(kind: .infinity, negative: value < 0, digits: []); return }
        self.init(decimalText: String(value)[...])!
    }

    /// The common spelling — `[+-]digits[.digits][e[+-]digits]` in ASCII, nothing else — read in one
    /// pass; nil for anything else (whitespace, underscores, other scripts, words), which the
    /// general parser handles.
    private static func plainASCII(_ utf8: Substring.UTF8View, allowFraction: Bool) -> PyDecimal? {
        var digits: [UInt8] = []
        digits.reserveCapacity(utf8.count)
        var negative = false
        var fractionDigits = 0
        var sawDigit = false
        var state = 0  // 0: integer part, 1: fraction, 2: exponent
        var exponent = 0, exponentNegative = false, exponentDigits = 0
        var index = utf8.startIndex
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
            negative = utf8[index] == UInt8(ascii: "-")
            index = utf8.index(after: index)
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                if state == 2 {
                    exponent = min(exponent * 10 + Int(digit), 1 << 50)
                    exponentDigits += 1
                } else {
                    digits.append(digit)
                    sawDigit = true
                    if state == 1 { fractionDigits += 1 }
                }
            } else if byte == UInt8(ascii: "."), state == 0, allowFraction {
                state = 1
            } else if byte | 0x20 == UInt8(ascii: "e"), state < 2, allowFraction, sawDigit {
                state = 2
                let next = utf8.index(after: index)
                if next < utf8.endIndex, utf8[next] == UInt8(ascii: "-") || utf8[next] == UInt8(ascii: "+") {
                    exponentNegative = utf8[next] == UInt8(ascii: "-")
                    index = next
                }
            } else {
                return nil
            }
            index = utf8.index(after: index)
        }
        guard sawDigit, state != 2 || exponentDigits > 0 else { return nil }
        return PyDecimal(negative: negative, digits: digits, exponent: (exponentNegative ? -exponent : exponent) - fractionDigits)
    }

    /// True when the value has no fractional part (`float.is_integer()`, `Decimal % 1 == 0`).
    var isIntegral: Bool { kind == .finite && exponent >= 0 }

    /// The value as an Int when it is integral and small enough.
    var intValue: Int? {
        guard isIntegral, digits.count + exponent <= 18 else { return nil }
        var value = digits.reduce(0) { $0 * 10 + Int($1) }
        for _ in 0..<exponent { value *= 10 }
        return negative ? -value : value
    }

    /// The order of two values, nil when one is NaN (Python comparisons with NaN are false).
    static func compare(_ a: PyDecimal, _ b: PyDecimal) -> Int? {
        if a.isNaN || b.isNaN { return nil }
        if a.negative != b.negative { return a.negative ? -1 : 1 }
        let sign = a.negative ? -1 : 1
        return sign * compareMagnitude(a, b)
    }

    private static func compareMagnitude(_ a: PyDecimal, _ b: PyDecimal) -> Int {
        switch (a.kind, b.kind) {
        case (.infinity, .infinity): return 0
        case (.infinity, _): return 1
        case (_, .infinity): return -1
        default: break
        }
        if a.digits.isEmpty || b.digits.isEmpty { return a.digits.isEmpty ? (b.digits.isEmpty ? 0 : -1) : 1 }
        let adjustedA = a.exponent + a.digits.count, adjustedB = b.exponent + b.digits.count
        if adjustedA != adjustedB { return adjustedA < adjustedB ? -1 : 1 }
        for index in 0..<max(a.digits.count, b.digits.count) {
            let x = index < a.digits.count ? a.digits[index] : 0
            let y = index < b.digits.count ? b.digits[index] : 0
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }

    /// Python's `==`: numeric equality, false for NaN.
    func numericallyEquals(_ other: PyDecimal) -> Bool { PyDecimal.compare(self, other) == 0 }

    /// A canonical text for hashing equal values alike (nil for NaN, which equals nothing).
    var canonicalKey: String? {
        switch kind {
        case .nan: return nil
        case .infinity: return negative ? "-inf" : "inf"
        case .finite:
            guard !digits.isEmpty else { return "0" }
            return (negative ? "-" : "") + String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self) + "e\(exponent)"
        }
    }
}

extension PyDecimal {
    var negated: PyDecimal { PyDecimal(kind: kind, negative: !negative, digits: digits, exponent: exponent) }
}
