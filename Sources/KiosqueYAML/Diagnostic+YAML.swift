import KiosqueModel

/// The diagnostics of the YAML layer, in the portal's language. Codes are stable.
extension Diagnostic {
    static func yamlDuplicateKey(_ key: String, firstLine: Int, at location: SourceLocation, _ language: Language) -> Diagnostic {
        .error(location, "yaml.duplicate-key",
               language.pick("la clé « \(key) » est en double (première occurrence ligne \(firstLine))",
                             "duplicate key \"\(key)\" (first defined on line \(firstLine))"),
               hint: language.pick("supprimez ou renommez l'une des deux : seule la première est prise en compte",
                                   "remove or rename one of them: only the first one is used"))
    }

    static func yamlComplexKey(at location: SourceLocation, _ language: Language) -> Diagnostic {
        .error(location, "yaml.complex-key",
               language.pick("une clé doit être un texte, pas une liste ni un dictionnaire",
                             "a key must be text, not a list or a mapping"),
               hint: language.pick("écrivez « clé: valeur » avec une clé faite d'un simple mot ; cette entrée est ignorée",
                                   "write \"key: value\" with a plain word as the key; this entry is ignored"))
    }

    static func yamlUnknownAlias(_ name: String, at location: SourceLocation, _ language: Language) -> Diagnostic {
        .error(location, "yaml.unknown-alias",
               language.pick("l'alias « *\(name) » ne renvoie à aucune ancre « &\(name) » définie avant lui",
                             "alias \"*\(name)\" refers to no anchor \"&\(name)\" defined before it"),
               hint: language.pick("définissez l'ancre plus haut dans le fichier, ou mettez la valeur entre guillemets si « * » fait partie du texte",
                                   "define the anchor earlier in the file, or quote the value if \"*\" is part of the text"))
    }

    static func yamlTooDeep(limit: Int, at location: SourceLocation, _ language: Language) -> Diagnostic {
        .error(location, "yaml.too-deep",
               language.pick("imbrication trop profonde : plus de \(limit) niveaux de listes ou de dictionnaires",
                             "nesting too deep: more than \(limit) levels of lists or mappings"),
               hint: language.pick("simplifiez la structure : un descripteur n'a besoin que de quelques niveaux",
                                   "flatten the structure: a descriptor only needs a few levels"))
    }

    static func yamlTooManyBytes(_ count: Int, limit: Int, at location: SourceLocation, _ language: Language) -> Diagnostic {
        let size = mebibytes(count), maximum = mebibytes(limit)
        return .error(location, "yaml.too-large",
                      language.pick("fichier YAML trop volumineux (\(size.fr) Mio, au plus \(maximum.fr) Mio)",
                                    "YAML file too large (\(size.en) MiB, at most \(maximum.en) MiB)"),
                      hint: language.pick("gardez les données dans un fichier à part (CSV, JSON) et le YAML pour les décrire",
                                          "keep the data in a separate file (CSV, JSON) and the YAML to describe it"))
    }

    static func yamlTooManyNodes(limit: Int, at location: SourceLocation, _ language: Language) -> Diagnostic {
        .error(location, "yaml.too-large",
               language.pick("trop de valeurs : plus de \(grouped(limit, "\u{202F}")) dans un seul fichier YAML",
                             "too many values: more than \(grouped(limit, ",")) in one YAML file"),
               hint: language.pick("gardez les données dans un fichier à part (CSV, JSON) et le YAML pour les décrire",
                                   "keep the data in a separate file (CSV, JSON) and the YAML to describe it"))
    }

    static func yamlTooManyAliasNodes(limit: Int, at location: SourceLocation, _ language: Language) -> Diagnostic {
        .error(location, "yaml.too-large",
               language.pick("les alias (*nom) répètent plus de \(grouped(limit, "\u{202F}")) valeurs : lecture arrêtée",
                             "aliases (*name) repeat more than \(grouped(limit, ",")) values: reading stopped"),
               hint: language.pick("le fichier ressemble à une « bombe d'alias » ; écrivez les valeurs sans alias imbriqués",
                                   "the file looks like an \"alias bomb\"; write the values without nested aliases"))
    }

    static func yamlMultipleDocuments(at location: SourceLocation, _ language: Language) -> Diagnostic {
        .error(location, "yaml.multiple-documents",
               language.pick("un second document YAML commence ici : un fichier n'en contient qu'un",
                             "a second YAML document starts here: a file holds only one"),
               hint: language.pick("supprimez la ligne « --- » (ou « ... ») et fusionnez la suite, ou déplacez-la dans un autre fichier ; elle est ignorée",
                                   "remove the \"---\" (or \"...\") line and merge what follows, or move it to another file; it is ignored"))
    }

    static func yamlEncoding(_ kind: EncodingProblem.Kind, at location: SourceLocation, _ language: Language) -> Diagnostic {
        let (fr, en, hintFr, hintEn): (String, String, String, String)
        switch kind {
        case .invalidUTF8(let byte):
            let hex = "0x" + String(byte, radix: 16, uppercase: true)
            (fr, en) = ("le fichier n'est pas en UTF-8 : octet \(hex) invalide", "the file is not UTF-8: invalid byte \(hex)")
            (hintFr, hintEn) = ("réenregistrez le fichier en UTF-8 (il est sans doute en Windows-1252 ou ISO-8859-1)",
                                "save the file again as UTF-8 (it is probably Windows-1252 or ISO-8859-1)")
        case .utf16:
            (fr, en) = ("le fichier est encodé en UTF-16", "the file is encoded as UTF-16")
            (hintFr, hintEn) = ("réenregistrez le fichier en UTF-8", "save the file again as UTF-8")
        case .nul:
            (fr, en) = ("octet nul (0x00) dans le fichier", "NUL byte (0x00) in the file")
            (hintFr, hintEn) = ("le fichier est binaire, abîmé ou encodé en UTF-16 : réenregistrez-le comme texte UTF-8",
                                "the file is binary, damaged or UTF-16: save it again as UTF-8 text")
        case .control(let scalar):
            let hex = String(scalar, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            (fr, en) = ("caractère de contrôle \(code) interdit en YAML", "control character \(code) is not allowed in YAML")
            (hintFr, hintEn) = ("supprimez ce caractère invisible (souvent venu d'un copier-coller)",
                                "delete this invisible character (often left by a copy and paste)")
        }
        return .error(location, "yaml.encoding", language.pick(fr, en), hint: language.pick(hintFr, hintEn))
    }

    private static func mebibytes(_ bytes: Int) -> (fr: String, en: String) {
        let tenths = (bytes * 10 + (1 << 20) - 1) >> 20  // rounded up: never shows a too-large size as the limit
        let whole = "\(tenths / 10)", fraction = tenths % 10 == 0 ? "" : "\(tenths % 10)"
        return fraction.isEmpty ? (whole, whole) : (whole + "," + fraction, whole + "." + fraction)
    }

    private static func grouped(_ number: Int, _ separator: String) -> String {
        let digits = Array(String(number))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += separator }
            text.append(digit)
        }
        return text
    }
}
