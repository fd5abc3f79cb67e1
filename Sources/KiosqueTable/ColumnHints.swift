import Foundation

/// What a column's header name suggests: coordinates, commune codes, postcodes.
/// Values decide the type; names only break ties between shapes that look alike (a latitude and any small
/// decimal, an INSEE code and a postcode).
struct ColumnHints: Sendable, Equatable {
    var latitude = false
    var longitude = false
    var insee = false
    var postcode = false

    /// The hints of a header name, each name worked out once per process: a portal's tables repeat their column
    /// names (`code_insee`, `date`), and the Unicode-aware splitting took 1.5 % of a build of 5,000 small tables.
    static func of(_ name: String) -> ColumnHints {
        known.lock.lock()
        if let hints = known.hints[name] {
            known.lock.unlock()
            return hints
        }
        known.lock.unlock()
        let hints = ColumnHints(name: name)
        known.lock.lock()
        if known.hints.count < 10_000 { known.hints[name] = hints }
        known.lock.unlock()
        return hints
    }

    private final class Known: @unchecked Sendable {
        let lock = NSLock()
        var hints: [String: ColumnHints] = [:]
    }

    private static let known = Known()

    init(name: String) {
        let folded = Self.fold(name)
        let tokens = folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        let joined = tokens.joined()
        latitude = tokens.contains { ["lat", "y", "ylat", "wgs84lat"].contains($0) || $0.contains("latitude") }
        longitude = tokens.contains { ["lon", "lng", "long", "x", "xlon", "xlong", "wgs84lon"].contains($0) || $0.contains("longitude") }
        if latitude && longitude { (latitude, longitude) = (false, false) }
        insee = joined.contains("insee") || joined.contains("codgeo") || joined.contains("depcom") || joined.contains("codecommune")
            || joined.contains("codecom") || tokens.contains("cog") || tokens.contains("com")
        postcode = joined.contains("postal") || joined.contains("postcode") || joined.contains("zipcode")
            || tokens.contains("cp") || tokens.contains("zip") || tokens.contains("codepostal")
        if insee && postcode { insee = joined.contains("insee") }
    }

    /// Lower case without accents, for the letters French headers use.
    static func fold(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            switch character {
            case "à", "â", "ä": result.append("a")
            case "é", "è", "ê", "ë": result.append("e")
            case "î", "ï": result.append("i")
            case "ô", "ö": result.append("o")
            case "ù", "û", "ü": result.append("u")
            case "ç": result.append("c")
            default: result.append(character)
            }
        }
        return result
    }
}
