import Foundation

/// The `value_reader` of a field type: the value of a text or JSON cell, or nil when frictionless'
/// reader returns `None` (a type error).
final class ValueReader: Sendable {
    let field: SchemaField
    let strptime: StrptimeFormat?
    let booleans: [String: Bool]
    let stringFormat: StringFormat?
    /// `array` items (a full cell reader, with missing values and constraints) and `list` items (values only).
    let arrayItem: [CellReader]
    let listItem: [ValueReader]

    init(field: SchemaField) {
        self.field = field
        switch field.type {
        case .date, .time, .datetime:
            strptime = ["default", "any"].contains(field.format) ? nil : StrptimeFormat(field.format)
        default:
            strptime = nil
        }
        var booleans: [String: Bool] = [:]
        for text in field.trueValues { booleans[text] = true }
        for text in field.falseValues { booleans[text] = false }
        self.booleans = booleans
        stringFormat = field.type == .string ? (StringFormat(rawValue: field.format) ?? .default) : nil
        arrayItem = field.type == .array ? field.arrayItem.map { [CellReader(field: $0, schemaMissingValues: $0.missingValues ?? [""])] } ?? [] : []
        listItem = field.type == .list
            ? [ValueReader(field: SchemaField(name: field.name, type: field.listItemType, location: field.location))] : []
    }

    var itemReaders: [CellReader] { arrayItem }

    func read(_ input: CellInput) -> CellValue? {
        // A JSON string is read as Python reads a text cell.
        if case let .json(node) = input, let text = node.stringValue { return read(.text(text)) }
        switch field.type {
        case .string:
            guard let text = input.text else { return nil }
            return stringFormat?.accepts(text) ?? true ? .text(text) : nil
        case .any:
            switch input {
            case let .text(text): return .text(text)
            case let .json(node): return CellValue(json: node)
            }
        case .integer: return readInteger(input)
        case .number: return readNumber(input)
        case .boolean:
            switch input {
            case let .text(text): return booleans[text].map(CellValue.bool)
            case let .json(node):
                if case let .bool(flag) = node.value { return .bool(flag) }
                return node.stringValue.flatMap { booleans[$0] }.map(CellValue.bool)
            }
        case .date: return input.text.flatMap(readDate)
        case .datetime: return input.text.flatMap(readDateTime)
        case .time: return input.text.flatMap(readTime)
        case .year: return readYear(input)
        case .yearmonth: return readYearMonth(input)
        case .duration: return input.text.flatMap(ISODuration.init).map(CellValue.duration)
        case .geopoint: return GeopointReader.read(input, format: field.format)
        case .geojson, .object, .array: return readJSON(input)
        case .list: return readList(input)
        }
    }

    // MARK: Numbers

    private func readInteger(_ input: CellInput) -> CellValue? {
        switch input {
        case let .text(text):
            var cell = PythonText.strip(text)
            if !field.bareNumber { cell = ValueReader.removeNonBareCharacters(cell) }
            return PyDecimal(integerText: cell).map(CellValue.number)
        case let .json(node):
            switch node.value {
            case let .integer(text): return PyDecimal(jsonInteger: text).map(CellValue.number)
            case let .float(number): return number.isFinite && number == number.rounded() ? .number(PyDecimal(double: number)) : nil
            default: return nil
            }
        }
    }

    private func readNumber(_ input: CellInput) -> CellValue? {
        switch input {
        case let .text(text):
            var cell = String(PythonText.strip(text))
            if field.decimalChar != nil || field.groupChar != nil || !field.bareNumber {
                if !field.bareNumber { cell = String(ValueReader.removeNonBareCharacters(cell[...])) }
                if let group = field.groupChar, !group.isEmpty { cell = PythonText.replace(cell, group, with: "") }
                let decimal = field.decimalChar ?? "."
                if decimal != "." {
                    if cell.unicodeScalars.contains(".") || decimal.isEmpty { return nil }
                    cell = PythonText.replace(cell, decimal, with: ".")
                }
            }
            return PyDecimal(decimalText: cell[...]).map(CellValue.number)
        case let .json(node):
            switch node.value {
            case let .integer(text): return PyDecimal(jsonInteger: text).map(CellValue.number)
            case let .float(number): return .number(PyDecimal(double: number))
            default: return nil
            }
        }
    }

    /// `re.sub(r"((^[^-\d]*)|(\D*$))", "", cell)`: leading characters other than digits and `-`,
    /// and trailing non-digits, go.
    static func removeNonBareCharacters(_ cell: Substring) -> Substring {
        let scalars = cell.unicodeScalars
        let isDigit = { (scalar: Unicode.Scalar) in PythonText.digitValue(scalar) != nil }
        guard let start = scalars.firstIndex(where: { isDigit($0) || $0 == "-" }) else { return cell[cell.endIndex...] }
        guard let lastDigit = scalars.lastIndex(where: isDigit), lastDigit >= start else {
            return Substring(scalars[start..<start])
        }
        return Substring(scalars[start...lastDigit])
    }

