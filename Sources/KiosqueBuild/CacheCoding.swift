import KiosqueDigest
import KiosqueModel

/// The model types a cached dataset holds, in the compact binary form of `ByteWriter` (KiosqueDigest): written and
/// read field by field, in declaration order, so that reading a cached dataset costs little more than copying its
/// strings.
///
/// Every stored property of every type below is written. `CacheCodingTests` checks, through `Mirror`, that the
/// number of stored properties of each type is the one this file knows: a field added to a model type must be added
/// here too (and `BuildCache.formatVersion` raised), or incremental builds would drop it.
// MARK: - The model types a cached dataset holds

enum CacheCoding {
    /// The number of stored properties of each type written here, checked against `Mirror` by the tests.
    static let storedPropertyCounts: [String: Int] = [
        "Dataset": 17, "Dataset.Temporal": 2, "Dataset.Spatial": 3, "Portal.Contact": 3, "License": 4, "Distribution": 11,
        "SchemaValidation": 9, "SchemaValidation.ErrorCount": 2, "SchemaValidation.Issue": 7, "MapPreview": 12,
        "MapPreview.Pixel": 2, "MapPreview.Feature": 3, "MapPreview.Bounds": 4, "MapPreview.GeometryCount": 2, "TablePreview": 9, "TablePreview.Detail": 3, "TablePreview.Coordinates": 2, "TablePreview.Point": 2,
        "TablePreview.DerivedFile": 4, "ColumnProfile": 20, "ColumnProfile.ValueCount": 2, "ColumnProfile.Histogram": 4,
        "Diagnostic": 5, "SourceLocation": 3,
    ]

    static func write(_ d: Dataset, _ w: inout ByteWriter) {
        w.string(d.id)
        w.string(d.title)
        w.string(d.description)
        w.string(d.organizationID)
        write(d.license, &w)
        w.strings(d.themeIDs)
        w.strings(d.keywords)
        w.optional(d.frequency) { $0.string($1.rawValue) }
        w.optional(d.temporal) { w, t in
            w.optional(t.start) { write($1, &$0) }
            w.optional(t.end) { write($1, &$0) }
        }
        w.optional(d.spatial) { w, s in
            w.optionalString(s.name)
            w.optionalString(s.insee)
            w.optional(s.bbox) { w, box in w.array(box) { $0.double($1) } }
        }
        w.optional(d.contact) { w, c in
            w.optionalString(c.name)
            w.optionalString(c.email)
            w.optionalString(c.url)
        }
        w.optionalString(d.schema)
        w.optional(d.issued) { write($1, &$0) }
        w.optional(d.modified) { write($1, &$0) }
        w.bool(d.featured)
        w.array(d.distributions) { write($1, &$0) }
        w.string(d.descriptorPath)
    }

