/// Python `sre_parse`, for the subset ``NativeRegex`` runs; nil for anything else or an error.
struct NativeRegexParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private(set) var sets: [ScalarSet] = []

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func parse() -> RegexNode? {
        guard let node = parseAlternation(), index == scalars.count else { return nil }
        return node
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func parseAlternation() -> RegexNode? {
        var branches: [RegexNode] = []
        while true {
            guard let sequence = parseSequence() else { return nil }
            branches.append(sequence)
            guard current == "|" else { break }
            index += 1
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseSequence() -> RegexNode? {
        var items: [RegexNode] = []
        while let scalar = current, scalar != "|", scalar != ")" {
            guard let atom = parseAtom() else { return nil }
            guard let item = parseQuantifiers(atom) else { return nil }
            items.append(item)
        }
        return .sequence(items)
    }

    private mutating func parseQuantifiers(_ atom: RegexNode) -> RegexNode? {
        guard let scalar = current else { return atom }
        var bounds: (Int, Int?)?
        switch scalar {
        case "*": bounds = (0, nil); index += 1
        case "+": bounds = (1, nil); index += 1
        case "?": bounds = (0, 1); index += 1
        case "{":
            guard let (low, high, length) = braces(at: index) else { return atom }
            bounds = (low, high)
            index += length
        default:
            return atom
        }
        guard let (low, high) = bounds else { return atom }
        if case .start = atom { return nil }
        if case .end = atom { return nil }
        if case .absoluteEnd = atom { return nil }
        if case .wordBoundary = atom { return nil }
        if let high, high < low { return nil }
        var greedy = true
        if current == "?" { greedy = false; index += 1 } else if current == "+" { return nil }
        if let next = current, next == "*" || next == "+" || next == "?" || (next == "{" && braces(at: index) != nil) { return nil }
        if (high ?? 2) > 1, atom.isNullable { return nil }
        return .repetition(atom, min: low, max: high, greedy: greedy)
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` at `start`: bounds and length; nil when it is a literal `{`.
    private func braces(at start: Int) -> (Int, Int?, Int)? {
        var position = start + 1
        func number() -> Int? {
            var value: Int?
            while position < scalars.count, let digit = scalars[position].asciiDigit {
                value = min((value ?? 0) * 10 + digit, 100_000)
                position += 1
            }
            return value
        }
        let low = number()
        var high = low
        if position < scalars.count, scalars[position] == "," {
            position += 1
            high = number()
        } else if low == nil {
            return nil
        }
        guard position < scalars.count, scalars[position] == "}" else { return nil }
        return (low ?? 0, high, position - start + 1)
    }

    private mutating func parseAtom() -> RegexNode? {
        let scalar = scalars[index]
        index += 1
        switch scalar {
        case "(":
            if current == "?" {
                guard index + 1 < scalars.count else { return nil }
                if scalars[index + 1] == ":" {
                    index += 2
                } else if scalars[index + 1] == "P", index + 2 < scalars.count, scalars[index + 2] == "<",
                          let close = scalars[(index + 3)...].firstIndex(of: ">"), close > index + 3 {
                    index = close + 1
                } else {
                    return nil
                }
            }
            guard let inner = parseAlternation(), current == ")" else { return nil }
            index += 1
            return inner
        case "[": return parseClass()
        case ".": return .any
        case "^": return .start
        case "$": return .end
        case "\\": return parseEscape()
        case "*", "+", "?": return nil
        case "{": return braces(at: index - 1) == nil ? .scalar(scalar.value) : nil
        default: return .scalar(scalar.value)
        }
    }

    private mutating func parseEscape() -> RegexNode? {
        guard let scalar = current else { return nil }
        index += 1
        var set = ScalarSet()
        switch scalar {
        case "d": set.digit = true
        case "D": set.notDigit = true
        case "w": set.word = true
        case "W": set.notWord = true
        case "s": set.space = true
        case "S": set.notSpace = true
        case "b": return .wordBoundary(true)
        case "B": return .wordBoundary(false)
        case "A": return .start
        case "Z": return .absoluteEnd
        default:
            return escapedScalar(scalar, inClass: false).map(RegexNode.scalar)
        }
        sets.append(set)
        return .set(sets.count - 1)
    }

    /// A literal escape: `\n`, `\x41`, `\u00e9`, `\.`…; nil for back-references and unknown letters.
    private mutating func escapedScalar(_ scalar: Unicode.Scalar, inClass: Bool) -> UInt32? {
        switch scalar {
        case "n": return 0x0A
        case "t": return 0x09
        case "r": return 0x0D
        case "f": return 0x0C
        case "v": return 0x0B
        case "a": return 0x07
        case "b" where inClass: return 0x08
        case "x": return hex(count: 2)
        case "u": return hex(count: 4)
        case "U": return hex(count: 8)
        case "0": return 0
        default:
            if scalar.isASCII, scalar.properties.isAlphabetic || scalar.asciiDigit != nil { return nil }
            return scalar.value
        }
    }

    private mutating func hex(count: Int) -> UInt32? {
        guard index + count <= scalars.count else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[index..<index + count] {
            guard let digit = scalar.properties.isASCIIHexDigit ? UInt32(String(scalar), radix: 16) : nil else { return nil }
            value = value << 4 | digit
        }
        index += count
        return Unicode.Scalar(value) == nil ? nil : value
    }

    private mutating func parseClass() -> RegexNode? {
        var set = ScalarSet()
        if current == "^" { set.negated = true; index += 1 }
        var first = true
        while let scalar = current, scalar != "]" || first {
            first = false
            index += 1
            var low: UInt32
            if scalar == "\\" {
                guard let escaped = current else { return nil }
                index += 1
                switch escaped {
                case "d": set.digit = true; continue
                case "D": set.notDigit = true; continue
                case "w": set.word = true; continue
                case "W": set.notWord = true; continue
                case "s": set.space = true; continue
                case "S": set.notSpace = true; continue
                default:
                    guard let value = escapedScalar(escaped, inClass: true) else { return nil }
                    low = value
                }
            } else {
                low = scalar.value
            }
            if current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                index += 1
                let endScalar = scalars[index]
                index += 1
                var high = endScalar.value
                if endScalar == "\\" {
                    guard let escaped = current else { return nil }
                    index += 1
                    guard let value = escapedScalar(escaped, inClass: true) else { return nil }
                    high = value
                }
                guard high >= low else { return nil }
                set.insert(low...high)
            } else {
                set.insert(low...low)
            }
        }
        guard current == "]" else { return nil }
        index += 1
        sets.append(set)
        return .set(sets.count - 1)
    }
}

private extension Unicode.Scalar {
    var asciiDigit: Int? { value >= 0x30 && value <= 0x39 ? Int(value - 0x30) : nil }
}