    private func readYear(_ input: CellInput) -> CellValue? {
        let value: Int?
        switch input {
        case let .text(text): value = PythonText.length(text) == 4 ? PythonText.parseSmallInt(text[...]) : nil
        case let .json(node):
            switch node.value {
            case let .integer(text): value = Int(text)
            case let .bool(flag): value = flag ? 1 : 0
            default: value = nil
            }
        }
        guard let value, (0...9999).contains(value) else { return nil }
        return .number(PyDecimal(value))
    }

    private func readYearMonth(_ input: CellInput) -> CellValue? {
        switch input {
        case let .text(text):
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let year = PyDecimal(integerText: parts[0]), let month = PythonText.parseSmallInt(parts[1]),
                  (1...12).contains(month) else { return nil }
            return .yearMonth(year: year, month: PyDecimal(month))
        case let .json(node):
            guard case let .array(items) = node.value, items.count == 2,
                  case let .number(year)? = CellValue(json: items[0]), case let .number(month)? = CellValue(json: items[1]) else { return nil }
            return .yearMonth(year: year, month: month)
        }
    }

    // MARK: Dates and times

    private func readDate(_ text: String) -> CellValue? {
        switch field.format {
        case "default":
            // `YYYY-MM-DD` in ASCII digits reads the same without the regular expression.
            if let date = ValueReader.canonicalISODate(text) { return date.map(CellValue.date) }
            return StrptimeFormat.isoDate.parse(text).map { .date($0.date) }
        case "any":
            return FlexibleDateParser.parse(text).map { .date($0.date) }
        default:
            return strptime?.parse(text).map { .date($0.date) }
        }
    }

    private func readDateTime(_ text: String) -> CellValue? {
        switch field.format {
        case "default":
            return ISODateTimeParser.frictionlessDateTime(text).map(CellValue.dateTime)
        case "any":
            return FlexibleDateParser.parse(text).map(CellValue.dateTime)
        default:
            guard let fields = strptime?.parse(text),
                  let time = ClockTime(hour: fields.hour, minute: fields.minute, second: fields.second,
                                       microsecond: fields.microsecond, offset: fields.offset) else { return nil }
            return .dateTime(CivilDateTime(date: fields.date, time: time))
        }
    }

    private func readTime(_ text: String) -> CellValue? {
        switch field.format {
        case "default":
            return ISODateTimeParser.frictionlessTime(text).map(CellValue.time)
        case "any":
            return FlexibleDateParser.parse(text).map { .time($0.time) }
        default:
            guard let fields = strptime?.parse(text),
                  let time = ClockTime(hour: fields.hour, minute: fields.minute, second: fields.second,
                                       microsecond: fields.microsecond, offset: fields.offset) else { return nil }
            return .time(time)
        }
    }

    // MARK: JSON and lists

    private func readJSON(_ input: CellInput) -> CellValue? {
        let node: LocatedJSON
        switch input {
        case let .text(text):
            guard let parsed = try? LocatedJSON.parse(text) else { return nil }
            node = parsed
        case let .json(value):
            node = value
        }
        switch (field.type, node.value) {
        case (.array, .array): return .json(node)
        case (.object, .object): return .json(node)
        case (.geojson, .object):
            switch field.format {
            case "default": return GeoJSONShape.isValid(node) ? .json(node) : nil
            case "topojson": return node["type"]?.stringValue == "Topology" ? .json(node) : nil
            default: return .json(node)
            }
        default: return nil
        }
    }

    private func readList(_ input: CellInput) -> CellValue? {
        guard let itemReader = listItem.first else { return nil }
        let items: [CellInput]
        switch input {
        case let .text(text):
            // Python's `str.split("")` raises.
            guard !field.listDelimiter.isEmpty else { return nil }
            items = text.components(separatedBy: field.listDelimiter).map(CellInput.text)
        case let .json(node):
            guard case let .array(values) = node.value else { return nil }
            items = values.map(CellInput.json)
        }
        var values: [CellValue] = []
        for item in items {
            guard let value = itemReader.read(item) else { return nil }
            values.append(value)
        }
        return .list(values)
    }
}

extension ValueReader {
    /// For exactly ten ASCII characters `dddd-dd-dd`: the date, or `.some(nil)` when the calendar
    /// refuses it (as `strptime` does); nil for any other shape, which goes to `strptime`.
    static func canonicalISODate(_ text: String) -> CivilDate?? {
        let shape: (Int, Int, Int)?? = text.utf8.withContiguousStorageIfAvailable { bytes -> (Int, Int, Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return (year, month, day)
        }
        guard let parts = shape ?? nil else { return nil }
        return .some(CivilDate(year: parts.0, month: parts.1, day: parts.2))
    }
}
