/// Messages about inputs that would collide or that a reader cannot take: two files for one address, one id twice.
extension Messages {
    /// Two files of a dataset folder (or the copies derived from them) would be published at one address.
    func fileCollision(_ name: String, _ other: String) -> String {
        language.pick("« \(name) » serait publié à la même adresse que « \(other) » (les adresses ne tiennent compte ni de la casse ni de la forme des accents)",
                      "'\(name)' would be published at the same address as '\(other)' (addresses ignore case and how accents are encoded)")
    }

    var fileCollisionHint: String {
        language.pick("renommez l'un des deux fichiers", "rename one of the two files")
    }

    /// Two files of one folder give the same id (`mairie.yaml` and `mairie.yml`).
    func duplicateID(_ id: String, _ other: String) -> String {
        language.pick("l'identifiant « \(id) » est déjà donné par « \(other) »", "the id '\(id)' is already given by '\(other)'")
    }

    var duplicateIDHint: String {
        language.pick("gardez un seul fichier par identifiant : supprimez ou renommez celui-ci",
                      "keep one file per id: remove or rename this one")
    }
}
