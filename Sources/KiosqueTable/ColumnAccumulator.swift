/// Everything the profiler learns about one column, updated cell by cell from raw bytes.
///
/// Each column starts with every type still possible (`candidates`); a value that does not fit a type rules it out
/// for good, so a text column stops being parsed after its first rows. Numbers, dates and identifiers are read
/// straight from the bytes; only the few values shown in the profile are ever decoded to Strings.
struct ColumnAccumulator {
    struct Candidates: OptionSet {
        let rawValue: UInt16
        static let integer = Candidates(rawValue: 1 << 0)
        static let number = Candidates(rawValue: 1 << 1)
        static let boolean = Candidates(rawValue: 1 << 2)
        static let moment = Candidates(rawValue: 1 << 3)
        static let code5 = Candidates(rawValue: 1 << 4)
        static let company = Candidates(rawValue: 1 << 5)
        static let email = Candidates(rawValue: 1 << 6)
        static let webAddress = Candidates(rawValue: 1 << 7)
        static let all = Candidates(rawValue: 0xFF)
        static let numeric: Candidates = [.integer, .number]
    }

    let name: String
    let hints: ColumnHints
    let utf8: Bool

    var nulls = 0
    var values = 0
    var candidates = Candidates.all
    var minLength = Int.max
    var maxLength = 0
    /// Set when the last cell was not valid UTF-8 (UTF-8 files only).
    var lastCellInvalid = false
    /// The last cell's number, NaN when it had none: read by the profiler for map points.
    var lastNumber = Double.nan

    // Numbers.
    var numbers = 0
    var sum = 0.0
    var minNumber = Double.infinity
    var maxNumber = -Double.infinity
    var minNumberText: [UInt8] = []
    var maxNumberText: [UInt8] = []
    var decimalComma = false
    var decimalPoint = false
    var group = NumberParser.Group.none
    var sample: Reservoir<Double>

    // Dates and date-times.
    var minMoment = Int.max
    var maxMoment = Int.min
    var minMomentValue: DateParser.Moment?
    var maxMomentValue: DateParser.Moment?
    var minMomentText: [UInt8] = []
    var maxMomentText: [UInt8] = []
    var isoDates = false
    var dayFirstDates = false
    var dateOnly = false
    var withTime = false
    var looseDateTimes = false
    var months = MonthCounter()

    // Identifiers.
    var corsica = false
    var codeLeadingZero = false
    var codesEndingInZero = 0
    var companyDigits = 0
    var validCompanyNumbers = 0

    var counter: ValueCounter

    init(name: String, utf8: Bool, limits: ProfileLimits, seed: UInt64) {
        self.name = name
        self.hints = ColumnHints(name: name)
        self.utf8 = utf8
        sample = Reservoir(capacity: limits.histogramSample, seed: seed)
        counter = ValueCounter(bound: limits.distinctBound, maxTextBytes: limits.maxValueBytes, precision: limits.sketchPrecision)
    }

    func release() { counter.release() }

    /// A record too short to have this column.
    @inline(__always)
    mutating func addMissing() {
        nulls += 1
        lastNumber = .nan
        lastCellInvalid = false
    }

    /// A cell trimmed and hashed, ready for ``commit(_:)``.
    struct Prepared {
        var cell: CellBytes
        var hash: UInt64
        var isASCII: Bool
        var isNull: Bool
    }

    /// The first half of adding a cell: trims it, spots nulls, hashes it. The profiler prepares every cell of a
    /// record and touches their table slots before committing any, so that the memory loads of all columns are
    /// in flight together instead of one after the other.
    @inline(__always)
    func prepare(_ raw: CellBytes) -> Prepared {
        let cell = Cell.trimmed(raw)
        let count = cell.count
        if count == 0 || (count <= 4 && Cell.isNullSentinel(cell)) {
            return Prepared(cell: cell, hash: 0, isASCII: true, isNull: true)
        }
        var isASCII = true
        let hash = ValueHash.hash(cell, isASCII: &isASCII)
        return Prepared(cell: cell, hash: hash, isASCII: isASCII, isNull: false)
    }

