import Foundation

/// The formats of `string` fields, checked as frictionless-py 5 checks them (through the Python
/// packages `validators`, `rfc3986`, `uuid` and `base64`).
enum StringFormat: String, Sendable, CaseIterable {
    case `default`, email, uri, binary, uuid, wkt

    func accepts(_ text: String) -> Bool {
        switch self {
        case .default, .wkt: true
        case .email: StringFormat.isEmail(text)
        case .uri: StringFormat.isURI(text)
        case .uuid: StringFormat.isUUID(text)
        case .binary: StringFormat.isBase64(text)
        }
    }

    // MARK: email — validators.email()

    static func isEmail(_ text: String) -> Bool {
        if let decided = isASCIIDotAtomEmail(text) { return decided }
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, scalars.filter({ $0 == "@" }).count == 1,
              let at = scalars.firstIndex(of: "@") else { return false }
        let user = Array(scalars[..<at]), domain = String(String.UnicodeScalarView(scalars[(at + 1)...]))
        guard user.count <= 64, domain.unicodeScalars.count <= 253 else { return false }
        return isEmailUser(user) && isDomain(domain)
    }

    /// The same rules on bytes for the common case, an ASCII address whose user part is a dot-atom; nil when the
    /// general path must decide (non-ASCII text, a quoted user part).
    private static func isASCIIDotAtomEmail(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let atSign = UInt8(ascii: "@"), dot = UInt8(ascii: ".")
            guard !bytes.isEmpty, let at = bytes.firstIndex(of: atSign),
                  !bytes[(at + 1)...].contains(atSign) else { return false }
            var user = bytes[..<at]
            let domain = bytes[(at + 1)...]
            guard user.count <= 64, domain.count <= 253 else { return false }
            if user.last == UInt8(ascii: "\n") { user = user.dropLast() }
            guard !user.isEmpty, user.split(separator: dot, omittingEmptySubsequences: false).allSatisfy({ part in
                !part.isEmpty && part.allSatisfy { isAtomCharacter(Unicode.Scalar($0)) }
            }) else { return nil }
            // validators.domain() on ASCII: the IDNA codec keeps it as it is (labels of 1…63 characters).
            guard !domain.isEmpty, !domain.contains(where: { (0x09...0x0D).contains($0) || (0x1C...0x20).contains($0) }),
                  !zip(domain, domain.dropFirst()).contains(where: { $0 == UInt8(ascii: "_") && $1 == UInt8(ascii: "_") })
            else { return false }
            let labels = domain.split(separator: dot, omittingEmptySubsequences: false)
            guard let last = labels.last, last.count < 64, labels.dropLast().allSatisfy({ (1..<64).contains($0.count) }) else { return false }
            let trimmed = domain.count - domain.prefix(while: { $0 == dot }).count - domain.reversed().prefix(while: { $0 == dot }).count
            guard trimmed <= 253, labels.count >= 2 else { return false }
            func isAlnum(_ byte: UInt8) -> Bool {
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            }
            guard (2...63).contains(last.count), let tldFirst = last.first, let tldLast = last.last, isAlnum(tldFirst),
                  (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(tldLast | 0x20),
                  last.allSatisfy({ isAlnum($0) || $0 == UInt8(ascii: "-") }) else { return false }
            return labels.dropLast().allSatisfy { label in
                guard (1...63).contains(label.count), let first = label.first, let lastByte = label.last,
                      isAlnum(first), isAlnum(lastByte) else { return false }
                return label.allSatisfy { isAlnum($0) || $0 == UInt8(ascii: "-") }
            }
        }
    }

    private static func isLatinExtended(_ scalar: Unicode.Scalar) -> Bool {
        (0x00A0...0x024F).contains(scalar.value)
    }

