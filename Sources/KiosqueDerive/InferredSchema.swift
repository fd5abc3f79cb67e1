import KiosqueModel

/// A Table Schema inferred from what the profiler saw in the whole file. Only what Frictionless will find true
/// of every row is declared: a column is `integer`, `number`, `boolean`, `date` or `datetime` when its profile says
/// so in a notation Frictionless reads (with the options stated here); any other column, and every column of a
/// file without profiles, is `string`.
public enum InferredSchema {
    public static func schema(_ table: TablePreview) -> JSONValue {
        let profiles = table.fields.count == table.header.count ? table.fields : []
        var typedWithNulls = false
        let fields: [JSONValue] = table.header.enumerated().map { index, label in
            // Frictionless decodes a Windows-1252 file behind a UTF-8 byte-order mark with the mark as text.
            let name = index == 0 && table.encoding == "windows-1252-bom" ? "\u{EF}\u{BB}\u{BF}" + label : label
            var field: [String: JSONValue] = ["name": .string(name)]
            let typed = index < profiles.count ? type(of: profiles[index]) : ["type": "string"]
            field.merge(typed) { $1 }
            if typed["type"] != "string", index < profiles.count, profiles[index].nulls > 0 { typedWithNulls = true }
            return .object(field)
        }
        // The profiler counts `NA`, `-`, `null`… as missing; Frictionless must too, or a typed column fails on them.
        let missing = typedWithNulls ? [""] + nullSentinels : [""]
        return ["fields": .array(fields), "missingValues": .array(missing.map(JSONValue.string))]
    }

    /// The Table Schema type of a profiled column, with the options Frictionless needs to read every value.
    static func type(of profile: ColumnProfile) -> [String: JSONValue] {
        switch profile.type {
        case "integer" where profile.groupChar == nil:
            return ["type": "integer"]
        case "integer", "number":
            // Frictionless reads one decimal mark: a column that mixes `1,5` and `1.5` stays text.
            if profile.semantic == "decimal-comma" && profile.decimalChar == nil { return ["type": "string"] }
            var type: [String: JSONValue] = ["type": "number"]
            if let decimal = profile.decimalChar { type["decimalChar"] = .string(decimal) }
            if let group = profile.groupChar {
                type["groupChar"] = .string(group)
                if group == ".", profile.decimalChar == nil { type["decimalChar"] = "," }
            }
            return type
        case "boolean":
            return boolean(profile) ?? ["type": "string"]
        case "date":
            switch profile.format {
            case "default": return ["type": "date"]
            case let format? where format.hasPrefix("%"): return ["type": "date", "format": .string(format)]
            default: return ["type": "date", "format": "any"]
            }
        case "datetime":
            return ["type": "datetime", "format": "any"]
        default:
            return ["type": "string"]
        }
    }

    /// A boolean column whose every distinct value is known: the spellings it uses become its true and false values.
    static func boolean(_ profile: ColumnProfile) -> [String: JSONValue]? {
        guard profile.distinctIsExact, profile.topIsExact, profile.top.count >= profile.distinct else { return nil }
        let trueWords: Set<String> = ["true", "vrai", "oui", "yes"]
        let falseWords: Set<String> = ["false", "faux", "non", "no"]
        var trues: [JSONValue] = [], falses: [JSONValue] = []
        for value in profile.top.map(\.value).sorted() {
            if trueWords.contains(value.lowercased()) {
                trues.append(.string(value))
            } else if falseWords.contains(value.lowercased()) {
                falses.append(.string(value))
            } else {
                return nil
            }
        }
        // Table Schema needs at least one spelling on each side.
        if trues.isEmpty { trues = ["true"] }
        if falses.isEmpty { falses = ["false"] }
        return ["type": "boolean", "trueValues": .array(trues), "falseValues": .array(falses)]
    }

    /// The missing-value sentinels of the profiler, in every letter case it accepts.
    static let nullSentinels: [String] = {
        var all: [String] = []
        for word in ["-", "--", "?", "na", "nd", "n/a", "nan", "null", "none", "#n/a", "n.d."] {
            var variants = [""]
            for character in word {
                let forms = character.isLetter ? [String(character), character.uppercased()] : [String(character)]
                variants = variants.flatMap { prefix in forms.map { prefix + $0 } }
            }
            all += variants
        }
        return all
    }()
}
