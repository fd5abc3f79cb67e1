/// What one column of a table holds, computed in the same streaming pass that reads the file.
public struct ColumnProfile: Sendable, Equatable {
    /// Frictionless Table Schema type: `string`, `integer`, `number`, `boolean`, `date`, `datetime`, `geopoint`…
    public let type: String
    /// Table Schema format (`email`, `uri`, `default`) or nil.
    public let format: String?
    /// A finer kind a reader recognises (`insee-commune`, `postcode`, `siren`, `siret`, `latitude`,
    /// `longitude`, `decimal-comma`, `date-fr`…), nil when none applies.
    public let semantic: String?
    public let name: String
    public let nulls: Int
    /// Distinct non-null values; exact when `distinctIsExact`.
    public let distinct: Int
    public let distinctIsExact: Bool
    /// For numbers and dates: the smallest and largest value, as text in the column's own notation.
    public let min: String?
    public let max: String?
    public let mean: Double?
    /// Most frequent values with their counts, most frequent first.
    public let top: [ValueCount]
    public let minLength: Int?
    public let maxLength: Int?

    public struct ValueCount: Sendable, Equatable {
        public let value: String
        public let count: Int
        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }

    public init(name: String, type: String, format: String? = nil, semantic: String? = nil, nulls: Int = 0, distinct: Int = 0,
                distinctIsExact: Bool = true, min: String? = nil, max: String? = nil, mean: Double? = nil, top: [ValueCount] = [],
                minLength: Int? = nil, maxLength: Int? = nil) {
        self.name = name
        self.type = type
        self.format = format
        self.semantic = semantic
        self.nulls = nulls
        self.distinct = distinct
        self.distinctIsExact = distinctIsExact
        self.min = min
        self.max = max
        self.mean = mean
        self.top = top
        self.minLength = minLength
        self.maxLength = maxLength
    }
}
