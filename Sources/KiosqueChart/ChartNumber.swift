import KiosqueModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers as readers of the portal's language write them (`12 345,5` with a narrow no-break space, `12,345.5`),
/// with a fixed number of decimals at most, trailing zeros dropped: the same value always gives the same text.
/// Four-digit integer parts stay whole (`2024`, `1500`): years read better that way, and both languages allow it.
public enum ChartNumber {
    public static func format(_ value: Double, decimals: Int, language: Language) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value < 0 ? "−∞" : "∞") }
        let places = min(6, max(0, decimals))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded()
        // Past 2^53 a Double holds no exact integer; such values are shown without decimals.
        guard scaled < 9.0e15 else {
            let digits = format53(value.magnitude)
            return (value < 0 ? "-" : "") + (digits.contains("e") ? digits : group(digits, language))
        }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        let whole = units / divisor
        var fraction = places == 0 ? "" : String(units % divisor)
        if places > 0 {
            fraction = String(repeating: "0", count: places - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        let sign = value < 0 && units > 0 ? "-" : ""
        let separator = language == .fr ? "," : "."
        return sign + group(String(whole), language) + (fraction.isEmpty ? "" : separator + fraction)
    }

    /// Decimals that tell apart values `step` apart: none from 10 up, one more per power of ten below.
    public static func decimals(forStep step: Double) -> Int {
        guard step.isFinite, step > 0, step < 10 else { return 0 }
        return min(6, max(0, Int((-log10(step)).rounded(.up)) + 1))
    }

    private static func group(_ digits: String, _ language: Language) -> String {
        guard digits.count > 4 else { return digits }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return groups.joined(separator: language == .fr ? "\u{202F}" : ",")
    }

    private static func format53(_ magnitude: Double) -> String {
        magnitude < 1.8e19 ? String(UInt64(magnitude)) : String(describing: magnitude)
    }
}
