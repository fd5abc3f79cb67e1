import KiosqueModel
import KiosqueTable
import Testing

/// What a reader of the portal sees in the data dictionary: the right type for the columns French exports hold.
@Suite struct TypeInferenceTests {
    @Test func frenchDecimalsWithSpacesAreNumbers() throws {
        let field = try TableInput.column("montant", ["1 234,50", "12,5", "-3,25", "98 000,00"])
        #expect(field.type == "number")
        #expect(field.decimalChar == ",")
        #expect(field.groupChar == " ")
        #expect(field.semantic == "decimal-comma")
        #expect(field.minValue == .number(-3.25))
        #expect(field.maxValue == .number(98_000))
        #expect(field.min == "-3,25")
        #expect(field.max == "98 000,00")
        #expect(abs((field.mean ?? 0) - (1234.5 + 12.5 - 3.25 + 98_000) / 4) < 1e-9)
    }

    @Test func noBreakSpacesSeparateThousands() throws {
        let nbsp = try TableInput.column("population", ["1\u{A0}234\u{A0}567", "12\u{A0}000", "950"])
        #expect(nbsp.type == "integer")
        #expect(nbsp.groupChar == "\u{A0}")
        #expect(nbsp.maxValue == .integer(1_234_567))
        let narrow = try TableInput.column("surface", ["1\u{202F}234,5", "87,25"])
        #expect(narrow.type == "number")
        #expect(narrow.groupChar == "\u{202F}")
        #expect(narrow.maxValue == .number(1234.5))
    }

    @Test func windows1252NoBreakSpaceIsAGroupSeparator() throws {
        // "montant;libellé" then "1 234,50" with the no-break space as the single byte 0xA0 and "é" as 0xE9.
        var bytes = Array("montant;libell".utf8) + [0xE9, 0x0A]
        bytes += Array("1".utf8) + [0xA0] + Array("234,50;caf".utf8) + [0xE9, 0x0A]
        bytes += Array("7,25;th".utf8) + [0xE9, 0x0A]
        let result = try TableInput.profile(bytes: bytes)
        #expect(result.preview.encoding == "iso-8859-1")
        #expect(result.preview.header == ["montant", "libellé"])
        let montant = try #require(result.preview.fields.first)
        #expect(montant.type == "number")
        #expect(montant.maxValue == .number(1234.5))
        #expect(result.preview.fields[1].top.map(\.value).sorted() == ["café", "thé"])
    }

    @Test func leadingZerosMakeCodesNotNumbers() throws {
        let field = try TableInput.column("chapitre", ["011", "012", "65"])
        #expect(field.type == "string")
        #expect(field.minValue == nil)
    }

    @Test func inseeCommuneCodesIncludingCorsica() throws {
        let hinted = try TableInput.column("code_insee", ["45234", "2A004", "01004", "75056"])
        #expect(hinted.type == "string")
        #expect(hinted.semantic == "insee-commune")
        let corsica = try TableInput.column("commune", ["2B033", "45234"])
        #expect(corsica.semantic == "insee-commune")
        let unhintedIntegers = try TableInput.column("quantite", ["45234", "12345"])
        #expect(unhintedIntegers.type == "integer")
        #expect(unhintedIntegers.semantic == nil)
    }

    @Test func postcodes() throws {
        let field = try TableInput.column("code_postal", ["45000", "01000", "75011"])
        #expect(field.type == "string")
        #expect(field.semantic == "postcode")
    }

    @Test func siretWithAValidLuhnKeyAndWithout() throws {
        let valid = ["7328293200007", "5520084910001", "3562107830001", "8000123450002"].map(TableInput.luhnValid)
        let siret = try TableInput.column("siret", valid + ["356 000 000 00001"])
        #expect(siret.type == "string")
        #expect(siret.semantic == "siret")
        // The same shapes with a wrong key: fourteen-digit numbers, not SIRET.
        let invalid = valid.map { String($0.dropLast()) + String((Int(String($0.last!))! + 1) % 10) }
        let numbers = try TableInput.column("siret", invalid)
        #expect(numbers.semantic != "siret")
        #expect(numbers.type == "integer")
        let siren = try TableInput.column("siren", ["73282932", "55200849", "21450234"].map(TableInput.luhnValid))
        #expect(siren.semantic == "siren")
    }

