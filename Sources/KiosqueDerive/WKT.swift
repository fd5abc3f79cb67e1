/// Well-Known Text for bounding boxes and centroids, in WGS 84 longitude/latitude order, plain decimals.
enum WKT {
    static func polygon(west: Double, south: Double, east: Double, north: Double) -> String {
        let corners = [(west, south), (east, south), (east, north), (west, north), (west, south)]
        return "POLYGON((" + corners.map { decimal($0.0) + " " + decimal($0.1) }.joined(separator: ", ") + "))"
    }

    static func point(x: Double, y: Double) -> String { "POINT(" + decimal(x) + " " + decimal(y) + ")" }

    /// A coordinate with at most seven decimals (about 1 cm), never in exponent notation.
    static func decimal(_ value: Double) -> String {
        let scaled = Int64((abs(value) * 10_000_000).rounded())
        let whole = scaled / 10_000_000, fraction = scaled % 10_000_000
        var digits = String(fraction)
        digits = String(repeating: "0", count: 7 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        let sign = value < 0 && scaled != 0 ? "-" : ""
        return sign + String(whole) + (digits.isEmpty ? "" : "." + digits)
    }
}
