import KiosqueCSV
import KiosqueModel
import KiosqueTable

/// Profiles a small table given as text (UTF-8) or bytes.
enum TableInput {
    static func profile(_ text: String, limits: ProfileLimits? = nil) throws -> TableScan.Result {
        try TableScan.read(bytes: Array(text.utf8), options: TableScan.Options(limits: limits))
    }

    static func profile(bytes: [UInt8]) throws -> TableScan.Result {
        try TableScan.read(bytes: bytes, options: TableScan.Options())
    }

    /// The profile of the column `name`: a header line, then one value per line.
    /// A second column keeps lines with an empty value from being blank lines, which readers skip.
    static func column(_ name: String, _ values: [String]) throws -> ColumnProfile {
        let quoted = values.map { $0.contains(",") || $0.contains("\"") ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }
        let text = ([name + ",autre"] + quoted.map { $0 + ",x" }).joined(separator: "\n") + "\n"
        let result = try profile(text)
        guard let field = result.preview.fields.first else { throw Missing() }
        return field
    }

    struct Missing: Error {}

    /// A SIRET (or SIREN with `digits: 9`) whose Luhn key is right: the last digit is computed.
    static func luhnValid(_ prefix: String) -> String {
        let digits = prefix.compactMap { $0.wholeNumberValue }
        for last in 0...9 {
            let all = digits + [last]
            var sum = 0
            for (position, digit) in all.reversed().enumerated() {
                let doubled = position % 2 == 1 ? digit * 2 : digit
                sum += doubled > 9 ? doubled - 9 : doubled
            }
            if sum % 10 == 0 { return prefix + String(last) }
        }
        return prefix
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