    @Test func datesDayFirstAndISO() throws {
        let french = try TableInput.column("date_decision", ["05/03/2024", "1/2/2023", "31/12/2024"])
        #expect(french.type == "date")
        #expect(french.format == "%d/%m/%Y")
        #expect(french.semantic == "date-fr")
        #expect(french.minValue == .string("2023-02-01"))
        #expect(french.maxValue == .string("2024-12-31"))
        #expect(french.months.first == ColumnProfile.ValueCount(value: "2023-02", count: 1))
        #expect(french.months.count == 23)
        let iso = try TableInput.column("jour", ["2024-03-05", "2024-02-29"])
        #expect(iso.type == "date")
        #expect(iso.format == "default")
        let impossible = try TableInput.column("jour", ["2023-02-29"])
        #expect(impossible.type == "string")
        let datetimes = try TableInput.column("horodatage", ["2024-03-05T14:30:00+01:00", "2024-03-06T08:00:00Z"])
        #expect(datetimes.type == "datetime")
        #expect(datetimes.format == "default")
        #expect(datetimes.maxValue == .string("2024-03-06T08:00:00"))
    }

    @Test func datesBetweenTheExtremesAreCheckedAndCountedToo() throws {
        // Past the first rows the extremes are set: the dates between them still count per month, and an impossible
        // one still makes the column text.
        let french = try TableInput.column("date_decision", ["01/01/2020", "31/12/2024", "15/06/2022", "15/06/2022", "29/02/2024"])
        #expect(french.type == "date")
        #expect(french.minValue == .string("2020-01-01"))
        #expect(french.maxValue == .string("2024-12-31"))
        #expect(french.months.first { $0.value == "2022-06" }?.count == 2)
        #expect(french.months.first { $0.value == "2024-02" }?.count == 1)
        #expect(try TableInput.column("date_decision", ["01/01/2020", "31/12/2024", "31/04/2022"]).type == "string")
        #expect(try TableInput.column("jour", ["2020-01-01", "2024-12-31", "2023-02-29"]).type == "string")
        let times = try TableInput.column("horodatage", ["2020-01-01T00:00:00", "2024-12-31T23:59:59", "2022-06-15T12:30:00"])
        #expect(times.type == "datetime")
        #expect(times.months.first { $0.value == "2022-06" }?.count == 1)
        #expect(try TableInput.column("horodatage", ["2020-01-01T00:00:00", "2024-12-31T23:59:59", "2022-06-15T24:00:00"]).type
            == "string")
    }

    @Test func aMixedColumnIsText() throws {
        let field = try TableInput.column("valeur", ["12", "3,5", "sans objet"])
        #expect(field.type == "string")
        #expect(field.histogram == nil)
    }

    @Test func sentinelsAreMissingValues() throws {
        let field = try TableInput.column("taux", ["1,5", "", "-", "NA", "N/A", "null", "NULL", "nd", "n.d.", "#N/A", "2,5"])
        #expect(field.nulls == 9)
        #expect(field.type == "number")
        #expect(field.distinct == 2)
        let empty = try TableInput.column("vide", ["", "-", "NA"])
        #expect(empty.type == "any")
        #expect(empty.nulls == 3)
    }

    @Test func booleansEmailsAndWebAddresses() throws {
        #expect(try TableInput.column("actif", ["oui", "non", "Oui"]).type == "boolean")
        #expect(try TableInput.column("ok", ["true", "FALSE"]).type == "boolean")
        let email = try TableInput.column("contact", ["mairie@exemple.fr", "accueil@ville-exemple.fr"])
        #expect(email.format == "email")
        #expect(email.semantic == "email")
        let url = try TableInput.column("site", ["https://www.exemple.fr/page", "http://exemple.org"])
        #expect(url.format == "uri")
        #expect(url.semantic == "url")
    }

    @Test func latitudeAndLongitudeNeedRangeAndName() throws {
        let result = try TableInput.profile("id,lat,lon,hauteur\n1,47.9,1.9,12.5\n2,47.91,1.91,8\n3,-21.1,55.5,20\n")
        let fields = result.preview.fields
        #expect(fields[1].semantic == "latitude")
        #expect(fields[2].semantic == "longitude")
        #expect(fields[3].semantic == nil)
        #expect(result.preview.coordinates == TablePreview.Coordinates(latitude: "lat", longitude: "lon"))
        #expect(result.preview.points.count == 3)
        #expect(result.preview.points.first == TablePreview.Point(latitude: 47.9, longitude: 1.9))
        // Lambert 93 metres under names x and y are not degrees.
        let lambert = try TableInput.profile("x,y\n619000,6806000\n620000,6807000\n")
        #expect(lambert.preview.fields.allSatisfy { $0.semantic == nil })
        #expect(lambert.preview.points.isEmpty)
        #expect(lambert.preview.coordinates == nil)
    }

    @Test func lengthsCountCharactersNotBytes() throws {
        let field = try TableInput.column("commune", ["Orléans", "Évry", "Bû"])
        #expect(field.minLength == 2)
        #expect(field.maxLength == 7)
    }
}
