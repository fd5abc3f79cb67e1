/// SVG markup appended as UTF-8 bytes, without making a `String` for each piece: the one place where SVG text is
/// escaped and numbers are written (`SVGText.escape` and `SVGText.number` return what it appends).
struct SVGBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Markup as it is.
    mutating func add(_ markup: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount))
    }

    /// Text that needs no escape (colours, class names).
    mutating func add(plain text: String) { bytes.append(contentsOf: text.utf8) }

    /// Text content and attribute values: `&`, `<`, `>`, `"` and `'` escaped, tab and line feed as spaces, other C0
    /// and C1 control characters and DEL dropped.
    mutating func add(escaped text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var run = 0
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                var replacement: StaticString?
                var width = 1
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"): replacement = " "
                case 0..<0x20, 0x7F: replacement = ""
                case 0xC2 where index + 1 < count && (0x80...0x9F).contains(utf8[index + 1]):
                    // A C1 control character (U+0080 to U+009F): dropped.
                    replacement = ""
                    width = 2
                default: break
                }
                guard let replacement else {
                    index += 1
                    continue
                }
                if index > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index])) }
                add(replacement)
                index += width
                run = index
            }
            if count > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<count])) }
        }
    }

    /// A coordinate or length with at most one decimal, `.` as separator, no trailing `.0` (`12`, `3.5`, `-0.5`).
    mutating func add(number value: Double) {
        let tenths = Int((value * 10).rounded())
        if tenths < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = tenths.magnitude
        add(integer: magnitude / 10)
        let fraction = magnitude % 10
        if fraction != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction))
        }
    }

    /// Decimal digits of a whole number.
    mutating func add(integer value: UInt) {
        if value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        add(integer: value / 10)
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
