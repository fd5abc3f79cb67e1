/// What a column's header name suggests: coordinates, commune codes, postcodes.
/// Values decide the type; names only break ties between shapes that look alike (a latitude and any small
/// decimal, an INSEE code and a postcode).
struct ColumnHints: Sendable, Equatable {
    var latitude = false
    var longitude = false
    var insee = false
    var postcode = false

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
