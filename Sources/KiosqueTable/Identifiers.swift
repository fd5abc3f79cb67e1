/// Recognises the values of a cell that have a meaning beyond their type: French identifiers
/// (INSEE commune code, postcode, SIREN, SIRET), booleans, e-mail addresses and web addresses.
enum Identifiers {
    /// What a five-character code looks like.
    struct Code5 {
        /// `2A004`, `2B033`: Corsica, INSEE only.
        var corsica: Bool
        var leadingZero: Bool
        var endsInZero: Bool
    }

    /// Five digits (not starting `00`), or `2A`/`2B` and three digits.
    @inline(__always)
    static func code5(_ cell: CellBytes) -> Code5? {
        guard cell.count == 5, let base = cell.baseAddress else { return nil }
        guard NumberParser.isDigit(base[0]), NumberParser.isDigit(base[2]), NumberParser.isDigit(base[3]),
              NumberParser.isDigit(base[4]) else { return nil }
        let second = base[1]
        let corsica = base[0] == UInt8(ascii: "2") && (second | 0x20 == UInt8(ascii: "a") || second | 0x20 == UInt8(ascii: "b"))
        guard corsica || NumberParser.isDigit(second) else { return nil }
        guard !(base[0] == UInt8(ascii: "0") && second == UInt8(ascii: "0")) else { return nil }
        return Code5(corsica: corsica, leadingZero: base[0] == UInt8(ascii: "0"), endsInZero: base[4] == UInt8(ascii: "0"))
    }

