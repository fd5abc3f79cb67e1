import Foundation
import KiosqueDerive
import KiosqueLoad
import KiosqueModel
import KiosqueTable
import KiosqueYAML

/// `kiosque new ID [--from FILE]`: a new `data/<id>/` folder with its `dataset.yaml`. From a table, the title comes
/// from the file name, the detected encoding and delimiter are noted, and a Table Schema inferred from the column
/// profiles is written beside it. Every field still to fill carries a French comment; `kiosque check` then reports
/// exactly the required ones left empty (`description`, `license`, and `organization` when the portal names no
/// `publisher` and has several organizations).
public enum DatasetScaffold {
    /// What was written, relative to the portal root.
    public struct Created: Sendable {
        public let folder: String
        public let files: [String]
        /// The table read from the source file, when it is one.
        public let table: TablePreview?
    }

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case invalidID(String, suggestion: String)
        case exists(String)
        case notAPortal(String)
        case sourceMissing(String)
        case reservedName(String)
        case io(String)

        /// In French, as the people who run a portal read it.
        public var description: String {
            switch self {
            case let .invalidID(id, suggestion):
                "« \(id) » n'est pas un identifiant valide : lettres minuscules sans accents, chiffres et tirets, "
                    + "sans tiret au début (par exemple « \(suggestion) »)"
            case let .exists(folder): "le dossier « \(folder) » existe déjà : choisissez un autre identifiant, ou modifiez ce jeu de données"
            case let .notAPortal(root): "« \(root) » n'est pas un portail Kiosque : site/portal.yaml est introuvable (créez-en un avec « kiosque init »)"
            case let .sourceMissing(path): "le fichier « \(path) » est introuvable"
            case let .reservedName(name): "le fichier ne peut pas s'appeler « \(name) » : ce nom est réservé à la fiche du jeu de données ; renommez-le"
            case let .io(detail): "écriture impossible : \(detail)"
            }
        }
    }

    /// Creates `data/<id>/` in the portal at `root`, copying `source` in when given. Writes nothing when it refuses.
    public static func create(id: String, from source: String?, in root: String) throws(Failure) -> Created {
        let manager = FileManager.default
        guard WebAddress.isSlug(id) else { throw .invalidID(id, suggestion: WebAddress.slug(from: id)) }
        guard manager.fileExists(atPath: root + "/site/portal.yaml") else { throw .notAPortal(root) }
        let folder = "data/" + id
        let existing = (try? manager.contentsOfDirectory(atPath: root + "/data")) ?? []
        if let clash = existing.first(where: { $0.lowercased() == id }) { throw .exists("data/" + clash) }
        var sourceName: String?
        var table: TablePreview?
        if let source {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: source, isDirectory: &isDirectory), !isDirectory.boolValue else { throw .sourceMissing(source) }
            let name = URL(fileURLWithPath: source).lastPathComponent
            guard !["dataset.yaml", "dataset.yml"].contains(name.lowercased()) else { throw .reservedName(name) }
            sourceName = name
            if FileFormat.isTabular(FileFormat.format(forFile: name)) {
                table = try? TableScan.read(path: source, options: .init(previewRows: 0)).preview
            }
        }
        let settings = PortalSettings(root: root)
        let schemaPath = table == nil || sourceName == "schema.json" ? nil : folder + "/schema.json"
        let descriptor = descriptor(id: id, title: sourceName.map(title(fromFileName:)) ?? title(fromFileName: id), sourceName: sourceName,
                                    table: table, schemaPath: schemaPath, settings: settings)
        var written: [String] = []
        do {
            try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
            if let source, let sourceName {
                try manager.copyItem(atPath: source, toPath: root + "/" + folder + "/" + sourceName)
                written.append(folder + "/" + sourceName)
            }
            if let schemaPath, let table {
                try Data((InferredSchema.schema(table).serialized() + "\n").utf8).write(to: URL(fileURLWithPath: root + "/" + schemaPath),
                                                                                        options: .withoutOverwriting)
                written.append(schemaPath)
            }
            try Data(descriptor.utf8).write(to: URL(fileURLWithPath: root + "/" + folder + "/dataset.yaml"), options: .withoutOverwriting)
            written.append(folder + "/dataset.yaml")
        } catch {
            try? manager.removeItem(atPath: root + "/" + folder)
            throw .io(String(describing: error))
        }
        return Created(folder: folder, files: written.sorted(), table: table)
    }

    /// « budget-primitif_2024.csv » → « Budget primitif 2024 »: extension dropped, `-`, `_` and `.` read as spaces,
    /// first letter capitalised.
    public static func title(fromFileName name: String) -> String {
        var stem = name
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = String(stem[..<dot]) }
        let words = stem.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." || $0.isWhitespace })
        let text = words.joined(separator: " ")
        guard let first = text.first else { return "Nouveau jeu de données" }
        return first.uppercased() + text.dropFirst()
    }

    /// What the descriptor needs to know of the portal: its default publisher, organizations and extra themes.
    struct PortalSettings {
        var publisher: String?
        var organizations: [String] = []
        var themes: [String] = []

        init(root: String) {
            let manager = FileManager.default
            organizations = ((try? manager.contentsOfDirectory(atPath: root + "/site/organizations")) ?? [])
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .map { String($0[..<($0.lastIndex(of: ".") ?? $0.endIndex)]) }
                .sorted()
            guard let bytes = manager.contents(atPath: root + "/site/portal.yaml"),
                  let portal = YAMLDocument.parse(Array(bytes), file: "site/portal.yaml", language: .fr).root else { return }
            publisher = portal["publisher"]?.string.flatMap { $0.isEmpty ? nil : $0 }
            themes = (portal["themes"]?.pairs ?? []).map(\.key).sorted()
        }
    }

    /// The text of `dataset.yaml`: known values filled, each field still to fill commented in French.
    static func descriptor(id: String, title: String, sourceName: String?, table: TablePreview?, schemaPath: String?,
                           settings: PortalSettings) -> String {
        var lines = ["# Fiche du jeu de données « \(id) », créée par « kiosque new ».",
                     "# Complétez les lignes marquées « À REMPLIR » ; « kiosque check » signale les champs obligatoires encore vides."]
        if let sourceName {
            lines.append("#")
            lines.append("# Fichier : \(sourceName)")
            if let table {
                lines.append("#   encodage détecté : \(table.encoding), séparateur : « \(delimiterName(table.delimiter)) »,")
                lines.append("#   \(table.rowCount) ligne(s) de données, \(table.columnCount) colonne(s)")
                let columns = table.header.enumerated().map { index, name in
                    let type = index < table.fields.count && table.fields.count == table.header.count ? table.fields[index].type : "?"
                    return "\(name.isEmpty ? "(sans nom)" : name) (\(type))"
                }
                for chunk in stride(from: 0, to: min(columns.count, 40), by: 4) {
                    let row = columns[chunk..<min(chunk + 4, columns.count, 40)].joined(separator: ", ")
                    lines.append("#   " + (chunk == 0 ? "colonnes : " : "           ") + row)
                }
                if columns.count > 40 { lines.append("#   … et \(columns.count - 40) autre(s)") }
            }
        }
        lines.append("")
        lines.append("# Titre déduit du nom \(sourceName == nil ? "du dossier" : "du fichier") : corrigez-le si besoin.")
        lines.append("title: \(quoted(title))")
        lines.append("")
        lines.append("# À REMPLIR (obligatoire) : ce que contient le jeu de données, d'où viennent les données, leurs limites.")
        lines.append("# Plusieurs lignes : écrivez « description: | » puis le texte en retrait de deux espaces (Markdown permis).")
        lines.append("description: \"\"")
        lines.append("")
        let known = settings.organizations.isEmpty ? "aucune pour l'instant : ajoutez-en une dans site/organizations/"
            : settings.organizations.joined(separator: ", ")
        if let publisher = settings.publisher {
            lines.append("# Producteur : par défaut « \(publisher) », le « publisher » du portail. Pour un autre, retirez le « # »")
            lines.append("# et donnez l'identifiant d'un fichier de site/organizations/ (\(known)).")
            lines.append("# organization: \(publisher)")
        } else if settings.organizations.count == 1, let only = settings.organizations.first {
            lines.append("# Producteur : la seule organisation du portail ; vérifiez-le.")
            lines.append("organization: \(only)")
        } else {
            lines.append("# À REMPLIR (obligatoire) : l'organisation qui produit les données, identifiant d'un fichier")
            lines.append("# de site/organizations/ (\(known)).")
            lines.append("organization: \"\"")
        }
        lines.append("")
        lines.append("# À REMPLIR (obligatoire) : la licence, etalab-2.0 (Licence Ouverte, la plus courante pour une collectivité),")
        lines.append("# odbl-1.0, cc-by-4.0, cc-by-sa-4.0 ou cc0-1.0.")
        lines.append("license: \"\"")
        lines.append("")
        lines.append("# À REMPLIR (recommandé) : retirez le « # » et choisissez un ou plusieurs thèmes :")
        lines.append("#   agri econ educ ener envi gove heal intr just regi soci tech tran" + (settings.themes.isEmpty ? "" : " (européens)"))
        if !settings.themes.isEmpty { lines.append("#   " + settings.themes.joined(separator: " ") + " (du portail)") }
        lines.append("# themes: [gove]")
        lines.append("")
        lines.append("# À REMPLIR (recommandé) : retirez le « # » et donnez des mots-clés pour la recherche.")
        lines.append("# keywords: [mot-clé, autre mot-clé]")
        lines.append("")
        lines.append("# À REMPLIR (recommandé) : retirez le « # » et donnez la fréquence de mise à jour :")
        lines.append("#   continuous daily weekly monthly quarterly semiannual annual irregular never unknown")
        lines.append("# frequency: annual")
        if let schemaPath {
            lines.append("")
            lines.append("# Schéma Table Schema déduit des colonnes du fichier : vérifiez les types, ajoutez titres et descriptions,")
            lines.append("# ou remplacez-le par l'adresse https d'un schéma national (schema.data.gouv.fr).")
            lines.append("schema: \(schemaPath)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func delimiterName(_ delimiter: String) -> String {
        switch delimiter {
        case "\t": "tabulation"
        case " ": "espace"
        default: delimiter
        }
    }

    /// A YAML double-quoted scalar.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += String(format: "\\x%02X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
