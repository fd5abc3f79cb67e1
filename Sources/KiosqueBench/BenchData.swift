import Foundation

/// Writes a realistic commune-style CSV (semicolon, UTF-8): ids, INSEE codes (2A/2B included), postcodes, valid SIRET,
/// dates dd/mm/yyyy and ISO date-times, amounts with a decimal comma and no-break-space groups, latitude/longitude,
/// categories, yes/no, e-mail addresses, and text with quotes, semicolons and line breaks.
struct BenchData {
    static let header = "id;code_insee;commune;code_postal;siret;date_decision;date_maj;montant;categorie;latitude;longitude;"
        + "beneficiaire;objet;actif;contact\n"
    static let communes = ["Orléans", "Saint-Jean-de-Braye", "Fleury-les-Aubrais", "Olivet", "Saran", "Ingré", "La Chapelle-Saint-Mesmin",
                           "Saint-Jean-de-la-Ruelle", "Chécy", "Mardié", "Bou", "Combreux", "Semoy", "Marigny-les-Usages",
                           "Boigny-sur-Bionne", "Saint-Hilaire-Saint-Mesmin", "Ajaccio", "Bastia", "Évry-Courcouronnes", "Île-d'Aix"]
    static let categories = ["culture", "sport", "social", "éducation", "environnement", "santé", "jeunesse", "économie"]
    static let objects = ["Subvention de fonctionnement", "Aide au projet \"Été en fête\"", "Équipement; matériel sportif",
                          "Soutien à l'emploi des jeunes", "Festival de musique, édition annuelle",
                          "Rénovation de la salle\npolyvalente (2e tranche)", "Classe de découverte"]

    private var random: UInt64 = 0x0123_4567_89AB_CDEF
    private var buffer: [UInt8] = []

    /// Generates a file of about `megabytes` MB (10^6 bytes) at `path`; returns the rows written.
    static func generate(path: String, megabytes: Int) throws -> Int {
        var data = BenchData()
        let target = megabytes * 1_000_000
        guard let file = fopen(path, "wb") else { throw CocoaError(.fileWriteUnknown) }
        defer { fclose(file) }
        data.buffer.reserveCapacity(1 << 20 + 4096)
        data.buffer.append(contentsOf: Array(header.utf8))
        var written = 0, rows = 0
        while written + data.buffer.count < target {
            rows += 1
            data.row(rows)
            if data.buffer.count >= 1 << 20 {
                written += fwrite(data.buffer, 1, data.buffer.count, file)
                data.buffer.removeAll(keepingCapacity: true)
            }
        }
        written += fwrite(data.buffer, 1, data.buffer.count, file)
        return rows
    }

    private mutating func next() -> UInt64 {
        random &+= 0x9E37_79B9_7F4A_7C15
        var z = random
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    private mutating func text(_ value: String) { buffer.append(contentsOf: value.utf8) }
    private mutating func byte(_ value: UInt8) { buffer.append(value) }

    private mutating func digits(_ value: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            buffer.append(UInt8(48 + rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    private mutating func number(_ value: Int) {
        if value >= 10 { number(value / 10) }
        buffer.append(UInt8(48 + value % 10))
    }

    private mutating func row(_ id: Int) {
        number(id)
        byte(59)
        // INSEE code: a département (2A/2B for Corsica) and three digits.
        let department = 1 + below(95)
        if department == 20 {
            text(below(2) == 0 ? "2A" : "2B")
        } else {
            digits(department, width: 2)
        }
        digits(1 + below(900), width: 3)
        byte(59)
        text(Self.communes[below(Self.communes.count)])
        byte(59)
        digits(department == 20 ? 20 : department, width: 2)
        digits(below(100) * 10, width: 3)
        byte(59)
        siret()
        byte(59)
        digits(1 + below(28), width: 2)
        byte(47)
        digits(1 + below(12), width: 2)
        byte(47)
        digits(2015 + below(10), width: 4)
        byte(59)
        digits(2020 + below(5), width: 4)
        byte(45)
        digits(1 + below(12), width: 2)
        byte(45)
        digits(1 + below(28), width: 2)
        byte(84)
        digits(below(24), width: 2)
        byte(58)
        digits(below(60), width: 2)
        byte(58)
        digits(below(60), width: 2)
        byte(59)
        amount()
        byte(59)
        text(Self.categories[below(Self.categories.count)])
        byte(59)
        coordinate(41_000_000 + below(10_000_000))
        byte(59)
        coordinate(-5_000_000 + below(14_000_000))
        byte(59)
        text("\"Association n°")
        number(below(5000))
        text(below(10) == 0 ? " \"\"Les Amis\"\"; section locale\"" : "\"")
        byte(59)
        let object = Self.objects[below(Self.objects.count)]
        if object.contains("\"") || object.contains(";") || object.contains("\n") {
            text("\"" + object.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        } else {
            text(object)
        }
        byte(59)
        text(below(3) == 0 ? "non" : "oui")
        byte(59)
        text("contact")
        number(below(2000))
        text("@asso-exemple.fr\n")
    }

    private mutating func siret() {
        var values = (0..<13).map { _ in below(10) }
        values[0] = 1 + below(9)
        // The 14th digit makes the Luhn sum a multiple of 10.
        var sum = 0
        for (position, value) in values.enumerated() {
            let doubled = position % 2 == 0 ? value * 2 : value
            sum += doubled > 9 ? doubled - 9 : doubled
        }
        values.append((10 - sum % 10) % 10)
        for value in values { buffer.append(UInt8(48 + value)) }
    }

    private mutating func amount() {
        let cents = below(100_000_000)
        let units = cents / 100
        if units >= 1000 {
            number(units / 1000)
            buffer.append(0xC2)
            buffer.append(0xA0)
            digits(units % 1000, width: 3)
        } else {
            number(units)
        }
        byte(44)
        digits(cents % 100, width: 2)
    }

    private mutating func coordinate(_ micro: Int) {
        if micro < 0 { byte(45) }
        let magnitude = abs(micro)
        number(magnitude / 1_000_000)
        byte(46)
        digits(magnitude % 1_000_000, width: 6)
    }
}
