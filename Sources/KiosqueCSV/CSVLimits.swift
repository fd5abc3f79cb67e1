/// Bounds that keep the reader's memory constant whatever the input.
public struct CSVLimits: Sendable, Equatable {
    /// The largest record, in bytes, that is delivered; a larger one is skipped and reported as
    /// ``CSVIssue/Kind/recordTooLarge(limit:)``. The reader's buffer never grows past this plus one chunk.
    public var maxRecordBytes: Int
    /// The most fields kept per record; the excess is dropped and reported as
    /// ``CSVIssue/Kind/tooManyColumns(limit:found:)``.
    public var maxColumns: Int
    /// How many issues of each kind are stored; every issue is still counted in ``CSVSummary/issueCount``.
    public var maxStoredIssuesPerKind: Int
    /// How many bytes are read from the file at a time.
    public var chunkSize: Int
    /// How many leading bytes the sniffer looks at.
    public var sniffBytes: Int

    /// Creates limits; every value is clamped to at least 1.
    public init(maxRecordBytes: Int = 16 << 20, maxColumns: Int = 20_000, maxStoredIssuesPerKind: Int = 100,
                chunkSize: Int = 1 << 20, sniffBytes: Int = 64 << 10) {
        self.maxRecordBytes = max(1, maxRecordBytes)
        self.maxColumns = max(1, maxColumns)
        self.maxStoredIssuesPerKind = max(0, maxStoredIssuesPerKind)
        self.chunkSize = max(1, chunkSize)
        self.sniffBytes = max(1, sniffBytes)
    }

    /// 16 MiB per record, 20,000 columns, 100 stored issues per kind, 1 MiB chunks, 64 KiB sniffed.
    public static let `default` = CSVLimits()
}
