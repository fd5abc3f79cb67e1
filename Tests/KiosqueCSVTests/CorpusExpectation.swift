import KiosqueCSV
import Testing

/// What reading one corpus file must give. The numbers were obtained independently with Python's
/// `csv` module (`newline=''`, the delimiter below, blank rows dropped, the header excluded) and
/// agree with every shape given in corpus/MANIFEST.md; encodings follow MANIFEST-files.tsv's
/// byte-level check (strict UTF-8, else windows-1252 when 0x80–0x9F occurs, else iso-8859-1).
///
/// Files worth a remark:
/// - bal-strasbourg-sample-windows1252.csv is named "windows1252" but holds no byte in 0x80–0x9F:
///   its bytes cannot tell Windows-1252 from ISO-8859-1 (both decode it identically), so iso-8859-1.
/// - rne-conseillers-departementaux-2019-latin1-tab.txt: its first byte in 0x80–0x9F (0x9C, œ) sits at
///   offset 314,643, far past the 64 KiB sniff; the sniff says iso-8859-1 and the full read reports
///   windows-1252. Its one-cell "Titre du rapport" line is a preamble: the header is line 2.
/// - lanester-programme-investissements-evolution.csv is genuinely malformed: unquoted commas in
///   HTML give 16 and 15 fields on lines 2 and 12 (header: 14); Python counts those rows too.
/// - dispositif-aide/exemple-valide.csv has a single data record spread over many lines by quoted
///   newlines: the delimiter is sniffed from two records only.
/// - subventions-ville-poitiers-2017.csv has commas all through its prose; only a quote-aware count
///   finds the semicolon.
/// - Line endings are the record terminator seen first outside quotes: "CRLF+LF" files in the
///   MANIFEST use CRLF between records and LF inside quoted cells.
struct CorpusExpectation: Sendable, CustomTestStringConvertible {
    let path: String
    let encoding: CSVEncoding
    let delimiter: String
    let lineEnding: CSVLineEnding
    let rows: Int
    let columns: Int
    let preamble: Int
    let ragged: Int

    init(_ path: String, _ encoding: CSVEncoding, _ delimiter: String, _ lineEnding: CSVLineEnding,
         rows: Int, columns: Int, preamble: Int = 0, ragged: Int = 0) {
        self.path = path
        self.encoding = encoding
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.rows = rows
        self.columns = columns
        self.preamble = preamble
        self.ragged = ragged
    }

    var testDescription: String { path }

