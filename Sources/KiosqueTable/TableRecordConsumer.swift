/// Something that reads a table's records as text during ``TableScan``'s one pass — the loader's Table Schema
/// check, for one — so the file is read once whatever else is done with it.
///
/// The header comes first, then each data record in file order, its fields decoded from the file's encoding.
public protocol TableRecordConsumer {
    /// The header, found at the 1-based line `headerLine` (after any title lines the reader skipped).
    mutating func start(header: [String], headerLine: Int)
    /// One data record; `line` is the physical line where it starts.
    mutating func consume(_ fields: [String], line: Int)
}
