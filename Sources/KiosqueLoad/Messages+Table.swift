import KiosqueCSV

/// Messages about tabular files: encoding, shape, derived copies.
extension Messages {
    /// `fichier lu comme windows-1252 ; une copie UTF-8 est publiée : budget.utf8.csv`.
    func tableEncoding(_ encoding: CSVEncoding, copy: String?) -> String {
        let read = encoding == .utf8BOMWindows1252
            ? language.pick("fichier lu comme windows-1252 (sa marque d'ordre des octets UTF-8 est trompeuse)",
                            "file read as windows-1252 (its UTF-8 byte-order mark is misleading)")
            : language.pick("fichier lu comme \(encoding.rawValue)", "file read as \(encoding.rawValue)")
        guard let copy else { return read }
        return read + language.pick(" ; une copie UTF-8 est publiée : \(copy)", "; a UTF-8 copy is published: \(copy)")
    }

    var tableEncodingHint: String {
        language.pick("enregistrez le fichier en UTF-8 (dans LibreOffice : « Enregistrer sous », jeu de caractères Unicode (UTF-8))",
                      "save the file as UTF-8 (in LibreOffice: 'Save as', character set Unicode (UTF-8))")
    }

    /// Bytes that are not UTF-8 in a UTF-8 file; the diagnostic points at the first line that has some.
    var tableInvalidUTF8: String {
        language.pick("des octets qui ne sont pas de l'UTF-8 ont été lus comme windows-1252, à partir de cette ligne",
                      "bytes that are not UTF-8 were read as windows-1252, from this line on")
    }

    func tableDerivedFailure(_ detail: String) -> String {
        language.pick("les copies UTF-8 et JSON de ce fichier n'ont pas pu être écrites : \(detail)",
                      "the UTF-8 and JSON copies of this file could not be written: \(detail)")
    }

    var tableDerivedFailureHint: String {
        language.pick("vérifiez que le dossier .kiosque/ du dépôt est accessible en écriture et que le disque n'est pas plein",
                      "check that the repository's .kiosque/ folder is writable and the disk is not full")
    }

    /// A reading problem other than a ragged row, in the portal's language.
    func tableIssue(_ issue: CSVIssue) -> String {
        guard language == .fr else { return issue.message }
        switch issue.kind {
        case let .raggedRow(expected, found):
            return tableRagged(line: issue.line, expected: expected, found: found)
        case .invalidEncoding:
            return "des octets qui ne sont pas de l'UTF-8 ont été lus comme windows-1252 ; enregistrez le fichier en UTF-8"
        case let .recordTooLarge(limit):
            return "l'enregistrement dépasse \(limit) octets et a été ignoré ; vérifiez qu'un guillemet n'est pas resté ouvert"
        case let .tooManyColumns(limit, found):
            return "l'enregistrement a \(found) champs ; seuls les \(limit) premiers sont gardés"
        case .unclosedQuote:
            return "un champ entre guillemets n'est pas refermé avant la fin du fichier ; ajoutez le guillemet fermant"
        case .binary:
            return "le fichier n'est pas du texte (octets NUL ou de contrôle) ; vérifiez qu'il s'agit bien d'un export CSV"
        }
    }
}