    /// The digits of a SIREN (9) or SIRET (14), spaces between them allowed; nil when the cell is anything else.
    /// Returns the digit count and whether the Luhn key is right (with La Poste's exception for SIRET).
    ///
    /// Fourteen or nine digits with a right key, the usual case, are checked eight digits at a time; anything else
    /// goes through ``companyNumberDigitByDigit(_:)``.
    @inline(__always)
    static func companyNumber(_ cell: CellBytes) -> (digits: Int, valid: Bool)? {
        guard let base = cell.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        if cell.count == 14 {
            // Bytes 0-7, and 8-13 (the last eight bytes shifted; the two top bytes become "0" digits).
            let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 6, as: UInt64.self)) &>> 16 | 0x3030_0000_0000_0000
            if Cell.nonDigits(low) | Cell.nonDigits(high) == 0 {
                // From the right, every second digit is doubled: here the even positions.
                let sum = luhnSum(low, doubled: 0x00FF_00FF_00FF_00FF) &+ luhnSum(high, doubled: 0x0000_00FF_00FF_00FF)
                if sum % 10 == 0 { return (14, true) }
            }
        } else if cell.count == 9 {
            let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let last = base[8] &- 0x30
            if Cell.nonDigits(low) == 0 && last < 10 {
                let sum = luhnSum(low, doubled: 0xFF00_FF00_FF00_FF00) &+ Int(last)
                if sum % 10 == 0 { return (9, true) }
            }
        }
        return companyNumberDigitByDigit(cell)
    }

    /// Fourteen or nine digits, the first not `0`, with a right Luhn key: their count and value, read eight digits at a
    /// time; nil for anything else, which ``companyNumber(_:)`` and the number readers decide. For a column of SIRET or
    /// SIREN numbers, which are integers too until one is not, the digits are read once.
    @inline(__always)
    static func plainCompanyNumber(_ cell: CellBytes) -> (digits: Int, value: UInt64)? {
        guard let base = cell.baseAddress, cell.count > 0, base[0] != UInt8(ascii: "0") else { return nil }
        let raw = UnsafeRawPointer(base)
        if cell.count == 14 {
            let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 6, as: UInt64.self)) &>> 16 | 0x3030_0000_0000_0000
            guard Cell.nonDigits(low) | Cell.nonDigits(high) == 0,
                  (luhnSum(low, doubled: 0x00FF_00FF_00FF_00FF) &+ luhnSum(high, doubled: 0x0000_00FF_00FF_00FF)) % 10 == 0
            else { return nil }
            return (14, Cell.digitsValue(low, count: 8) &* 1_000_000 &+ Cell.digitsValue(high, count: 6))
        }
        if cell.count == 9 {
            let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let last = base[8] &- 0x30
            guard Cell.nonDigits(low) == 0, last < 10,
                  (luhnSum(low, doubled: 0xFF00_FF00_FF00_FF00) &+ Int(last)) % 10 == 0 else { return nil }
            return (9, Cell.digitsValue(low, count: 8) &* 10 &+ UInt64(last))
        }
        return nil
    }

    /// The Luhn sum of eight digits (ASCII) in a word: the digits in the `doubled` bytes count twice, less 9 when
    /// that makes two digits. Every byte stays below 19, so one multiplication adds them up.
    @inline(__always)
    private static func luhnSum(_ word: UInt64, doubled: UInt64) -> Int {
        let digits = word & 0x0F0F_0F0F_0F0F_0F0F
        let twice = digits & doubled
        let large = ((twice &+ 0x0303_0303_0303_0303) & 0x0808_0808_0808_0808) &>> 3
        let values = (digits & ~doubled) &+ twice &* 2 &- large &* 9
        return Int(truncatingIfNeeded: (values &* 0x0101_0101_0101_0101) &>> 56)
    }

    @inline(never)
    static func companyNumberDigitByDigit(_ cell: CellBytes) -> (digits: Int, valid: Bool)? {
        let count = cell.count
        guard count == 14 || count == 9 || (count > 9 && count <= 17), let base = cell.baseAddress else { return nil }
        // Luhn doubles every second digit from the right; `doubled` maps a digit to its doubled digit sum.
        let doubled: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int) = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)
        var sum = 0, plain = 0, digits = 0
        var index = count - 1
        while index >= 0 {
            let byte = base[index]
            index -= 1
            if byte == 0x20 { continue }
            let digit = Int(byte &- 0x30)
            guard digit < 10, digit >= 0 else { return nil }
            if digits & 1 == 1 {
                sum += withUnsafeBytes(of: doubled) { $0.load(fromByteOffset: digit * MemoryLayout<Int>.stride, as: Int.self) }
            } else {
                sum += digit
            }
            plain += digit
            digits += 1
        }
        guard digits == 9 || digits == 14 else { return nil }
        if sum % 10 == 0 { return (digits, true) }
        // La Poste's establishments share the SIREN 356 000 000; their SIRET digits add up to a multiple of 5.
        if digits == 14 && Self.startsWithLaPoste(base, count) { return (digits, plain % 5 == 0) }
        return (digits, false)
    }

    private static func startsWithLaPoste(_ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var expected = Array("356000000".utf8)[...]
        var index = 0
        while index < count, let next = expected.first {
            if base[index] != 0x20 {
                guard base[index] == next else { return false }
                expected = expected.dropFirst()
            }
            index += 1
        }
        return expected.isEmpty
    }

    /// `true`/`false`, `vrai`/`faux`, `oui`/`non`, `yes`/`no`, in any case.
    @inline(__always)
    static func isBoolean(_ cell: CellBytes) -> Bool {
        guard cell.count >= 2, cell.count <= 5, let base = cell.baseAddress else { return false }
        var word: UInt64 = 0
        for index in 0..<cell.count { word = word << 8 | UInt64(base[index] | 0x20) }
        switch word {
        case 0x74_72_75_65, 0x66_61_6C_73_65, // true, false
             0x76_72_61_69, 0x66_61_75_78, // vrai, faux
             0x6F_75_69, 0x6E_6F_6E, // oui, non
             0x79_65_73, 0x6E_6F: // yes, no
            return true
        default:
            return false
        }
    }

    /// `local@domain.tld`: one `@`, no space, a dot in the domain that neither starts nor ends it.
    static func isEmail(_ cell: CellBytes) -> Bool {
        let count = cell.count
        guard count >= 5, count <= 254, let base = cell.baseAddress else { return false }
        var at = -1, lastDot = -1, index = 0
        while index < count {
            let byte = base[index]
            // Bytes that cannot appear: controls and space, `,` `;` `<` `>`; `@` and `.` are looked at.
            if byte <= UInt8(ascii: "@") {
                if byte == UInt8(ascii: "@") {
                    guard at < 0 else { return false }
                    at = index
                } else if byte == UInt8(ascii: ".") {
                    lastDot = index
                } else if byte <= 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "<")
                            || byte == UInt8(ascii: ">") {
                    return false
                }
            }
            index += 1
        }
        return at > 0 && lastDot > at + 1 && lastDot < count - 1
    }

    /// `http://…` or `https://…` without spaces.
    static func isWebAddress(_ cell: CellBytes) -> Bool {
        guard cell.count > 8, let base = cell.baseAddress else { return false }
        guard base[0] | 0x20 == UInt8(ascii: "h"), base[1] | 0x20 == UInt8(ascii: "t"), base[2] | 0x20 == UInt8(ascii: "t"),
              base[3] | 0x20 == UInt8(ascii: "p") else { return false }
        var index = 4
        if base[index] | 0x20 == UInt8(ascii: "s") { index += 1 }
        guard base[index] == UInt8(ascii: ":"), base[index + 1] == UInt8(ascii: "/"), base[index + 2] == UInt8(ascii: "/") else { return false }
        index += 3
        guard index < cell.count else { return false }
        while index < cell.count {
            if base[index] <= 0x20 { return false }
            index += 1
        }
        return true
    }
}
