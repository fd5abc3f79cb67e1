extension CSVEncoding {
    /// Writes the UTF-8 form of one field's raw bytes (as handed out by ``CSVReader/readRaw(header:record:)``)
    /// at `output`, which must have room for `3 * bytes.count` bytes; returns how many bytes were written and
    /// whether bytes that are not valid UTF-8 had to be read as Windows-1252 (UTF-8 encodings only).
    ///
    /// For writers that copy a table without creating Strings: UTF-8 output files, JSON.
    public func transcode(_ bytes: UnsafeBufferPointer<UInt8>, to output: UnsafeMutablePointer<UInt8>) -> (count: Int, repaired: Bool) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return (0, false) }
        if UTF8Validator.isASCII(bytes) {
            output.update(from: base, count: bytes.count)
            return (bytes.count, false)
        }
        let codePage = CodePage.windows1252
        switch self {
        case .utf8, .utf8BOM:
            if UTF8Validator.isValid(bytes, allowTruncatedEnd: false) {
                output.update(from: base, count: bytes.count)
                return (bytes.count, false)
            }
            var written = 0, index = 0
            while index < bytes.count {
                if case let .valid(length) = UTF8Validator.sequenceLength(bytes, at: index) {
                    for offset in 0..<length { output[written + offset] = bytes[index + offset] }
                    written += length
                    index += length
                } else {
                    written += codePage.write(bytes[index], to: output + written)
                    index += 1
                }
            }
            return (written, true)
        case .windows1252, .iso88591, .utf8BOMWindows1252:
            var written = 0
            for byte in bytes { written += codePage.write(byte, to: output + written) }
            return (written, false)
        }
    }
}
