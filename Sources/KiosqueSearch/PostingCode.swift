/// The compact text form of the index's lists, decoded by `kiosque-search.js`: numbers as little-endian groups of
/// five bits, one character each from a 64-character URL-safe alphabet, the sixth bit set on every group but the
/// last. Sorted lists store the gaps between numbers; postings follow each number with a one-character weight.
public enum PostingCode {
    /// The alphabet as bytes (ASCII): the codes are appended to bytes and made a `String` once (appending to a
    /// `String.UnicodeScalarView` one character at a time was most of the search index's files).
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)
    static let values: [UInt8: Int] = Dictionary(uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })

    /// The largest weight one character holds.
    public static let maximumWeight = 63

    static func append(_ number: Int, to out: inout [UInt8]) {
        var value = max(0, number)
        repeat {
            let group = value & 31
            value >>= 5
            out.append(alphabet[group | (value > 0 ? 32 : 0)])
        } while value > 0
    }

    /// Ascending document numbers, with their weights (1…63).
    public static func encode(postings: [(document: Int, weight: Int)]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(postings.count * 3)
        var previous = 0
        for (index, posting) in postings.enumerated() {
            append(index == 0 ? posting.document : posting.document - previous, to: &out)
            out.append(alphabet[min(maximumWeight, max(1, posting.weight))])
            previous = posting.document
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Ascending document numbers.
    public static func encode(sorted numbers: [Int]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(numbers.count * 2)
        var previous = 0
        for (index, number) in numbers.enumerated() {
            append(index == 0 ? number : number - previous, to: &out)
            previous = number
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Numbers in any order (a permutation).
    public static func encode(numbers: [Int]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(numbers.count * 3)
        for number in numbers { append(number, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads numbers; `gaps` adds each to the previous one; `weighted` reads a weight after each.
    public static func decode(_ text: String, gaps: Bool, weighted: Bool) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var bytes = Array(text.utf8)[...]
        var previous = 0
        var first = true
        while !bytes.isEmpty {
            var value = 0, shift = 0
            while let byte = bytes.popFirst(), let digit = values[byte] {
                value |= (digit & 31) << shift
                shift += 5
                if digit & 32 == 0 { break }
            }
            let number = gaps && !first ? previous + value : value
            first = false
            previous = number
            var weight = 0
            if weighted, let byte = bytes.popFirst() { weight = values[byte] ?? 0 }
            out.append((number, weight))
        }
        return out
    }
}
