import KiosqueCSV

/// Writes one field's raw bytes as UTF-8 into a sink: as a CSV field (quoted when needed) or a JSON string.
struct FieldWriter {
    let encoding: CSVEncoding
    private var scratch: UnsafeMutablePointer<UInt8>
    private var scratchCapacity: Int
    /// Fields whose bytes were not valid UTF-8 and were read as Windows-1252.
    private(set) var repaired = 0

    init(encoding: CSVEncoding) {
        self.encoding = encoding
        scratchCapacity = 4096
        scratch = .allocate(capacity: scratchCapacity)
    }

    func release() { scratch.deallocate() }

    /// A CSV field for a comma-separated file: quoted, with quotes doubled, when it holds `,` `"` CR or LF.
    mutating func csv(_ field: CellBytes, to sink: ByteSink) throws {
        var needsQuotes = false
        for byte in field where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            try transcode(field, into: sink)
            return
        }
        let text = transcodeToScratch(field)
        let target = try sink.reserve(2 * text.count + 2)
        var written = 0
        target[written] = UInt8(ascii: "\"")
        written += 1
        for byte in text {
            target[written] = byte
            written += 1
            if byte == UInt8(ascii: "\"") {
                target[written] = byte
                written += 1
            }
        }
        target[written] = UInt8(ascii: "\"")
        sink.advance(written + 1)
    }

    /// A JSON string, with `"`, `\` and control characters escaped.
    mutating func json(_ field: CellBytes, to sink: ByteSink) throws {
        var needsEscapes = false
        for byte in field where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            needsEscapes = true
            break
        }
        try sink.append(UInt8(ascii: "\""))
        if needsEscapes {
            let text = transcodeToScratch(field)
            let target = try sink.reserve(6 * text.count)
            var written = 0
            for byte in text {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    target[written] = UInt8(ascii: "\\")
                    target[written + 1] = byte
                    written += 2
                case 0x0A, 0x0D, 0x09:
                    target[written] = UInt8(ascii: "\\")
                    target[written + 1] = byte == 0x0A ? UInt8(ascii: "n") : byte == 0x0D ? UInt8(ascii: "r") : UInt8(ascii: "t")
                    written += 2
                case ..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    for (offset, character) in [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                                 hex[Int(byte >> 4)], hex[Int(byte & 0xF)]].enumerated() {
                        target[written + offset] = character
                    }
                    written += 6
                default:
                    target[written] = byte
                    written += 1
                }
            }
            sink.advance(written)
        } else {
            try transcode(field, into: sink)
        }
        try sink.append(UInt8(ascii: "\""))
    }

    private mutating func transcode(_ field: CellBytes, into sink: ByteSink) throws {
        let target = try sink.reserve(3 * field.count)
        let result = encoding.transcode(field, to: target)
        if result.repaired { repaired += 1 }
        sink.advance(result.count)
    }

    private mutating func transcodeToScratch(_ field: CellBytes) -> CellBytes {
        if scratchCapacity < 3 * field.count {
            scratch.deallocate()
            scratchCapacity = 3 * field.count
            scratch = .allocate(capacity: scratchCapacity)
        }
        let result = encoding.transcode(field, to: scratch)
        if result.repaired { repaired += 1 }
        return CellBytes(start: scratch, count: result.count)
    }
}
