import Foundation

/// The value of a cell once read with its field's type, compared the way Python compares the
/// values frictionless builds (`Decimal`, `date`, `datetime`, `dict`…).
enum CellValue: Sendable {
    case text(String)
    case number(PyDecimal)
    case bool(Bool)
    case date(CivilDate)
    indirect case time(ClockTime)
    indirect case dateTime(CivilDateTime)
    indirect case yearMonth(year: PyDecimal, month: PyDecimal)
    indirect case duration(ISODuration)
    indirect case geopoint(lon: PyDecimal, lat: PyDecimal)
    /// An object or array (from `object`, `array`, `geojson` or `any` read from JSON).
    case json(LocatedJSON)
    case list([CellValue])

    /// A JSON value as Python's `json.loads` gives it, before any type reading (`any` fields, items).
    init?(json node: LocatedJSON) {
        switch node.value {
        case .null: return nil
        case let .bool(flag): self = .bool(flag)
        case let .integer(text): self = .number(PyDecimal(jsonInteger: text) ?? .zero)
        case let .float(number): self = .number(PyDecimal(double: number))
        case let .string(text): self = .text(text)
        case .array, .object: self = .json(node)
        }
    }

    /// `len(value)` for `minLength`/`maxLength`: code points, keys or items.
    var length: Int? {
        switch self {
        case let .text(text): PythonText.length(text)
        case let .list(items): items.count
        case let .json(node):
            switch node.value {
            case let .array(items): items.count
            case let .object(members): Set(members.map(\.key)).count
            default: nil
            }
        default: nil
        }
    }

    /// Python's `==` (`True == 1`, `1.0 == 1`, naive and aware date-times never equal).
    static func equal(_ a: CellValue, _ b: CellValue) -> Bool {
        switch (a, b) {
        case let (.text(x), .text(y)): return x == y
        case let (.number(x), .number(y)): return x.numericallyEquals(y)
        case let (.bool(x), .bool(y)): return x == y
        case let (.bool(x), .number(y)), let (.number(y), .bool(x)): return y.numericallyEquals(PyDecimal(x ? 1 : 0))
        case let (.date(x), .date(y)): return x == y
        case let (.time(x), .time(y)): return ClockTime.compare(x, y) == 0
        case let (.dateTime(x), .dateTime(y)): return CivilDateTime.compare(x, y) == 0
        case let (.yearMonth(y1, m1), .yearMonth(y2, m2)): return y1.numericallyEquals(y2) && m1.numericallyEquals(m2)
        case let (.duration(x), .duration(y)): return x == y
        case let (.geopoint(lon1, lat1), .geopoint(lon2, lat2)): return lon1.numericallyEquals(lon2) && lat1.numericallyEquals(lat2)
        case let (.json(x), .json(y)): return JSONEquality.equal(x, y)
        case let (.list(x), .list(y)): return x.count == y.count && zip(x, y).allSatisfy(equal)
        default: return false
        }
    }

    /// Python's ordering for `minimum`/`maximum`; nil when Python would raise (mixed kinds, NaN).
    static func compare(_ a: CellValue, _ b: CellValue) -> Int? {
        switch (a, b) {
        case let (.number(x), .number(y)): return PyDecimal.compare(x, y)
        case let (.date(x), .date(y)): return x < y ? -1 : (x == y ? 0 : 1)
        case let (.time(x), .time(y)): return ClockTime.compare(x, y)
        case let (.dateTime(x), .dateTime(y)): return CivilDateTime.compare(x, y)
        case let (.yearMonth(y1, m1), .yearMonth(y2, m2)):
            guard let years = PyDecimal.compare(y1, y2) else { return nil }
            return years != 0 ? years : PyDecimal.compare(m1, m2)
        case let (.text(x), .text(y)): return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : (x == y ? 0 : 1)
        default: return nil
        }
    }

    /// A text equal for values Python finds equal (and hashes alike); nil for NaN, which equals nothing.
    var uniqueKey: String? {
        switch self {
        case let .text(text): return "s" + text
        case let .number(value): return value.canonicalKey.map { "n" + $0 }
        case let .bool(flag): return flag ? "n1e0" : "n0"
        case let .date(date): return "d\(date.ordinal)"
        case let .time(time): return "t" + time.equalityKey
        case let .dateTime(value): return "T" + value.equalityKey
        case let .yearMonth(year, month):
            guard let y = year.canonicalKey, let m = month.canonicalKey else { return nil }
            return "y\(y)-\(m)"
        case let .duration(value):
            guard let years = value.years.canonicalKey, let months = value.months.canonicalKey else { return nil }
            return "D\(years)|\(months)|\(value.microseconds)"
        case let .geopoint(lon, lat):
            guard let x = lon.canonicalKey, let y = lat.canonicalKey else { return nil }
            return "g\(x),\(y)"
        case let .json(node): return "j" + JSONEquality.key(node)
        case let .list(items):
            let keys = items.map(\.uniqueKey)
            guard !keys.contains(nil) else { return nil }
            return "l" + keys.map { $0! }.joined(separator: "\u{1F}")
        }
    }
}
