/// Reads integers and decimal numbers from a cell's bytes, without creating a String: `-12`, `3.5`, `1e6`,
/// and the French notation `1 234,50`, with a space, a no-break space (U+00A0) or a narrow no-break space (U+202F)
/// between groups of three digits, or `1.234,50` / `1,234.50` where both marks occur.
enum NumberParser {
    /// The thousands separator a number used.
    enum Group: UInt8 {
        case none, space, noBreakSpace, narrowNoBreakSpace, point, comma, apostrophe
    }

    struct Number {
        var value: Double
        /// No decimal mark and no exponent.
        var isInteger: Bool
        var decimalComma: Bool
        var group: Group
        /// `007`, `01000`: a code rather than a quantity.
        var leadingZero: Bool
    }

    /// 10^exponent for 0 ≤ exponent ≤ 22, each exactly representable as a Double.
    @inline(__always)
    private static func powerOfTen(_ exponent: Int) -> Double {
        switch exponent {
        case 0: 1e0
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        case 15: 1e15
        case 16: 1e16
        case 17: 1e17
        case 18: 1e18
        case 19: 1e19
        case 20: 1e20
        case 21: 1e21
        default: 1e22
        }
    }

    /// The number in a trimmed, non-empty cell, or nil. `utf8` says whether multi-byte spaces are read as UTF-8.
    ///
    /// Three readers, from the quickest, give the same result for every cell. Up to 16 bytes after the sign that are
    /// digits with at most one mark (`-12`, `3.5`, `48,25`, `45.123456`: most numeric columns) are read as two words
    /// here, without a loop; ``parseGrouped(_:utf8:)`` reads groups after a space, a no-break space or an apostrophe
    /// (`1 234 567,50`) in one pass; anything else (a mark that groups, an exponent, a long mantissa, not a number)
    /// goes to ``parseGeneral(_:utf8:)``.
    @inline(__always)
    static func parse(_ cell: CellBytes, utf8: Bool) -> Number? {
        guard let base = cell.baseAddress else { return nil }
        let count = cell.count
        let first = base[0]
        let negative = first == UInt8(ascii: "-")
        let signed = negative || first == UInt8(ascii: "+") ? 1 : 0
        let length = count &- signed
        if length >= 1 && length <= 16 {
            // The bytes after the sign, little-endian in two words, zero past the cell (zero is not a digit).
            let start = base + signed
            var low: UInt64, high: UInt64 = 0
            if length >= 8 {
                low = UInt64(littleEndian: UnsafeRawPointer(start).loadUnaligned(as: UInt64.self))
                if length > 8 {
                    high = UInt64(littleEndian: UnsafeRawPointer(start + (length &- 8)).loadUnaligned(as: UInt64.self))
                        &>> (UInt64(truncatingIfNeeded: 16 &- length) &* 8)
                }
            } else {
                low = Cell.load(start, available: length)
            }
            let digits = leadingDigits(low, high)
            if digits == length {
                // Digits only; past 15 the mantissa may not be exact (the general reader decides).
                if length <= 15 {
                    let value = Double(twoWordValue(low, high, count: length))
                    return Number(value: negative ? -value : value, isInteger: true, decimalComma: false, group: .none,
                                  leadingZero: length > 1 && base[signed] == UInt8(ascii: "0"))
                }
            } else {
                let mark = UInt8(truncatingIfNeeded: (digits < 8 ? low &>> UInt64(truncatingIfNeeded: digits &* 8)
                                                                 : high &>> UInt64(truncatingIfNeeded: (digits &- 8) &* 8)))
                if mark == UInt8(ascii: ".") || mark == UInt8(ascii: ",") {
                    // Digits, the mark, digits to the end: the mark taken out, the digits are the mantissa.
                    if digits < 8 {
                        let kept = (UInt64(1) &<< UInt64(truncatingIfNeeded: digits &* 8)) &- 1
                        low = (low & kept) | ((low &>> 8) & ~kept) | (high &<< 56)
                        high &>>= 8
                    } else {
                        let kept = (UInt64(1) &<< UInt64(truncatingIfNeeded: (digits &- 8) &* 8)) &- 1
                        high = (high & kept) | ((high &>> 8) & ~kept)
                    }
                    let total = length &- 1
                    if leadingDigits(low, high) == total {
                        guard total > 0 else { return nil }
                        var value = Double(twoWordValue(low, high, count: total))
                        let fractionDigits = total &- digits
                        if fractionDigits > 0 { value /= powerOfTen(fractionDigits) }
                        return Number(value: negative ? -value : value, isInteger: false, decimalComma: mark == UInt8(ascii: ","),
                                      group: .none, leadingZero: digits > 1 && base[signed] == UInt8(ascii: "0"))
                    }
                }
            }
        }
        return parseGrouped(cell, utf8: utf8)
    }

    /// How many bytes of the 16 in `low` then `high` are digits, from the first (0…16).
    @inline(__always)
    private static func leadingDigits(_ low: UInt64, _ high: UInt64) -> Int {
        let lowFlags = Cell.nonDigits(low)
        if lowFlags != 0 { return lowFlags.trailingZeroBitCount &>> 3 }
        return 8 &+ Cell.nonDigits(high).trailingZeroBitCount &>> 3
    }

