/// One record's fields as raw bytes, for readers that want to avoid creating Strings.
///
/// Each field is an `UnsafeBufferPointer<UInt8>` in the file's encoding (see ``CSVDialect/encoding``;
/// ``CSVEncoding/decode(_:)`` turns one into a String), quotes removed and doubled quotes undone.
/// The pointers are only valid during the closure call that receives the record: copy what you keep (or read with
/// ``CSVReader/readRaw(header:record:release:)``). Raw bytes are not checked for encoding errors. At least 8 bytes past
/// the end of every field may be read (they belong to the reader's memory): a consumer may load a field a word at a time.
public struct CSVRawRecord: RandomAccessCollection {
    /// The 1-based physical line where the record starts.
    public let line: Int
    @usableFromInline let fields: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>
    /// The record as written, quotes included, terminator excluded. Fields without doubled quotes are slices of it;
    /// the others point elsewhere. A reader that keeps records can copy it whole and rebase the slices inside it.
    public let text: UnsafeBufferPointer<UInt8>

    init(line: Int, fields: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>, text: UnsafeBufferPointer<UInt8>) {
        self.line = line
        self.fields = fields
        self.text = text
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { fields.count }

    /// Every field's bytes, in one contiguous buffer of slices (valid as long as the fields): for a reader that copies
    /// the slices of a record at once.
    @inlinable public var slices: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>> { fields }

    /// The bytes of field `index`.
    @inlinable public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        fields[index]
    }
}

@available(*, unavailable, message: "the field pointers are only valid inside the reading closure")
extension CSVRawRecord: Sendable {}
