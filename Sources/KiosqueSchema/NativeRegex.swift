/// A small backtracking regular-expression engine with Python `re` semantics, for the patterns of
/// Table Schemas: literals, `.`, classes (`[a-z]`, `[^…]`, `\d \w \s` and their negations), groups
/// (`(…)`, `(?:…)`, `(?P<name>…)`), alternation, greedy and lazy quantifiers (`* + ? {m,n}`),
/// `^`, `$` (end, or before a final newline), `\A`, `\Z`, `\b`, `\B`.
///
/// It compiles to a list of instructions run by a backtracking interpreter over UTF-8 bytes, in
/// the priority order of Python's engine, so `match` finds the same first match. Anything else —
/// back-references, look-arounds, inline flags, possessive quantifiers, a repeated sub-pattern that
/// can match the empty text — is refused at compile time and left to `NSRegularExpression`.
struct NativeRegex: Sendable {
    enum Instruction: Sendable {
        case scalar(UInt32)
        /// Any scalar but `\n`.
        case any
        case set(Int)
        /// Try the first target, then the second.
        case split(Int, Int)
        case jump(Int)
        case start
        /// Python's `$`: the end, or just before a final `\n`.
        case end
        /// `\Z`: the very end.
        case absoluteEnd
        case wordBoundary(Bool)
        case match
    }

    let program: [Instruction]
    let sets: [ScalarSet]
    static let maxInstructions = 20_000

    /// Nil when the pattern uses something this engine does not implement (or is invalid).
    init?(_ pattern: String) {
        var parser = NativeRegexParser(Array(pattern.unicodeScalars))
        guard let tree = parser.parse() else { return nil }
        var compiler = NativeRegexCompiler()
        guard compiler.emit(tree), compiler.program.count < NativeRegex.maxInstructions else { return nil }
        compiler.program.append(.match)
        program = compiler.program
        sets = parser.sets
    }
}

extension NativeRegex {
    /// `\d` for `str` patterns: Unicode decimal digits.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 ? (scalar.value >= 0x30 && scalar.value <= 0x39) : scalar.properties.numericType == .decimal
    }

    /// `\w`: `str.isalnum()` or `_`.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return scalar.properties.numericType != nil
        }
    }
}
