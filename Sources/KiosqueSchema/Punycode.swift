import Foundation

/// Python's `idna` codec (IDNA 2003), enough to check e-mail domains: ASCII labels are kept
/// (1…63 characters), other labels are lowercased, NFKC-normalized (an approximation of nameprep)
/// and encoded as `xn--` + Punycode (RFC 3492).
enum Punycode {
    static func idnaEncode(_ domain: String) -> String? {
        if domain.unicodeScalars.allSatisfy(\.isASCII) {
            let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
            for label in labels.dropLast() where !(1..<64).contains(label.count) { return nil }
            guard let last = labels.last, last.count < 64 else { return nil }
            return domain
        }
        let dots: Set<Unicode.Scalar> = [".", "\u{3002}", "\u{FF0E}", "\u{FF61}"]
        var labels = domain.unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: dots.contains)
            .map { String(String.UnicodeScalarView($0)) }
        var trailingDot = ""
        if let last = labels.last, last.isEmpty {
            trailingDot = "."
            labels.removeLast()
        }
        var encoded: [String] = []
        for label in labels {
            guard let ascii = toASCII(label) else { return nil }
            encoded.append(ascii)
        }
        return encoded.joined(separator: ".") + trailingDot
    }

    private static func toASCII(_ label: String) -> String? {
        if label.unicodeScalars.allSatisfy(\.isASCII) {
            return (1..<64).contains(label.count) ? label : nil
        }
        let prepared = label.lowercased().precomposedStringWithCompatibilityMapping
        if prepared.unicodeScalars.allSatisfy(\.isASCII) {
            return (1..<64).contains(prepared.count) ? prepared : nil
        }
        guard !prepared.lowercased().hasPrefix("xn--"), let code = encode(prepared) else { return nil }
        let result = "xn--" + code
        return result.count < 64 ? result : nil
    }

    /// RFC 3492 encoding of one label.
    static func encode(_ input: String) -> String? {
        let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
        let scalars = input.unicodeScalars.map { Int($0.value) }
        var output = scalars.filter { $0 < 0x80 }.map { Character(Unicode.Scalar(UInt8($0))) }
        let basicCount = output.count
        var handled = basicCount
        if basicCount > 0 { output.append("-") }
        var n = 0x80, delta = 0, bias = 72
        func adapt(_ delta: Int, _ count: Int, _ first: Bool) -> Int {
            var delta = first ? delta / damp : delta / 2
            delta += delta / count
            var k = 0
            while delta > ((base - tMin) * tMax) / 2 {
                delta /= base - tMin
                k += base
            }
            return k + (base - tMin + 1) * delta / (delta + skew)
        }
        func digit(_ value: Int) -> Character {
            Character(Unicode.Scalar(UInt8(value < 26 ? value + 97 : value + 22)))
        }
        while handled < scalars.count {
            guard let m = scalars.filter({ $0 >= n }).min() else { return nil }
            delta += (m - n) * (handled + 1)
            n = m
            for c in scalars {
                if c < n { delta += 1 }
                if c == n {
                    var q = delta
                    var k = base
                    while true {
                        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                        if q < t { break }
                        output.append(digit(t + (q - t) % (base - t)))
                        q = (q - t) / (base - t)
                        k += base
                    }
                    output.append(digit(q))
                    bias = adapt(delta, handled + 1, handled == basicCount)
                    delta = 0
                    handled += 1
                }
            }
            delta += 1
            n += 1
        }
        return String(output)
    }
}
