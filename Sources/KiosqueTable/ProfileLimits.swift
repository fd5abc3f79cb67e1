/// Bounds that keep the profiler's memory constant whatever the file size, shared out between columns so that a
/// table of thousands of columns stays within the same budget as a table of ten.
public struct ProfileLimits: Sendable, Equatable {
    /// Distinct values counted exactly per column, before the HyperLogLog estimate takes over.
    public var distinctBound: Int
    /// Bytes kept per distinct value, for top values and examples.
    public var maxValueBytes: Int
    /// Numbers sampled per numeric column for its histogram.
    public var histogramSample: Int
    /// HyperLogLog registers per column: 2^precision bytes.
    public var sketchPrecision: Int
    /// Points kept for the map of a table with latitude and longitude columns.
    public var points: Int
    /// Top values reported per column.
    public var topValues: Int

    public init(distinctBound: Int = 10_000, maxValueBytes: Int = 64, histogramSample: Int = 4_096, sketchPrecision: Int = 12,
                points: Int = 5_000, topValues: Int = 10) {
        self.distinctBound = max(1, distinctBound)
        self.maxValueBytes = max(8, maxValueBytes)
        self.histogramSample = max(16, histogramSample)
        self.sketchPrecision = min(16, max(4, sketchPrecision))
        self.points = max(0, points)
        self.topValues = max(1, topValues)
    }

    /// The defaults for a table of `columns` columns: 10,000 exact distinct values, 4,096 sampled numbers and a
    /// 4 KiB sketch (about 1.6% error) per column up to 200 columns, less per column beyond.
    public static func forTable(columns: Int) -> ProfileLimits {
        let columns = max(1, columns)
        return ProfileLimits(distinctBound: min(10_000, max(200, 2_000_000 / columns)),
                             histogramSample: min(4_096, max(128, 800_000 / columns)),
                             sketchPrecision: columns <= 200 ? 12 : (columns <= 2_000 ? 10 : 8))
    }
}