    static let all: [CorpusExpectation] = [
        .init("real-csv/aiglun-depenses-engagees.csv", .utf8, ";", .lf, rows: 37, columns: 4),
        .init("real-csv/aiglun-depenses-urbanisme.csv", .utf8, ";", .lf, rows: 20, columns: 7),
        .init("real-csv/aiglun-presences-conseil-municipal.csv", .utf8, ";", .lf, rows: 425, columns: 5),
        .init("real-csv/bal-aliases-dbf-truncated-headers.csv", .utf8, ";", .lf, rows: 1, columns: 14),
        .init("real-csv/bal-locales-multilingue.csv", .utf8, ";", .lf, rows: 2, columns: 6),
        .init("real-csv/bal-strasbourg-sample-utf8-bom.csv", .utf8BOM, ";", .lf, rows: 15, columns: 13),
        .init("real-csv/bal-strasbourg-sample-windows1252.csv", .iso88591, ";", .lf, rows: 15, columns: 13),
        .init("real-csv/datagouv-catalog-datasets-univers-culture.csv", .utf8, ",", .lf, rows: 1045, columns: 9),
        .init("real-csv/datagouv-catalogue-culture-global.csv", .utf8, ";", .lf, rows: 262, columns: 48),
        .init("real-csv/irve-consolidation-2019-bornes.csv", .utf8, ";", .crlf, rows: 10030, columns: 18),
        .init("real-csv/lanester-budget-2019-depenses-fonctionnement.csv", .utf8, ",", .crlf, rows: 7, columns: 3),
        .init("real-csv/lanester-budget-2019-synthese.csv", .utf8, ",", .crlf, rows: 2, columns: 3),
        .init("real-csv/lanester-programme-investissements-evolution.csv", .utf8, ",", .crlf, rows: 14, columns: 14, ragged: 2),
        .init("real-csv/prenoms-digne-les-bains-2017.csv", .utf8, ",", .crlf, rows: 304, columns: 6),
        .init("real-csv/rne-conseillers-departementaux-2019-latin1-tab.txt", .windows1252, "\t", .crlf, rows: 4026, columns: 13, preamble: 1),
        .init("real-csv/rne-conseillers-regionaux.csv", .utf8, ",", .lf, rows: 1753, columns: 13),
        .init("real-csv/rne-elus-afe.csv", .utf8, ";", .crlf, rows: 90, columns: 9),
        .init("real-csv/subventions-dep-haute-garonne.csv", .utf8, ";", .crlf, rows: 69, columns: 14),
        .init("real-csv/subventions-dep-lot-2017.csv", .windows1252, ";", .crlf, rows: 34, columns: 14),
        .init("real-csv/subventions-dep-nievre-2016.csv", .iso88591, ",", .crlf, rows: 97, columns: 17),
        .init("real-csv/subventions-dep-somme-20180302.csv", .utf8BOMWindows1252, ";", .crlf, rows: 41, columns: 13),
        .init("real-csv/subventions-dep-somme-20180330.csv", .windows1252, ";", .crlf, rows: 11, columns: 13),
        .init("real-csv/subventions-ville-poitiers-2017.csv", .utf8, ";", .crlf, rows: 562, columns: 11),
        .init("scdl/prenoms/exemple-invalide.csv", .utf8, ",", .lf, rows: 16, columns: 6),
        .init("scdl/prenoms/exemple-valide.csv", .utf8, ",", .lf, rows: 16, columns: 6),
        .init("scdl/subventions/exemple-invalide-colonne-dupliquee.csv", .iso88591, ",", .lf, rows: 29, columns: 15),
        .init("scdl/subventions/exemple-invalide-erreurs-cellules.csv", .utf8, ",", .lf, rows: 29, columns: 15),
        .init("scdl/subventions/exemple-invalide-erreurs-colonnes.csv", .utf8, ",", .lf, rows: 29, columns: 15),
        .init("scdl/subventions/exemple-valide.csv", .utf8, ",", .lf, rows: 29, columns: 16),
        .init("table-schemas/arbres-urbains/exemple-valide.csv", .utf8, ";", .crlf, rows: 4, columns: 31),
        .init("table-schemas/bal-adresses/exemple-invalide-id-ban-commune.csv", .utf8, ";", .lf, rows: 1, columns: 16),
        .init("table-schemas/bal-adresses/exemple-valide-1.4.csv", .utf8, ";", .lf, rows: 2, columns: 16),
        .init("table-schemas/be-wallonie-equipements-collectifs/exemple-valide.csv", .utf8, ",", .lf, rows: 1, columns: 27),
        .init("table-schemas/be-wallonie-marches/exemple-valide.csv", .utf8, ",", .crlf, rows: 1, columns: 27),
        .init("table-schemas/catalogue-donnees-etalab/exemple-valide.csv", .utf8, ",", .lf, rows: 1, columns: 17),
        .init("table-schemas/dispositif-aide/exemple-valide.csv", .utf8, ",", .crlf, rows: 1, columns: 15),
        .init("table-schemas/fontaines-eau/exemple-valide.csv", .utf8, ",", .crlf, rows: 3, columns: 15),
        .init("table-schemas/irve-dynamique/exemple-valide.csv", .utf8, ",", .lf, rows: 2, columns: 8),
        .init("table-schemas/irve-statique/exemple-valide.csv", .utf8, ",", .lf, rows: 2, columns: 40),
        .init("table-schemas/irve-v1-2019/exemple-invalide.csv", .utf8, ";", .lf, rows: 2, columns: 17),
        .init("table-schemas/irve-v1-2019/exemple-valide.csv", .utf8, ";", .lf, rows: 2, columns: 17),
        .init("table-schemas/lieux-covoiturage/exemple-invalide.csv", .utf8, ",", .lf, rows: 2, columns: 18),
        .init("table-schemas/lieux-covoiturage/exemple-valide.csv", .utf8, ",", .lf, rows: 1, columns: 18),
        .init("table-schemas/marches-publics-decp/exemple-valide.csv", .utf8, ",", .lf, rows: 4, columns: 22),
        .init("table-schemas/stationnement/exemple-invalide.csv", .utf8, ",", .lf, rows: 1, columns: 30),
        .init("table-schemas/stationnement/exemple-valide.csv", .utf8, ",", .lf, rows: 2, columns: 30),
    ]
}
