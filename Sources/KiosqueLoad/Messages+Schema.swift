/// Messages about the Table Schemas that tabular files are checked against.
extension Messages {
    /// An https schema that the local cache lacks: the build cannot download it, so the file is not checked.
    func schemaNotCached(_ url: String) -> String {
        language.pick("le schéma \(url) n'est pas dans le cache local (.kiosque/schemas/) : les fichiers qui le suivent ne sont pas vérifiés",
                      "the schema \(url) is not in the local cache (.kiosque/schemas/): the files that follow it are not checked")
    }

    func schemaNotCachedHint(_ url: String, file: String) -> String {
        language.pick("lancez « kiosque schemas --fetch » (avec un accès à Internet), ou « kiosque schemas --import \(url) FICHIER » avec une copie locale du schéma ; il sera lu dans \(file)",
                      "run 'kiosque schemas --fetch' (with Internet access), or 'kiosque schemas --import \(url) FILE' with a local copy of the schema; it will be read from \(file)")
    }

    func schemaNotHTTPS(_ url: String) -> String {
        language.pick("le schéma \(url) n'est pas vérifié : il doit être un chemin du dépôt ou une URL https",
                      "the schema \(url) is not checked: it must be a path in the repository or an https URL")
    }

    var schemaNotHTTPSHint: String {
        language.pick("remplacez http:// par https://, ou copiez le schéma dans le dépôt et donnez son chemin",
                      "replace http:// with https://, or copy the schema into the repository and give its path")
    }

    func schemaMissing(_ path: String) -> String {
        language.pick("le schéma « \(path) » n'existe pas dans le dépôt", "the schema '\(path)' does not exist in the repository")
    }

    func schemaMissingHint(folder: String) -> String {
        language.pick("donnez le chemin depuis la racine du dépôt (\(folder)/schema.json) ou depuis le dossier du jeu de données (schema.json), ou une URL https",
                      "give the path from the repository root (\(folder)/schema.json) or from the dataset folder (schema.json), or an https URL")
    }

    func schemaUnreadable(_ path: String) -> String {
        language.pick("le schéma « \(path) » ne peut pas être lu", "the schema '\(path)' cannot be read")
    }

    /// A checked file that does not follow its schema: one warning per file, the details on the report page.
    func schemaInvalidFile(errors: Int, schema: String, summary: String) -> String {
        language.pick("\(errors) erreur(s) par rapport au schéma \(schema) (\(summary))",
                      "\(errors) error(s) against the schema \(schema) (\(summary))")
    }

    func schemaInvalidFileHint(_ first: String) -> String {
        language.pick("première erreur : \(first) ; la liste complète est publiée sur la page de validation du fichier",
                      "first error: \(first); the full list is published on the file's validation page")
    }
}