    /// The value of the first `count` (1…16) bytes of `low` then `high`, which are digits.
    @inline(__always)
    private static func twoWordValue(_ low: UInt64, _ high: UInt64, count: Int) -> UInt64 {
        if count <= 8 { return Cell.digitsValue(low, count: count) }
        return Cell.digitsValue(low, count: 8) &* Cell.powerOfTen(count &- 8) &+ Cell.digitsValue(high, count: count &- 8)
    }

    /// Digits, groups of three after a space, a no-break space or an apostrophe, then at most one mark and digits to
    /// the end, in one pass; anything else goes to ``parseGeneral(_:utf8:)``.
    @inline(never)
    static func parseGrouped(_ cell: CellBytes, utf8: Bool) -> Number? {
        guard let base = cell.baseAddress else { return nil }
        let count = cell.count
        let first = base[0]
        let negative = first == UInt8(ascii: "-")
        let integerStart = negative || first == UInt8(ascii: "+") ? 1 : 0
        var index = integerStart
        var mantissa: UInt64 = 0
        readDigits(base, &index, count, &mantissa)
        let firstRun = index - integerStart
        var integerDigits = firstRun
        var group = Group.none
        if index < count && firstRun >= 1 && firstRun <= 3 {
            var (separator, width) = spaceSeparator(base, index, count, utf8: utf8)
            if separator != .none {
                group = separator
                while true {
                    index += width
                    guard index + 3 <= count else { return nil }
                    for _ in 0..<3 {
                        let digit = base[index] &- 0x30
                        guard digit < 10 else { return nil }
                        mantissa = mantissa &* 10 &+ UInt64(digit)
                        index += 1
                    }
                    integerDigits += 3
                    guard index < count else { break }
                    if isDigit(base[index]) { return nil }
                    (separator, width) = spaceSeparator(base, index, count, utf8: utf8)
                    if separator == .none { break }
                    guard separator == group else { return nil }
                }
            }
        }
        var decimalMark: UInt8 = 0
        var fractionDigits = 0
        if index < count {
            let mark = base[index]
            guard mark == UInt8(ascii: ".") || mark == UInt8(ascii: ",") else { return parseGeneral(cell, utf8: utf8) }
            index += 1
            let fractionStart = index
            readDigits(base, &index, count, &mantissa)
            guard index == count else { return parseGeneral(cell, utf8: utf8) }
            fractionDigits = index - fractionStart
            decimalMark = mark
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        guard integerDigits + fractionDigits <= 19 && mantissa < 1 << 53 && fractionDigits <= 22 else {
            return parseGeneral(cell, utf8: utf8)
        }
        var value = Double(mantissa)
        if fractionDigits > 0 { value /= powerOfTen(fractionDigits) }
        return Number(value: negative ? -value : value, isInteger: decimalMark == 0, decimalComma: decimalMark == UInt8(ascii: ","),
                      group: group, leadingZero: firstRun > 1 && base[integerStart] == UInt8(ascii: "0"))
    }

    /// Reads the run of digits at `index` into `mantissa` (wrapping past 19 digits, when it is not used) and moves
    /// `index` past them, byte by byte: the runs of grouped numbers are short.
    @inline(__always)
    private static func readDigits(_ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int, _ mantissa: inout UInt64) {
        var position = index, value = mantissa
        while position < count {
            let digit = base[position] &- 0x30
            guard digit < 10 else { break }
            value = value &* 10 &+ UInt64(digit)
            position &+= 1
        }
        index = position
        mantissa = value
    }

    /// A thousands separator that cannot be a decimal mark, at `index`, and its width; `.none` for anything else.
    @inline(__always)
    private static func spaceSeparator(_ base: UnsafePointer<UInt8>, _ index: Int, _ count: Int, utf8: Bool) -> (Group, Int) {
        switch base[index] {
        case 0x20: return (.space, 1)
        case 0xA0 where !utf8: return (.noBreakSpace, 1)
        case 0xC2 where utf8 && index + 1 < count && base[index + 1] == 0xA0: return (.noBreakSpace, 2)
        case 0xE2 where utf8 && index + 2 < count && base[index + 1] == 0x80 && base[index + 2] == 0xAF: return (.narrowNoBreakSpace, 3)
        case UInt8(ascii: "'"): return (.apostrophe, 1)
        default: return (.none, 0)
        }
    }

    /// Every notation: groups of three digits, a mark that is either decimal or grouping, exponents, long mantissas.
    @inline(never)
    static func parseGeneral(_ cell: CellBytes, utf8: Bool) -> Number? {
        guard let base = cell.baseAddress else { return nil }
        let count = cell.count
        var index = 0
        var negative = false
        let first = base[0]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            index = 1
        }
        guard index < count else { return nil }
        // Integer part: a run of digits, then groups of exactly three after each separator.
        var mantissa: UInt64 = 0
        let integerStart = index
        while index < count {
            let digit = base[index] &- 0x30
            guard digit < 10 else { break }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            index += 1
        }
        var integerDigits = index - integerStart
        let leadingZero = integerDigits > 1 && base[integerStart] == UInt8(ascii: "0")
        var group = Group.none
        while index < count && integerDigits > 0 {
            let (separator, width) = groupSeparator(base, index, count, utf8: utf8, current: group)
            if separator == .none { break }
            guard (group == .none && integerDigits <= 3) || group == separator else { return nil }
            group = separator
            index += width
            guard index + 3 <= count else { return nil }
            for _ in 0..<3 {
                let digit = base[index] &- 0x30
                guard digit < 10 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                index += 1
            }
            integerDigits += 3
            if index < count && isDigit(base[index]) { return nil }
        }
        // Decimal mark and fraction.
        var decimalMark: UInt8 = 0
        var fractionDigits = 0
        if index < count && (base[index] == UInt8(ascii: ".") || base[index] == UInt8(ascii: ",")) {
            decimalMark = base[index]
            index += 1
            let fractionStart = index
            while index < count {
                let digit = base[index] &- 0x30
                guard digit < 10 else { break }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                index += 1
            }
            fractionDigits = index - fractionStart
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        // Exponent, with a decimal point only (`1,5e3` is not a French notation).
        var exponent = 0
        var hasExponent = false
        if index < count && (base[index] | 0x20) == UInt8(ascii: "e") && decimalMark != UInt8(ascii: ",") {
            index += 1
            var exponentNegative = false
            if index < count && (base[index] == UInt8(ascii: "-") || base[index] == UInt8(ascii: "+")) {
                exponentNegative = base[index] == UInt8(ascii: "-")
                index += 1
            }
            let exponentStart = index
            while index < count, isDigit(base[index]) {
                if exponent < 100_000 { exponent = exponent * 10 + Int(base[index] &- 0x30) }
                index += 1
            }
            guard index > exponentStart else { return nil }
            if exponentNegative { exponent = -exponent }
            hasExponent = true
        }
        guard index == count else { return nil }
        let scale = exponent - fractionDigits
        var value: Double
        if integerDigits + fractionDigits <= 19 && mantissa < 1 << 53 && scale >= -22 && scale <= 22 {
            // Both operands are exact Doubles, so one division or multiplication rounds correctly.
            value = Double(mantissa)
            if scale < 0 { value /= powerOfTen(-scale) } else if scale > 0 { value *= powerOfTen(scale) }
        } else {
            value = slowValue(cell)
        }
        return Number(value: negative ? -value : value, isInteger: decimalMark == 0 && !hasExponent,
                      decimalComma: decimalMark == UInt8(ascii: ","), group: group, leadingZero: leadingZero)
    }

    /// A group separator at `index`, and its width in bytes; `.none` when there is none.
    @inline(__always)
    private static func groupSeparator(_ base: UnsafePointer<UInt8>, _ index: Int, _ count: Int, utf8: Bool,
                                       current: Group) -> (Group, Int) {
        switch base[index] {
        case 0x20: return (.space, 1)
        case 0xA0 where !utf8: return (.noBreakSpace, 1)
        case 0xC2 where utf8 && index + 1 < count && base[index + 1] == 0xA0: return (.noBreakSpace, 2)
        case 0xE2 where utf8 && index + 2 < count && base[index + 1] == 0x80 && base[index + 2] == 0xAF: return (.narrowNoBreakSpace, 3)
        case UInt8(ascii: "'"): return (.apostrophe, 1)
        case UInt8(ascii: "."), UInt8(ascii: ","):
            // A mark that occurs again, or before the other mark, groups thousands; otherwise it is the decimal mark.
            let mark: Group = base[index] == UInt8(ascii: ".") ? .point : .comma
            return current == mark || marksFollow(in: base, from: index + 1, count: count) ? (mark, 1) : (.none, 0)
        default: return (.none, 0)
        }
    }

    /// Long mantissas: the digits without separators, read by the standard library.
    private static func slowValue(_ cell: CellBytes) -> Double {
        var text = ""
        for byte in cell {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"):
                text.append(Character(Unicode.Scalar(byte)))
            default:
                break
            }
        }
        // The decimal mark is the last `.` or `,` not followed by another one.
        if let mark = cell.lastIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) {
            let digitsBefore = cell[..<mark].filter { isDigit($0) }.count
            let signs = cell.first == UInt8(ascii: "-") || cell.first == UInt8(ascii: "+") ? 1 : 0
            let position = text.index(text.startIndex, offsetBy: digitsBefore + signs)
            let isGroup = cell[..<mark].contains(cell[mark])
            if !isGroup { text.insert(".", at: position) }
        }
        return abs(Double(text) ?? 0)
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// True when a mark (`.` or `,`) occurs after `start`: then the one before it separates thousands.
    private static func marksFollow(in base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Bool {
        var index = start
        while index < count {
            let byte = base[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") { return true }
            index += 1
        }
        return false
    }
}
