/// `geopoint` cells: `lon, lat` (format `default`), `[lon, lat]` (`array`) or `{"lon": …, "lat": …}`
/// (`object`), each coordinate read as Python's `Decimal`, longitude within ±180, latitude ±90.
enum GeopointReader {
    static func read(_ input: CellInput, format: String) -> CellValue? {
        let pair: (PyDecimal, PyDecimal)?
        switch input {
        case let .text(text):
            pair = parse(text, format: format)
        case let .json(node):
            if let text = node.stringValue {
                pair = parse(text, format: format)
            } else if case let .array(items) = node.value, items.count == 2,
                      case let .number(lon)? = CellValue(json: items[0]), case let .number(lat)? = CellValue(json: items[1]) {
                pair = (lon, lat)
            } else {
                pair = nil
            }
        }
        guard let (lon, lat) = pair, lon.kind == .finite, lat.kind == .finite,
              PyDecimal.compare(lon, PyDecimal(180))! <= 0, PyDecimal.compare(lon, PyDecimal(-180))! >= 0,
              PyDecimal.compare(lat, PyDecimal(90))! <= 0, PyDecimal.compare(lat, PyDecimal(-90))! >= 0 else { return nil }
        return .geopoint(lon: lon, lat: lat)
    }

    private static func parse(_ text: String, format: String) -> (PyDecimal, PyDecimal)? {
        switch format {
        case "default":
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2, let lon = PyDecimal(decimalText: PythonText.strip(parts[0])),
                  let lat = PyDecimal(decimalText: PythonText.strip(parts[1])) else { return nil }
            return (lon, lat)
        case "array":
            guard let node = try? LocatedJSON.parse(text) else { return nil }
            let items: [LocatedJSON]
            switch node.value {
            case let .array(values): items = values
            case let .string(string):
                items = string.unicodeScalars.map { LocatedJSON(value: .string(String($0)), line: 0, column: 0) }
            case let .object(members):
                var keys: [String] = []
                for member in members where !keys.contains(member.key) { keys.append(member.key) }
                items = keys.map { LocatedJSON(value: .string($0), line: 0, column: 0) }
            default: return nil
            }
            guard items.count == 2, let lon = decimal(items[0]), let lat = decimal(items[1]) else { return nil }
            return (lon, lat)
        case "object":
            guard let node = try? LocatedJSON.parse(text), case let .object(members) = node.value,
                  Set(members.map(\.key)).count == 2,
                  let lon = node["lon"].flatMap(decimal), let lat = node["lat"].flatMap(decimal) else { return nil }
            return (lon, lat)
        default:
            return nil
        }
    }

    /// `Decimal(value)` for a value from `json.loads`.
    private static func decimal(_ node: LocatedJSON) -> PyDecimal? {
        switch node.value {
        case let .integer(text): PyDecimal(jsonInteger: text)
        case let .float(number): PyDecimal(double: number)
        case let .string(text): PyDecimal(decimalText: text[...])
        case let .bool(flag): PyDecimal(flag ? 1 : 0)
        default: nil
        }
    }
}