    static func readDataset(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> Dataset {
        let id = try r.string()
        let title = try r.string()
        let description = try r.string()
        let organizationID = try r.string()
        let license = try readLicense(&r)
        let themeIDs = try r.strings()
        let keywords = try r.strings()
        let frequency = try r.optional { r throws(ByteReader.Corrupt) in try r.raw(Frequency.self) }
        let temporal = try r.optional { r throws(ByteReader.Corrupt) in
            Dataset.Temporal(start: try r.optional(readDate), end: try r.optional(readDate))
        }
        let spatial = try r.optional { r throws(ByteReader.Corrupt) in
            Dataset.Spatial(name: try r.optionalString(), insee: try r.optionalString(),
                            bbox: try r.optional { r throws(ByteReader.Corrupt) in try r.array { r throws(ByteReader.Corrupt) in try r.double() } })
        }
        let contact = try r.optional { r throws(ByteReader.Corrupt) in
            Portal.Contact(name: try r.optionalString(), email: try r.optionalString(), url: try r.optionalString())
        }
        let schema = try r.optionalString()
        let issued = try r.optional(readDate)
        let modified = try r.optional(readDate)
        let featured = try r.bool()
        let distributions = try r.array(readDistribution)
        let descriptorPath = try r.string()
        return Dataset(id: id, title: title, description: description, organizationID: organizationID, license: license,
                       themeIDs: themeIDs, keywords: keywords, frequency: frequency, temporal: temporal, spatial: spatial,
                       contact: contact, schema: schema, issued: issued, modified: modified, featured: featured,
                       distributions: distributions, descriptorPath: descriptorPath)
    }

    static func write(_ l: License, _ w: inout ByteWriter) {
        w.optionalString(l.id)
        w.string(l.title)
        w.string(l.url)
        w.bool(l.isOpen)
    }

    static func readLicense(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> License {
        License(id: try r.optionalString(), title: try r.string(), url: try r.string(), isOpen: try r.bool())
    }

    static func write(_ date: DateStamp, _ w: inout ByteWriter) {
        switch date {
        case let .day(year, month, day):
            w.bytes.append(0)
            w.int(year)
            w.int(month)
            w.int(day)
        case let .instant(seconds, offset):
            w.bytes.append(1)
            w.int64(seconds)
            w.int(offset)
        }
    }

    static func readDate(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> DateStamp {
        switch try r.byte() {
        case 0: return .day(year: try r.int(), month: try r.int(), day: try r.int())
        case 1: return .instant(seconds: try r.int64(), offsetMinutes: try r.int())
        default: throw ByteReader.Corrupt()
        }
    }

    static func write(_ d: Distribution, _ w: inout ByteWriter) {
        switch d.source {
        case let .file(name, repositoryPath, byteSize):
            w.bytes.append(0)
            w.string(name)
            w.string(repositoryPath)
            w.int(byteSize)
        case let .remote(url):
            w.bytes.append(1)
            w.string(url)
        }
        w.string(d.title)
        w.optionalString(d.description)
        w.string(d.format)
        w.optionalString(d.mediaType)
        w.optionalString(d.schema)
        w.string(d.kind.rawValue)
        w.optional(d.table) { write($1, &$0) }
        w.optionalString(d.sha256)
        w.optional(d.schemaValidation) { write($1, &$0) }
        w.optional(d.map) { write($1, &$0) }
    }

    static func write(_ v: SchemaValidation, _ w: inout ByteWriter) {
        w.string(v.schema)
        w.optionalString(v.schemaTitle)
        w.string(v.status.rawValue)
        w.bool(v.valid)
        w.int(v.errors)
        w.int(v.rows)
        w.array(v.errorCounts) { w, c in
            w.string(c.type)
            w.int(c.count)
        }
        w.array(v.issues) { w, i in
            w.string(i.type)
            w.optional(i.row) { $0.int($1) }
            w.optional(i.line) { $0.int($1) }
            w.optional(i.column) { $0.int($1) }
            w.optionalString(i.field)
            w.optionalString(i.value)
            w.string(i.message)
        }
        w.bool(v.keyChecksComplete)
    }

    static func readValidation(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> SchemaValidation {
        let schema = try r.string()
        let title = try r.optionalString()
        let status = try r.raw(SchemaValidation.Status.self)
        let valid = try r.bool()
        let errors = try r.int()
        let rows = try r.int()
        let counts = try r.array { r throws(ByteReader.Corrupt) in SchemaValidation.ErrorCount(type: try r.string(), count: try r.int()) }
        let issues = try r.array { r throws(ByteReader.Corrupt) in
            SchemaValidation.Issue(type: try r.string(), row: try r.optional { r throws(ByteReader.Corrupt) in try r.int() },
                                   line: try r.optional { r throws(ByteReader.Corrupt) in try r.int() },
                                   column: try r.optional { r throws(ByteReader.Corrupt) in try r.int() },
                                   field: try r.optionalString(), value: try r.optionalString(), message: try r.string())
        }
        let complete = try r.bool()
        return SchemaValidation(schema: schema, schemaTitle: title, status: status, valid: valid, errors: errors, rows: rows,
                                errorCounts: counts, issues: issues, keyChecksComplete: complete)
    }

    static func write(_ m: MapPreview, _ w: inout ByteWriter) {
        func pixels(_ w: inout ByteWriter, _ list: [MapPreview.Pixel]) {
            w.array(list) { w, p in
                w.int(p.x)
                w.int(p.y)
            }
        }
        w.string(m.source.rawValue)
        w.int(m.width)
        w.int(m.height)
        w.array(m.features) { w, f in
            pixels(&w, f.points)
            w.array(f.lines, pixels)
            w.array(f.rings, pixels)
        }
        w.optional(m.bounds) { w, b in
            w.double(b.west)
            w.double(b.south)
            w.double(b.east)
            w.double(b.north)
        }
        w.int(m.featureCount)
        w.array(m.geometryCounts) { w, c in
            w.string(c.type)
            w.int(c.count)
        }
        w.int(m.positionCount)
        w.int(m.drawnPositionCount)
        w.bool(m.isCapped)
        w.bool(m.isSwapped)
        w.optional(m.omission) { w, o in
            switch o {
            case let .tooLarge(limit):
                w.bytes.append(0)
                w.int(limit)
            case .invalid: w.bytes.append(1)
            case .empty: w.bytes.append(2)
            }
        }
    }

    static func readMap(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> MapPreview {
        func pixels(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> [MapPreview.Pixel] {
            try r.array { r throws(ByteReader.Corrupt) in MapPreview.Pixel(x: try r.int(), y: try r.int()) }
        }
        let source = try r.raw(MapPreview.Source.self)
        let width = try r.int()
        let height = try r.int()
        let features = try r.array { r throws(ByteReader.Corrupt) in
            MapPreview.Feature(points: try pixels(&r), lines: try r.array(pixels), rings: try r.array(pixels))
        }
        let bounds = try r.optional { r throws(ByteReader.Corrupt) in
            MapPreview.Bounds(west: try r.double(), south: try r.double(), east: try r.double(), north: try r.double())
        }
        let featureCount = try r.int()
        let counts = try r.array { r throws(ByteReader.Corrupt) in MapPreview.GeometryCount(type: try r.string(), count: try r.int()) }
        let positions = try r.int()
        let drawn = try r.int()
        let capped = try r.bool()
        let swapped = try r.bool()
        let omission = try r.optional { r throws(ByteReader.Corrupt) -> MapPreview.Omission in
            switch try r.byte() {
            case 0: return .tooLarge(limit: try r.int())
            case 1: return .invalid
            case 2: return .empty
            default: throw ByteReader.Corrupt()
            }
        }
        return MapPreview(source: source, width: width, height: height, features: features, bounds: bounds, featureCount: featureCount,
                          geometryCounts: counts, positionCount: positions, drawnPositionCount: drawn, isCapped: capped,
                          isSwapped: swapped, omission: omission)
    }

    static func readDistribution(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> Distribution {
        let source: Distribution.Source
        switch try r.byte() {
        case 0: source = .file(name: try r.string(), repositoryPath: try r.string(), byteSize: try r.int())
        case 1: source = .remote(url: try r.string())
        default: throw ByteReader.Corrupt()
        }
        let title = try r.string()
        let description = try r.optionalString()
        let format = try r.string()
        let mediaType = try r.optionalString()
        let schema = try r.optionalString()
        let kind = try r.raw(Distribution.Kind.self)
        let table = try r.optional(readTable)
        let sha256 = try r.optionalString()
        let validation = try r.optional(readValidation)
        let map = try r.optional(readMap)
        return Distribution(source: source, title: title, description: description, format: format, mediaType: mediaType,
                            schema: schema, kind: kind, table: table, sha256: sha256, schemaValidation: validation, map: map)
    }

    static func write(_ t: TablePreview, _ w: inout ByteWriter) {
        w.string(t.encoding)
        w.string(t.delimiter)
        w.strings(t.header)
        w.int(t.rowCount)
        w.int(t.columnCount)
        w.int(t.raggedRowCount)
        w.optional(t.coordinates) { w, c in
            w.string(c.latitude)
            w.string(c.longitude)
        }
        // The rows, profiles and points, behind their length: a dataset taken from the cache decodes them only when
        // one of its own pages or files is made again (`TablePreview.detail`).
        var detail = ByteWriter(capacity: 1024)
        write(t.detail.value, &detail)
        w.int(detail.bytes.count)
        w.bytes += detail.bytes
        w.array(t.derivedFiles) { w, f in
            w.string(f.name)
            w.string(f.sourcePath)
            w.string(f.kind.rawValue)
            w.string(f.mediaType)
        }
    }

    static func readTable(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> TablePreview {
        let encoding = try r.string()
        let delimiter = try r.string()
        let header = try r.strings()
        let rowCount = try r.int()
        let columnCount = try r.int()
        let ragged = try r.int()
        let coordinates = try r.optional { r throws(ByteReader.Corrupt) in
            TablePreview.Coordinates(latitude: try r.string(), longitude: try r.string())
        }
        let detail = try r.bytes(try r.count())
        let derived = try r.array { r throws(ByteReader.Corrupt) in
            TablePreview.DerivedFile(name: try r.string(), sourcePath: try r.string(), kind: try r.raw(TablePreview.DerivedFile.Kind.self),
                                     mediaType: try r.string())
        }
        return TablePreview(encoding: encoding, delimiter: delimiter, header: header, rowCount: rowCount, columnCount: columnCount,
                            raggedRowCount: ragged, coordinates: coordinates, derivedFiles: derived,
                            detail: Deferred { readDetail(detail) })
    }

    static func write(_ d: TablePreview.Detail, _ w: inout ByteWriter) {
        w.array(d.rows) { $0.strings($1) }
        w.array(d.fields) { write($1, &$0) }
        w.array(d.points) { w, p in
            w.double(p.latitude)
            w.double(p.longitude)
        }
    }

    /// The rows, profiles and points of a stored table. The entry they are part of was whole when it was read (its
    /// length is checked); bytes that do not decode all the same (a disk that changed them) give an empty detail.
    static func readDetail(_ bytes: ArraySlice<UInt8>) -> TablePreview.Detail {
        var r = ByteReader(bytes)
        do throws(ByteReader.Corrupt) {
            let rows = try r.array { r throws(ByteReader.Corrupt) in try r.strings() }
            let fields = try r.array(readProfile)
            let points = try r.array { r throws(ByteReader.Corrupt) in TablePreview.Point(latitude: try r.double(), longitude: try r.double()) }
            guard r.isAtEnd else { throw ByteReader.Corrupt() }
            return TablePreview.Detail(rows: rows, fields: fields, points: points)
        } catch {
            return TablePreview.Detail(rows: [], fields: [], points: [])
        }
    }

    static func write(_ p: ColumnProfile, _ w: inout ByteWriter) {
        w.string(p.type)
        w.optionalString(p.format)
        w.optionalString(p.semantic)
        w.string(p.name)
        w.int(p.nulls)
        w.int(p.distinct)
        w.bool(p.distinctIsExact)
        w.optionalString(p.min)
        w.optionalString(p.max)
        w.optional(p.minValue) { write($1, &$0) }
        w.optional(p.maxValue) { write($1, &$0) }
        w.optional(p.mean) { $0.double($1) }
        w.array(p.top) { w, v in
            w.string(v.value)
            w.int(v.count)
        }
        w.bool(p.topIsExact)
        w.optional(p.minLength) { $0.int($1) }
        w.optional(p.maxLength) { $0.int($1) }
        w.optionalString(p.decimalChar)
        w.optionalString(p.groupChar)
        w.optional(p.histogram) { w, h in
            w.double(h.lower)
            w.double(h.upper)
            w.array(h.counts) { $0.int($1) }
            w.bool(h.isExact)
        }
        w.array(p.months) { w, v in
            w.string(v.value)
            w.int(v.count)
        }
    }

    static func readProfile(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> ColumnProfile {
        func counts(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> [ColumnProfile.ValueCount] {
            try r.array { r throws(ByteReader.Corrupt) in ColumnProfile.ValueCount(value: try r.string(), count: try r.int()) }
        }
        let type = try r.string()
        let format = try r.optionalString()
        let semantic = try r.optionalString()
        let name = try r.string()
        let nulls = try r.int()
        let distinct = try r.int()
        let distinctIsExact = try r.bool()
        let min = try r.optionalString()
        let max = try r.optionalString()
        let minValue = try r.optional(readJSON)
        let maxValue = try r.optional(readJSON)
        let mean = try r.optional { r throws(ByteReader.Corrupt) in try r.double() }
        let top = try counts(&r)
        let topIsExact = try r.bool()
        let minLength = try r.optional { r throws(ByteReader.Corrupt) in try r.int() }
        let maxLength = try r.optional { r throws(ByteReader.Corrupt) in try r.int() }
        let decimalChar = try r.optionalString()
        let groupChar = try r.optionalString()
        let histogram = try r.optional { r throws(ByteReader.Corrupt) in
            ColumnProfile.Histogram(lower: try r.double(), upper: try r.double(),
                                    counts: try r.array { r throws(ByteReader.Corrupt) in try r.int() }, isExact: try r.bool())
        }
        let months = try counts(&r)
        return ColumnProfile(name: name, type: type, format: format, semantic: semantic, nulls: nulls, distinct: distinct,
                             distinctIsExact: distinctIsExact, min: min, max: max, minValue: minValue, maxValue: maxValue, mean: mean,
                             top: top, topIsExact: topIsExact, minLength: minLength, maxLength: maxLength, decimalChar: decimalChar,
                             groupChar: groupChar, histogram: histogram, months: months)
    }

    static func write(_ value: JSONValue, _ w: inout ByteWriter) {
        switch value {
        case let .string(s):
            w.bytes.append(0)
            w.string(s)
        case let .integer(i):
            w.bytes.append(1)
            w.int(i)
        case let .number(d):
            w.bytes.append(2)
            w.double(d)
        case let .bool(b):
            w.bytes.append(3)
            w.bool(b)
        case let .array(items):
            w.bytes.append(4)
            w.array(items) { write($1, &$0) }
        case let .object(members):
            w.bytes.append(5)
            w.array(members.sorted { $0.key < $1.key }) { w, member in
                w.string(member.key)
                write(member.value, &w)
            }
        case .null:
            w.bytes.append(6)
        }
    }

    static func readJSON(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> JSONValue {
        switch try r.byte() {
        case 0: return .string(try r.string())
        case 1: return .integer(try r.int())
        case 2: return .number(try r.double())
        case 3: return .bool(try r.bool())
        case 4: return .array(try r.array(readJSON))
        case 5:
            let members = try r.array { r throws(ByteReader.Corrupt) in (try r.string(), try readJSON(&r)) }
            return .object(Dictionary(members, uniquingKeysWith: { _, last in last }))
        case 6: return .null
        default: throw ByteReader.Corrupt()
        }
    }

    static func write(_ d: Diagnostic, _ w: inout ByteWriter) {
        w.string(d.severity.rawValue)
        w.string(d.location.file)
        w.int(d.location.line)
        w.int(d.location.column)
        w.string(d.code)
        w.string(d.message)
        w.optionalString(d.hint)
    }

    static func readDiagnostic(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> Diagnostic {
        let severity = try r.raw(Diagnostic.Severity.self)
        let location = SourceLocation(file: try r.string(), line: try r.int(), column: try r.int())
        return Diagnostic(severity, location, code: try r.string(), message: try r.string(), hint: try r.optionalString())
    }
}
