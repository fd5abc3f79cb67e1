/// "Did you mean" for keys and ids: French aliases first, then the nearest spelling.
enum Suggestion {
    /// Words French speakers write for the English keys of the SPEC.
    static let aliases: [String: String] = [
        "titre": "title", "nom": "name", "licence": "license", "licences": "license", "mots-cles": "keywords",
        "mots-clés": "keywords", "motscles": "keywords", "mots_cles": "keywords", "tags": "keywords",
        "theme": "themes", "thème": "themes", "thèmes": "themes", "frequence": "frequency", "fréquence": "frequency",
        "periodicite": "frequency", "périodicité": "frequency", "organisation": "organization", "producteur": "organization",
        "fichiers": "resources", "ressources": "resources", "fichier": "path", "chemin": "path", "lien": "url",
        "adresse": "url", "courriel": "email", "mail": "email", "langue": "language", "schéma": "schema",
        "schema_url": "schema", "couverture": "spatial", "periode": "temporal", "période": "temporal",
        "debut": "start", "début": "start", "fin": "end", "auteur": "author", "jeux": "datasets",
        "datasets_ids": "datasets", "en_avant": "featured", "publie": "issued", "modifie": "modified",
    ]

    /// The allowed word closest to `word`, or nil when none is close enough.
    static func nearest(to word: String, among candidates: [String]) -> String? {
        let lower = word.lowercased()
        if let alias = aliases[lower], candidates.contains(alias) { return alias }
        if let same = candidates.first(where: { $0.lowercased() == lower }) { return same }
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lower, candidate.lowercased())
            let limit = candidate.count <= 3 ? 1 : candidate.count <= 8 ? 2 : 3
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