    @inline(__always)
    mutating func commit(_ prepared: Prepared) {
        lastNumber = .nan
        lastCellInvalid = false
        if prepared.isNull {
            nulls += 1
            return
        }
        let cell = prepared.cell
        values += 1
        let known = counter.add(prepared.hash, cell, utf8: utf8)
        if !candidates.isEmpty { classify(cell) }
        var length = cell.count
        if !prepared.isASCII && utf8 {
            length -= Cell.continuationBytes(cell)
            // A value already counted was checked when first met; a number only holds ASCII and UTF-8 spaces.
            if !known && lastNumber.isNaN { lastCellInvalid = !Cell.isValidUTF8(cell) }
        }
        if length < minLength { minLength = length }
        if length > maxLength { maxLength = length }
    }

    @inline(__always)
    mutating func add(_ raw: CellBytes) {
        commit(prepare(raw))
    }

    @inline(__always)
    private mutating func classify(_ cell: CellBytes) {
        if !candidates.isDisjoint(with: .numeric) {
            if let number = NumberParser.parse(cell, utf8: utf8), !number.leadingZero {
                if !number.isInteger { candidates.remove(.integer) }
                addNumber(number, cell)
            } else {
                if cell.first == UInt8(ascii: "0") { codeLeadingZero = true }
                candidates.subtract(.numeric)
            }
        }
        if candidates.contains(.code5) {
            if let code = Identifiers.code5(cell) {
                if code.corsica { corsica = true }
                if code.leadingZero { codeLeadingZero = true }
                if code.endsInZero { codesEndingInZero += 1 }
            } else {
                candidates.remove(.code5)
            }
        }
        if candidates.contains(.company) {
            if let company = Identifiers.companyNumber(cell), companyDigits == 0 || companyDigits == company.digits {
                companyDigits = company.digits
                if company.valid { validCompanyNumbers += 1 }
            } else {
                candidates.remove(.company)
            }
        }
        if candidates.contains(.boolean) && !Identifiers.isBoolean(cell) { candidates.remove(.boolean) }
        if candidates.contains(.moment) {
            if let moment = DateParser.parse(cell) {
                addMoment(moment, cell)
            } else {
                candidates.remove(.moment)
            }
        }
        if candidates.contains(.email) && !Identifiers.isEmail(cell) { candidates.remove(.email) }
        if candidates.contains(.webAddress) && !Identifiers.isWebAddress(cell) { candidates.remove(.webAddress) }
    }

    @inline(__always)
    private mutating func addNumber(_ number: NumberParser.Number, _ cell: CellBytes) {
        let value = number.value
        numbers += 1
        sum += value
        lastNumber = value
        if value < minNumber {
            minNumber = value
            minNumberText.removeAll(keepingCapacity: true)
            minNumberText.append(contentsOf: cell)
        }
        if value > maxNumber {
            maxNumber = value
            maxNumberText.removeAll(keepingCapacity: true)
            maxNumberText.append(contentsOf: cell)
        }
        if !number.isInteger {
            if number.decimalComma { decimalComma = true } else { decimalPoint = true }
        }
        // Table Schema has one `groupChar`: the first separator met.
        if group == .none && number.group != .none { group = number.group }
        sample.add(value)
    }

    @inline(__always)
    private mutating func addMoment(_ moment: DateParser.Moment, _ cell: CellBytes) {
        if moment.style == .iso { isoDates = true } else { dayFirstDates = true }
        if moment.seconds == nil {
            dateOnly = true
        } else {
            withTime = true
            if !moment.isStrictISO { looseDateTimes = true }
        }
        let key = moment.key
        if key < minMoment {
            minMoment = key
            minMomentValue = moment
            minMomentText.removeAll(keepingCapacity: true)
            minMomentText.append(contentsOf: cell)
        }
        if key > maxMoment {
            maxMoment = key
            maxMomentValue = moment
            maxMomentText.removeAll(keepingCapacity: true)
            maxMomentText.append(contentsOf: cell)
        }
        months.add(moment.monthKey)
    }
}
