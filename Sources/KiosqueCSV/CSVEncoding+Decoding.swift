extension CSVEncoding {
    /// Transcodes one field's raw bytes (as handed out by ``CSVReader/readRaw(header:record:)``) to a String.
    ///
    /// For the UTF-8 encodings, bytes that are not valid UTF-8 are read as Windows-1252.
    public func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var invalid = false
        return decode(bytes, invalid: &invalid)
    }

    /// Transcodes a field; sets `invalid` when UTF-8 had to be repaired.
    @inline(__always)
    func decode(_ bytes: UnsafeBufferPointer<UInt8>, invalid: inout Bool) -> String {
        switch self {
        case .utf8, .utf8BOM:
            return CSVEncoding.decodeUTF8(bytes, invalid: &invalid)
        case .windows1252, .iso88591, .utf8BOMWindows1252:
            return CodePage.windows1252.string(bytes)
        }
    }

    private static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, invalid: inout Bool) -> String {
        // Checking first, then `String(decoding:)`, is several times faster than the generic
        // `String(validating:as:)`, which looks up type metadata on every call.
        if UTF8Validator.isASCII(bytes) || UTF8Validator.isValid(bytes, allowTruncatedEnd: false) {
            return String(decoding: bytes, as: UTF8.self)
        }
        invalid = true
        return repairedUTF8(bytes)
    }

    /// Keeps every valid UTF-8 sequence and reads each other byte as Windows-1252.
    private static func repairedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let codePage = CodePage.windows1252
        return String(unsafeUninitializedCapacity: bytes.count * 3) { output in
            guard let target = output.baseAddress else { return 0 }
            var written = 0
            var index = 0
            while index < bytes.count {
                if case let .valid(length) = UTF8Validator.sequenceLength(bytes, at: index) {
                    for offset in 0..<length { target[written + offset] = bytes[index + offset] }
                    written += length
                    index += length
                } else {
                    written += codePage.write(bytes[index], to: target + written)
                    index += 1
                }
            }
            return written
        }
    }
}
