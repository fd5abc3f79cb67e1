import KiosqueCSV
import KiosqueModel

extension ColumnAccumulator {
    /// What the column turned out to be: a Table Schema type, format and semantic kind.
    struct Verdict {
        var type: String
        var format: String?
        var semantic: String?
    }

    /// The narrowest type every non-null value fits, refined by identifiers and header hints.
    var verdict: Verdict {
        guard values > 0 else { return Verdict(type: "any") }
        if candidates.contains(.code5) {
            let mostlyRound = codesEndingInZero * 10 >= values * 6
            let insee = hints.insee || corsica || (!hints.postcode && codeLeadingZero && !mostlyRound)
            if insee { return Verdict(type: "string", semantic: "insee-commune") }
            if hints.postcode || codeLeadingZero { return Verdict(type: "string", semantic: "postcode") }
        }
        if candidates.contains(.company) && validCompanyNumbers * 10 >= values * 8 {
            return Verdict(type: "string", semantic: companyDigits == 9 ? "siren" : "siret")
        }
        if !candidates.isDisjoint(with: .numeric) {
            let type = candidates.contains(.integer) ? "integer" : "number"
            var semantic: String?
            if hints.latitude && minNumber >= -90 && maxNumber <= 90 {
                semantic = "latitude"
            } else if hints.longitude && minNumber >= -180 && maxNumber <= 180 {
                semantic = "longitude"
            } else if decimalComma {
                semantic = "decimal-comma"
            }
            return Verdict(type: type, semantic: semantic)
        }
        if candidates.contains(.boolean) { return Verdict(type: "boolean") }
        if candidates.contains(.moment) {
            if withTime {
                return Verdict(type: "datetime", format: looseDateTimes || dateOnly ? "any" : "default",
                               semantic: dayFirstDates ? "date-fr" : nil)
            }
            if isoDates && dayFirstDates { return Verdict(type: "date", format: "any") }
            return dayFirstDates ? Verdict(type: "date", format: "%d/%m/%Y", semantic: "date-fr") : Verdict(type: "date", format: "default")
        }
        if candidates.contains(.email) { return Verdict(type: "string", format: "email", semantic: "email") }
        if candidates.contains(.webAddress) { return Verdict(type: "string", format: "uri", semantic: "url") }
        return Verdict(type: "string")
    }

    /// The column's profile; `encoding` decodes the few values it shows.
    func profile(encoding: CSVEncoding, limits: ProfileLimits) -> ColumnProfile {
        let verdict = self.verdict
        let decode: (CellBytes) -> String = { encoding.decode($0) }
        func text(_ buffer: ByteBuffer) -> String { decode(buffer.bytes) }
        let top = counter.top(limits.topValues, decode: decode).map { ColumnProfile.ValueCount(value: $0.value, count: $0.count) }
        var profile = Parts()
        switch verdict.type {
        case "integer", "number":
            profile.min = text(minNumberText)
            profile.max = text(maxNumberText)
            if verdict.type == "integer", let low = Int(exactly: minNumber), let high = Int(exactly: maxNumber) {
                profile.minValue = .integer(low)
                profile.maxValue = .integer(high)
            } else {
                profile.minValue = .number(minNumber)
                profile.maxValue = .number(maxNumber)
            }
            profile.mean = numbers > 0 ? sum / Double(numbers) : nil
            if decimalComma && !decimalPoint { profile.decimalChar = "," }
            profile.groupChar = group.character
            profile.histogram = histogram(integer: verdict.type == "integer")
        case "date", "datetime":
            profile.min = text(minMomentText)
            profile.max = text(maxMomentText)
            profile.minValue = minMomentValue.map { .string($0.isoText(withTime: verdict.type == "datetime")) }
            profile.maxValue = maxMomentValue.map { .string($0.isoText(withTime: verdict.type == "datetime")) }
            profile.months = months.months.map { ColumnProfile.ValueCount(value: $0.month, count: $0.count) }
        default:
            break
        }
        // An estimate of the distinct count (about 1.6 % off) never says more than the values there are.
        return ColumnProfile(name: name, type: verdict.type, format: verdict.format, semantic: verdict.semantic, nulls: nulls,
                             distinct: min(counter.distinct, values), distinctIsExact: counter.isExact, min: profile.min, max: profile.max,
                             minValue: profile.minValue, maxValue: profile.maxValue, mean: profile.mean, top: top,
                             topIsExact: counter.isExact, minLength: values > 0 ? minLength : nil, maxLength: values > 0 ? maxLength : nil,
                             decimalChar: profile.decimalChar, groupChar: profile.groupChar, histogram: profile.histogram,
                             months: profile.months)
    }

    private struct Parts {
        var min: String?, max: String?
        var minValue: JSONValue?, maxValue: JSONValue?
        var mean: Double?
        var decimalChar: String?, groupChar: String?
        var histogram: ColumnProfile.Histogram?
        var months: [ColumnProfile.ValueCount] = []
    }

    /// Equal-width bins over the exact range, counted from the sample (exact when the sample holds every number):
    /// one bin per integer for small integer ranges, else up to 20.
    private func histogram(integer: Bool) -> ColumnProfile.Histogram? {
        guard numbers > 0, minNumber.isFinite, maxNumber.isFinite else { return nil }
        let exact = sample.isComplete
        guard maxNumber > minNumber else {
            return ColumnProfile.Histogram(lower: minNumber, upper: maxNumber, counts: [numbers], isExact: exact)
        }
        var lower = minNumber, upper = maxNumber
        var bins: Int
        if integer && maxNumber - minNumber < 20 {
            bins = Int(maxNumber - minNumber) + 1
            lower -= 0.5
            upper += 0.5
        } else {
            bins = min(20, max(2, Int(Double(numbers).squareRoot().rounded(.up))))
        }
        let width = (upper - lower) / Double(bins)
        var counts = [Int](repeating: 0, count: bins)
        for value in sample.items {
            let index = width > 0 ? Int((value - lower) / width) : 0
            counts[min(bins - 1, max(0, index))] += 1
        }
        if !exact, !sample.items.isEmpty {
            let scale = Double(numbers) / Double(sample.items.count)
            counts = counts.map { Int((Double($0) * scale).rounded()) }
        }
        return ColumnProfile.Histogram(lower: lower, upper: upper, counts: counts, isExact: exact)
    }
}

extension NumberParser.Group {
    /// Table Schema's `groupChar`.
    var character: String? {
        switch self {
        case .none: nil
        case .space: " "
        case .noBreakSpace: "\u{00A0}"
        case .narrowNoBreakSpace: "\u{202F}"
        case .point: "."
        case .comma: ","
        case .apostrophe: "'"
        }
    }
}

extension DateParser.Moment {
    /// `2024-03-05` or `2024-03-05T14:30:00`.
    func isoText(withTime: Bool) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let date = padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
        guard withTime else { return date }
        let seconds = self.seconds ?? 0
        return date + "T" + padded(seconds / 3600, 2) + ":" + padded(seconds / 60 % 60, 2) + ":" + padded(seconds % 60, 2)
    }
}
