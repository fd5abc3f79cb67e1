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

    // What every cell touches comes first, so that it shares the first cache lines.
    let utf8: Bool
    var candidates = Candidates.all
    var nulls = 0
    var values = 0
    var minLength = Int.max
    var maxLength = 0
    /// The number of the cell being added, NaN when it has none.
    var lastNumber = Double.nan
    var counter: ValueCounter

    let name: String
    let hints: ColumnHints

    // Numbers.
    var numbers = 0
    var sum = 0.0
    var minNumber = Double.infinity
    var maxNumber = -Double.infinity
    var minNumberText = ByteBuffer()
    var maxNumberText = ByteBuffer()
    var decimalComma = false
    var decimalPoint = false
    var group = NumberParser.Group.none
    var sample: Reservoir<Double>

    // Dates and date-times.
    var minMoment = Int.max
    var maxMoment = Int.min
    var minMomentValue: DateParser.Moment?
    var maxMomentValue: DateParser.Moment?
    var minMomentText = ByteBuffer()
    var maxMomentText = ByteBuffer()
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

    init(name: String, utf8: Bool, limits: ProfileLimits, seed: UInt64) {
        self.name = name
        self.hints = ColumnHints.of(name)
        self.utf8 = utf8
        sample = Reservoir(capacity: limits.histogramSample, seed: seed)
        counter = ValueCounter(bound: limits.distinctBound, maxTextBytes: limits.maxValueBytes, precision: limits.sketchPrecision)
    }

    func release() {
        counter.release()
        minNumberText.release()
        maxNumberText.release()
        minMomentText.release()
        maxMomentText.release()
        months.release()
    }

    /// Adds the column's cells of `rows` records, `cells[row * stride]`, in order (an empty cell, or a missing one, is a
    /// null). Writes each row's number (NaN when none) to `numbers` when given, and sets `invalid[row]` when the cell is not
    /// valid UTF-8 (UTF-8 files only).
    ///
    /// Per cell: trim, spot nulls, hash the bytes once (the hash feeds the value table and the sketch), count
    /// the value, then try only the types still possible, and measure the length in characters (once per value
    /// counted exactly: a value already in the table has the length it had).
    mutating func add(_ cells: UnsafePointer<CellBytes>, stride: Int, rows: Int, numbers: UnsafeMutablePointer<Double>?,
                      invalid: UnsafeMutablePointer<Bool>) {
        var next = cells
        for row in 0..<rows {
            let cell = Cell.trimmed(next.pointee)
            next += stride
            let count = cell.count
            if count == 0 || (count <= 4 && Cell.mayBeNullSentinel(cell) && Cell.isNullSentinel(cell)) {
                nulls &+= 1
                numbers?[row] = .nan
                continue
            }
            values &+= 1
            var isASCII = true
            let hash = ValueHash.hash(cell, isASCII: &isASCII)
            let known = counter.add(hash, cell, utf8: utf8)
            lastNumber = .nan
            if candidates.rawValue != 0 {
                // A column of numbers only, the most common case after text, without the call to `classify`;
                // a cell that is not one goes there, which reads it again and rules the types out.
                // A column whose numbers group their digits (`25 371,81`) skips the quick reader, which cannot read them.
                if candidates.isSubset(of: .numeric),
                   let number = group == .none ? NumberParser.parse(cell, utf8: utf8) : NumberParser.parseGrouped(cell, utf8: utf8),
                   !number.leadingZero {
                    if !number.isInteger { candidates.remove(.integer) }
                    addNumber(number, cell)
                } else if known && candidates.isSubset(of: Self.yesOrNo) {
                    // A value already counted passed these checks when it was first met: nothing to do.
                } else if candidates == .code5 {
                    // A column of commune codes or postcodes: what `classify` would do, without the call.
                    if known && count == 5 {
                        if cell[4] == UInt8(ascii: "0") { codesEndingInZero += 1 }
                    } else {
                        addCode5(cell)
                    }
                } else if candidates == .moment {
                    // A column of dates: what `classify` would do, without the call, and for the common shapes
                    // without the moment, unless the cell is a new minimum or maximum.
                    let quick = DateParser.quick(cell)
                    if quick.shape != .none && quick.key >= minMoment && quick.key <= maxMoment {
                        addQuickMoment(quick.shape, monthKey: quick.monthKey)
                    } else if let moment = DateParser.parse(cell) {
                        addMoment(moment, cell)
                    } else {
                        candidates.remove(.moment)
                    }
                } else if candidates == Self.companyOrInteger, let company = Identifiers.plainCompanyNumber(cell),
                          companyDigits == 0 || companyDigits == company.digits {
                    // A column of SIRET or SIREN numbers: what `classify` would do, the digits read once.
                    companyDigits = company.digits
                    validCompanyNumbers += 1
                    addNumber(NumberParser.Number(value: Double(company.value), isInteger: true, decimalComma: false,
                                                  group: .none, leadingZero: false), cell)
                } else {
                    classify(cell, known: known)
                }
            }
            numbers?[row] = lastNumber
            // A value already counted was checked and measured when first met.
            guard !known else { continue }
            var length = count
            if !isASCII && utf8 {
                // A number only holds ASCII and UTF-8 spaces.
                if lastNumber.isNaN && !Cell.isValidUTF8(cell) { invalid[row] = true }
                length = count &- Cell.continuationBytes(cell)
            }
            if length < minLength { minLength = length }
            if length > maxLength { maxLength = length }
        }
    }

    /// A column of company numbers so far, which are integers too.
    static let companyOrInteger: Candidates = [.integer, .number, .company]

    /// The types whose check only says yes or no, which a value passes once for all.
    static let yesOrNo: Candidates = [.boolean, .email, .webAddress]

    /// Rules out the types the cell does not fit and adds it to the statistics of those it fits. A `known` value
    /// (already in the distinct-value table) passed every check still possible when it was first met, so the
    /// checks that only say yes or no are not made again.
    @inline(never)
    private mutating func classify(_ cell: CellBytes, known: Bool) {
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
            if known && cell.count == 5 {
                // Corsica and the leading zero were noted when the value was first met.
                if cell[4] == UInt8(ascii: "0") { codesEndingInZero += 1 }
            } else {
                addCode5(cell)
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
        if candidates.contains(.boolean) && !known && !Identifiers.isBoolean(cell) { candidates.remove(.boolean) }
        if candidates.contains(.moment) {
            if let moment = DateParser.parse(cell) {
                addMoment(moment, cell)
            } else {
                candidates.remove(.moment)
            }
        }
        if candidates.contains(.email) && !known && !Identifiers.isEmail(cell) { candidates.remove(.email) }
        if candidates.contains(.webAddress) && !known && !Identifiers.isWebAddress(cell) { candidates.remove(.webAddress) }
    }

    /// Notes a five-character code, or rules codes out.
    @inline(__always)
    private mutating func addCode5(_ cell: CellBytes) {
        if let code = Identifiers.code5(cell) {
            if code.corsica { corsica = true }
            if code.leadingZero { codeLeadingZero = true }
            if code.endsInZero { codesEndingInZero += 1 }
        } else {
            candidates.remove(.code5)
        }
    }

    @inline(__always)
    private mutating func addNumber(_ number: NumberParser.Number, _ cell: CellBytes) {
        let value = number.value
        numbers += 1
        sum += value
        lastNumber = value
        if value < minNumber { newMinimum(value, cell) }
        if value > maxNumber { newMaximum(value, cell) }
        if !number.isInteger {
            if number.decimalComma { decimalComma = true } else { decimalPoint = true }
        }
        // Table Schema has one `groupChar`: the first separator met.
        if group == .none && number.group != .none { group = number.group }
        sample.add(value)
    }

    @inline(never)
    private mutating func newMinimum(_ value: Double, _ cell: CellBytes) {
        minNumber = value
        minNumberText.set(cell)
    }

    @inline(never)
    private mutating func newMaximum(_ value: Double, _ cell: CellBytes) {
        maxNumber = value
        maxNumberText.set(cell)
    }

    /// What ``addMoment(_:_:)`` does for a moment of a ``DateParser/quick(_:)`` shape within the extremes.
    @inline(__always)
    private mutating func addQuickMoment(_ shape: DateParser.QuickShape, monthKey: Int) {
        switch shape {
        case .dayFirstDate:
            dayFirstDates = true
            dateOnly = true
        case .isoDate:
            isoDates = true
            dateOnly = true
        default:
            isoDates = true
            withTime = true
        }
        months.add(monthKey)
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
            minMomentText.set(cell)
        }
        if key > maxMoment {
            maxMoment = key
            maxMomentValue = moment
            maxMomentText.set(cell)
        }
        months.add(moment.monthKey)
    }
}
