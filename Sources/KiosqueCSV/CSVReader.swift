/// A streaming CSV reader: sniffs the dialect from the first bytes, then reads the file in chunks
/// through a byte-level state machine, so memory stays bounded whatever the file size.
///
/// ```swift
/// var reader = try CSVReader(path: "subventions.csv")
/// let summary = try reader.read(header: { print($0) }) { record in
///     print(record.line, record.fields)
///     return true   // false stops early
/// }
/// ```
///
/// Parsing follows RFC 4180 and what real exports do: quoted fields may hold delimiters, line
/// breaks and doubled quotes; a quote inside an unquoted field is kept; LF, CRLF and CR all end
/// records; empty lines are skipped but counted in line numbers; a leading UTF-8 byte-order mark
/// is always skipped. The records and line numbers are those of Python's `csv` module.
///
/// How the module is built, in the order bytes flow through it:
///
/// ```
/// file ──pread(2), 1 MiB chunks──▶ CSVScanner (byte state machine, field bounds, SWAR search)
///   first 64 KiB ──▶ CSVSniffer (encoding, delimiter, line ending, preamble, binary)
///   CSVScanner ──▶ CSVRawRecord (byte slices) ──▶ run: preamble, header, ragged/limit issues
///     ──▶ readRaw: slices to the caller   ──▶ read: CSVEncoding.decode ──▶ CSVRecord ([String])
/// ```
///
/// Memory is one buffer of a chunk plus the record in progress (capped by ``CSVLimits``), whatever
/// the file size; the reader opens the file once and every ``read(header:record:)`` starts over.
public struct CSVReader: Sendable {
    /// The dialect used to read: the one given, or the one sniffed from the first bytes.
    public let dialect: CSVDialect
    /// True when the first bytes show the input is not text; ``read(header:record:)`` then parses nothing.
    public let isBinary: Bool
    /// The limits that bound memory.
    public let limits: CSVLimits
    let source: CSVByteSource

    /// The size of the input in bytes.
    public var byteCount: Int { source.size }
    let byteOrderMarkLength: Int

    /// Opens the file at `path` and sniffs its first ``CSVLimits/sniffBytes`` bytes unless `dialect` is given.
    /// - Throws: ``CSVReaderError`` when the file cannot be opened or read.
    public init(path: String, dialect: CSVDialect? = nil, limits: CSVLimits = .default) throws {
        let source = CSVByteSource.file(try CSVFile(path: path))
        let prefix = try source.prefix(limits.sniffBytes)
        self.init(source: source, prefix: prefix, dialect: dialect, limits: limits)
    }

    /// Reads from bytes in memory, for tests and small inputs.
    public init(bytes: [UInt8], dialect: CSVDialect? = nil, limits: CSVLimits = .default) {
        let source = CSVByteSource.bytes(bytes)
        self.init(source: source, prefix: Array(bytes.prefix(limits.sniffBytes)), dialect: dialect, limits: limits)
    }

    private init(source: CSVByteSource, prefix: [UInt8], dialect: CSVDialect?, limits: CSVLimits) {
        self.source = source
        self.limits = limits
        self.isBinary = CSVSniffer.isBinary(prefix)
        self.dialect = dialect ?? CSVSniffer.dialect(of: prefix, isWholeInput: prefix.count >= source.size)
        self.byteOrderMarkLength = prefix.starts(with: CSVSniffer.byteOrderMark) ? 3 : 0
    }

    /// Guesses the dialect from a file's first bytes (about 64 KiB): the encoding, the delimiter
    /// among `,` `;` tab `|` whose field counts agree best across records, the first line ending
    /// outside quotes, and one-cell preamble lines before the header. A prefix shorter than
    /// ``CSVLimits/sniffBytes`` is taken to be the whole file.
    public static func sniff(_ prefix: [UInt8]) -> CSVDialect {
        CSVSniffer.dialect(of: prefix, isWholeInput: prefix.count < CSVLimits.default.sniffBytes)
    }

    /// True when `prefix` (a file's first bytes) holds a NUL byte or more than 10% of control bytes.
    public static func looksBinary(_ prefix: [UInt8]) -> Bool {
        CSVSniffer.isBinary(prefix)
    }

    /// Streams every data record as Strings, after handing the header to `header`.
    ///
    /// Preamble lines are skipped; the next record is the header. Return false from `record` to stop
    /// early. Problems inside the file are ``CSVIssue``s in the summary, never errors.
    /// - Throws: ``CSVReaderError`` when reading fails, or what a closure throws.
    public mutating func read(header: ([String]) throws -> Void = { _ in },
                              record body: (CSVRecord) throws -> Bool) throws -> CSVSummary {
        let encoding = dialect.encoding
        return try run(header: header) { raw, issues in
            let fields: [String]
            if encoding.isUTF8 && UTF8Validator.isValid(raw.text, allowTruncatedEnd: false) {
                // Fields are slices of valid UTF-8 cut at ASCII bytes, so each is valid too.
                fields = raw.map { String(decoding: $0, as: UTF8.self) }
            } else {
                var invalid = false
                fields = raw.map { encoding.decode($0, invalid: &invalid) }
                if invalid { issues.add(.invalidEncoding, line: raw.line) }
            }
            return try body(CSVRecord(fields: fields, line: raw.line))
        }
    }

    /// Streams every data record as byte slices, after handing the header (as Strings) to `header`.
    ///
    /// The fields are in the file's encoding and valid only during the call; see ``CSVRawRecord``.
    /// Same records, line numbers and issues as ``read(header:record:)``, except that encoding
    /// errors in data records are not looked for.
    public mutating func readRaw(header: ([String]) throws -> Void = { _ in },
                                 record body: (CSVRawRecord) throws -> Bool) throws -> CSVSummary {
        try run(header: header) { raw, _ in try body(raw) }
    }

    /// Streams every data record as byte slices, like ``readRaw(header:record:)``, except that the bytes of the fields
    /// (not the ``CSVRawRecord`` itself) stay valid after the call: until the reader calls `release`, which it does
    /// before it overwrites them (about once per chunk read) and once at the end. A consumer can so keep the slices
    /// of many records and process them in a batch, without copying their bytes.
    public mutating func readRaw(header: ([String]) throws -> Void = { _ in },
                                 record body: (CSVRawRecord) throws -> Bool,
                                 release: () throws -> Void) throws -> CSVSummary {
        try withoutActuallyEscaping(release) { release in
            try run(header: header, record: { raw, _ in try body(raw) }, release: release)
        }
    }

    /// Reads a whole input into memory: for small files and tests.
    public static func readAll(path: String, dialect: CSVDialect? = nil, limits: CSVLimits = .default)
        throws -> (header: [String], records: [CSVRecord], summary: CSVSummary) {
        var reader = try CSVReader(path: path, dialect: dialect, limits: limits)
        return try reader.readAll()
    }

    /// Reads bytes in memory completely: for tests.
    public static func readAll(bytes: [UInt8], dialect: CSVDialect? = nil, limits: CSVLimits = .default)
        throws -> (header: [String], records: [CSVRecord], summary: CSVSummary) {
        var reader = CSVReader(bytes: bytes, dialect: dialect, limits: limits)
        return try reader.readAll()
    }

    private mutating func readAll() throws -> (header: [String], records: [CSVRecord], summary: CSVSummary) {
        var records: [CSVRecord] = []
        let summary = try read { record in
            records.append(record)
            return true
        }
        return (summary.header, records, summary)
    }
}
