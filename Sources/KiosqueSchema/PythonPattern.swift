import Foundation

/// A `pattern` constraint, matched as frictionless does: `re.compile("^" + pattern + "$").match(cell)`
/// — anchored at the start, with the pattern's own alternation left unparenthesized (so `a|b`
/// accepts `axyz`), and Python's `$` also matching before a final newline.
///
/// ``NativeRegex`` runs the pattern with Python's own rules when it can; otherwise Python's syntax
/// is translated to ICU's (`NSRegularExpression`): `(?P<name>…)` and `(?P=name)`, `{,n}`, a `{`
/// that is not a quantifier, `[` `&&` `--` inside a class, `\Z`.
struct PythonPattern: Sendable {
    let source: String
    /// The engine with Python's semantics, for the patterns it supports (nearly all in practice).
    private let native: NativeRegex?
    /// ICU, for the rest, and when the native engine gives up on a pathological text.
    private let regex: NSRegularExpression?

    /// Nil when the pattern is not a valid regular expression (Python raises `re.error`).
    init?(_ source: String) {
        let native = NativeRegex("^" + source + "$")
        let regex = PythonPattern.translate(source).flatMap { try? NSRegularExpression(pattern: "^" + $0 + "$", options: []) }
        guard native != nil || regex != nil else { return nil }
        self.source = source
        self.native = native
        self.regex = regex
    }

    func matches(_ text: String) -> Bool {
        if let native, let result = native.matches(text) { return result }
        guard let regex else { return false }
        return regex.firstMatch(in: text, options: [.anchored], range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    /// Python `re` syntax to ICU syntax; nil for constructs that cannot be carried over.
    static func translate(_ python: String) -> String? {
        let scalars = Array(python.unicodeScalars)
        var out = ""
        var index = 0
        var inClass = false
        var classStart = 0
        func emit(_ text: String) { out += text }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                guard index + 1 < scalars.count else { return nil }
                let next = scalars[index + 1]
                if !inClass, next == "Z" { emit("\\z") } else { emit("\\" + String(next)) }
                index += 2
                continue
            }
            if inClass {
                switch scalar {
                case "]" where index > classStart:
                    inClass = false
                    emit("]")
                case "[": emit("\\[")
                case "&" where index + 1 < scalars.count && scalars[index + 1] == "&": emit("\\&")
                case "-" where index + 1 < scalars.count && scalars[index + 1] == "-": emit("\\-")
                default: emit(String(scalar))
                }
                index += 1
                continue
            }
            switch scalar {
            case "[":
                inClass = true
                emit("[")
                index += 1
                if index < scalars.count, scalars[index] == "^" { emit("^"); index += 1 }
                // A `]` right after `[` or `[^` is a literal in Python.
                if index < scalars.count, scalars[index] == "]" { emit("\\]"); index += 1 }
                classStart = index
                continue
            case "(" where scalars[index...].starts(with: "(?P<".unicodeScalars):
                emit("(?<")
                index += 4
                continue
            case "(" where scalars[index...].starts(with: "(?P=".unicodeScalars):
                guard let close = scalars[index...].firstIndex(of: ")") else { return nil }
                emit("\\k<" + String(String.UnicodeScalarView(scalars[(index + 4)..<close])) + ">")
                index = close + 1
                continue
            case "{":
                if let (quantifier, length) = quantifier(scalars, at: index) {
                    emit(quantifier)
                    index += length
                } else {
                    emit("\\{")
                    index += 1
                }
                continue
            case "}":
                emit("\\}")
            default:
                emit(String(scalar))
            }
            index += 1
        }
        return inClass ? nil : out
    }

    /// A Python repetition `{m}`, `{m,}`, `{,n}` or `{m,n}` at `index`, in ICU form, with its length.
    private static func quantifier(_ scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        guard let close = scalars[index...].firstIndex(of: "}") else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        let isDigits = { (text: Substring) in text.allSatisfy { $0.isASCII && $0.isNumber } }
        switch parts.count {
        case 1 where !parts[0].isEmpty && isDigits(parts[0]):
            return ("{" + body + "}", close - index + 1)
        case 2 where isDigits(parts[0]) && isDigits(parts[1]) && !(parts[0].isEmpty && parts[1].isEmpty):
            return ("{" + (parts[0].isEmpty ? "0" : String(parts[0])) + "," + parts[1] + "}", close - index + 1)
        default:
            return nil
        }
    }
}