    private static func isAtomCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if isLatinExtended(scalar) { return true }
        guard scalar.isASCII else { return false }
        let byte = UInt8(scalar.value)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+/=?^_`{}|~-".utf8.contains(byte)
        }
    }

    /// `^[ext]$`, or a dot-atom, or a quoted string (IGNORECASE; Python's `$` also before a final newline).
    private static func isEmailUser(_ user: [Unicode.Scalar]) -> Bool {
        var user = user[...]
        if user.last == "\n" { user = user.dropLast() }
        if user.count == 1, let only = user.first, isLatinExtended(only) { return true }
        if !user.isEmpty, user.split(separator: ".", omittingEmptySubsequences: false)
            .allSatisfy({ !$0.isEmpty && $0.allSatisfy(isAtomCharacter) }) { return true }
        guard user.count >= 2, user.first == "\"", user.last == "\"" else { return false }
        var inner = user.dropFirst().dropLast()
        while let scalar = inner.first {
            inner = inner.dropFirst()
            if scalar == "\\", let next = inner.first, next == "\t" || next == "." {
                inner = inner.dropFirst()
                continue
            }
            let value = scalar.value
            let allowed = isLatinExtended(scalar) || (0x01...0x08).contains(value) || value == 0x0B || value == 0x0C
                || (0x0E...0x1F).contains(value) || value == 0x21 || (0x23...0x5B).contains(value) || (0x5D...0x7F).contains(value)
            guard allowed else { return false }
        }
        return true
    }

    /// validators.domain(): IDNA-encoded, no whitespace or `__`, labels of letters, digits and
    /// hyphens, a last label of at least two characters ending with a letter.
    static func isDomain(_ domain: String) -> Bool {
        guard !domain.isEmpty, !domain.unicodeScalars.contains(where: PythonText.isSpace), !PythonText.contains(domain, "__"),
              let encoded = Punycode.idnaEncode(domain),
              encoded.utf8.count - encoded.utf8.prefix(while: { $0 == UInt8(ascii: ".") }).count
                - encoded.utf8.reversed().prefix(while: { $0 == UInt8(ascii: ".") }).count <= 253 else { return false }
        let labels = encoded.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last else { return false }
        func isAlnum(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        func isHostLabel(_ label: Substring) -> Bool {
            let bytes = Array(label.utf8)
            guard (1...63).contains(bytes.count), isAlnum(bytes.first!), isAlnum(bytes.last!) else { return false }
            return bytes.allSatisfy { isAlnum($0) || $0 == UInt8(ascii: "-") }
        }
        let tld = Array(last.utf8)
        guard (2...63).contains(tld.count), isAlnum(tld.first!),
              (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(tld.last! | 0x20),
              tld.allSatisfy({ isAlnum($0) || $0 == UInt8(ascii: "-") }) else { return false }
        return labels.dropLast().allSatisfy(isHostLabel)
    }

    // MARK: uri — rfc3986 with a required scheme

    /// A scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`) followed by `:`; nothing else is checked.
    static func isURI(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first.isASCII, first.properties.isAlphabetic else { return false }
        while let scalar = scalars.next() {
            if scalar == ":" { return true }
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar)
            else { return false }
        }
        return false
    }

    // MARK: uuid — Python's UUID(hex)

    static func isUUID(_ text: String) -> Bool {
        var hex = text.replacingOccurrences(of: "urn:", with: "").replacingOccurrences(of: "uuid:", with: "")
        hex = String(hex.unicodeScalars.drop(while: { $0 == "{" || $0 == "}" }).reversed().drop(while: { $0 == "{" || $0 == "}" }).reversed()
            .map(Character.init))
        hex = hex.replacingOccurrences(of: "-", with: "")
        guard hex.unicodeScalars.count == 32 else { return false }
        // int(hex, 16): whitespace, a sign, an optional 0x prefix, hex digits with single underscores.
        var body = Array(PythonText.strip(hex).unicodeScalars)[...]
        if let sign = body.first, sign == "+" || sign == "-" { body = body.dropFirst() }
        if body.count >= 2, body.first == "0", body.dropFirst().first == "x" || body.dropFirst().first == "X" {
            body = body.dropFirst(2)
            if body.first == "_" { body = body.dropFirst() }
        }
        var sawDigit = false, afterUnderscore = false
        for scalar in body {
            if scalar == "_" {
                guard sawDigit, !afterUnderscore else { return false }
                afterUnderscore = true
            } else if scalar.properties.isASCIIHexDigit || PythonText.digitValue(scalar) != nil {
                sawDigit = true
                afterUnderscore = false
            } else {
                return false
            }
        }
        return sawDigit && !afterUnderscore
    }

    // MARK: binary — base64.b64decode(), not strict

    /// ASCII only; characters outside the alphabet are skipped; a complete padding ends the input;
    /// otherwise the data characters must fill whole quads.
    static func isBase64(_ text: String) -> Bool {
        guard PythonText.isASCII(text[...]) else { return false }
        var quadPosition = 0, pads = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "=") {
                if quadPosition >= 2 {
                    pads += 1
                    if quadPosition + pads >= 4 { return true }
                }
                continue
            }
            let isAlphabet = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
            guard isAlphabet else { continue }
            pads = 0
            quadPosition = (quadPosition + 1) & 3
        }
        return quadPosition == 0
    }
}
