/// What one column of a table holds, computed in the same streaming pass that reads the file.
public struct ColumnProfile: Sendable, Equatable {
    /// Frictionless Table Schema type: `string`, `integer`, `number`, `boolean`, `date`, `datetime`, `geopoint`…;
    /// `any` when every value is missing.
    public let type: String
    /// Table Schema format (`email`, `uri`, `default`, `%d/%m/%Y`, `any`) or nil.
    public let format: String?
    /// A finer kind a reader recognises (`insee-commune`, `postcode`, `siren`, `siret`, `latitude`,
    /// `longitude`, `email`, `url`, `decimal-comma`, `date-fr`…), nil when none applies.
    public let semantic: String?
    public let name: String
    /// Missing values: empty cells and sentinels such as `-`, `NA`, `N/A`, `null`, `nd`.
    public let nulls: Int
    /// Distinct non-null values; exact when `distinctIsExact`, else a HyperLogLog estimate (about 1% error).
    public let distinct: Int
    public let distinctIsExact: Bool
    /// For numbers and dates: the smallest and largest value, as text in the column's own notation.
    public let min: String?
    public let max: String?
    /// The same values in a canonical form: `.integer`/`.number` for numbers, ISO 8601 `.string` for dates.
    public let minValue: JSONValue?
    public let maxValue: JSONValue?
    public let mean: Double?
    /// Most frequent values with their counts, most frequent first (ties by value).
    public let top: [ValueCount]
    /// True when `top` counts are exact; false when the column had too many distinct values to count them all
    /// (counts then cover the values met before the bound was reached, and are lower bounds).
    public let topIsExact: Bool
    /// Lengths in characters of the non-null values.
    public let minLength: Int?
    public let maxLength: Int?
    /// Table Schema `decimalChar` and `groupChar` when a number is written the French way (`1 234,50`).
    public let decimalChar: String?
    public let groupChar: String?
    /// Numeric columns: counts per equal-width bin between `min` and `max`.
    public let histogram: Histogram?
    /// Date and datetime columns: values per month (`2024-03`), in calendar order.
    public let months: [ValueCount]

    public struct ValueCount: Sendable, Equatable {
        public let value: String
        public let count: Int
        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }

    /// Equal-width bins from `lower` to `upper`; the last bin includes `upper`.
    public struct Histogram: Sendable, Equatable {
        public let lower: Double
        public let upper: Double
        public let counts: [Int]
        /// False when the counts are scaled from a uniform sample of the values (large files).
        public let isExact: Bool
        public init(lower: Double, upper: Double, counts: [Int], isExact: Bool) {
            self.lower = lower
            self.upper = upper
            self.counts = counts
            self.isExact = isExact
        }
    }

    public init(name: String, type: String, format: String? = nil, semantic: String? = nil, nulls: Int = 0, distinct: Int = 0,
                distinctIsExact: Bool = true, min: String? = nil, max: String? = nil, minValue: JSONValue? = nil,
                maxValue: JSONValue? = nil, mean: Double? = nil, top: [ValueCount] = [], topIsExact: Bool = true,
                minLength: Int? = nil, maxLength: Int? = nil, decimalChar: String? = nil, groupChar: String? = nil,
                histogram: Histogram? = nil, months: [ValueCount] = []) {
        self.name = name
        self.type = type
        self.format = format
        self.semantic = semantic
        self.nulls = nulls
        self.distinct = distinct
        self.distinctIsExact = distinctIsExact
        self.min = min
        self.max = max
        self.minValue = minValue
        self.maxValue = maxValue
        self.mean = mean
        self.top = top
        self.topIsExact = topIsExact
        self.minLength = minLength
        self.maxLength = maxLength
        self.decimalChar = decimalChar
        self.groupChar = groupChar
        self.histogram = histogram
        self.months = months
    }
}
