/// frictionless-py 5.21.0's verdicts on every schema + example pair of `../shared/corpus/scdl` and
/// `../shared/corpus/table-schemas` (pairs from `MANIFEST.md`; every schema of a folder with every
/// CSV of that folder; `bal-adresses/schema.yml` is not a Table Schema and has no pair).
///
/// Frozen on 2026-11-22 by running, from `../shared/corpus`:
///
///     ~/.cache/open-data-conformance/rdf/bin/frictionless validate --schema SCHEMA.json DATA.csv --json
///
/// and counting `tasks[0].errors` by `type`. The last four entries validate three schemas that
/// frictionless refuses (a `name` that is not lowercase, unreadable `example` values) after the
/// textual patch shown, with the patched copy and the CSV copied to a scratch folder, so that
/// their rows are compared too.
enum CorpusVerdicts {
    static let all: [FrictionlessVerdict] = [
        .init("scdl/prenoms/schema.json", "scdl/prenoms/exemple-valide.csv", valid: true, counts: [:]),
        .init("scdl/prenoms/schema.json", "scdl/prenoms/exemple-invalide.csv", valid: false, counts: ["constraint-error": 7]),
        .init("scdl/prenoms/schema-1.1.5-nepote-repo.json", "scdl/prenoms/exemple-valide.csv", valid: true, counts: [:]),
        .init("scdl/prenoms/schema-1.1.5-nepote-repo.json", "scdl/prenoms/exemple-invalide.csv", valid: false, counts: ["constraint-error": 7]),
        .init("scdl/subventions/schema.json", "scdl/subventions/exemple-valide.csv", valid: true, counts: [:]),
        .init("scdl/subventions/schema.json", "scdl/subventions/exemple-invalide-colonne-dupliquee.csv", valid: false,
              counts: ["constraint-error": 116, "duplicate-label": 1, "incorrect-label": 7, "missing-label": 1, "type-error": 29]),
        .init("scdl/subventions/schema.json", "scdl/subventions/exemple-invalide-erreurs-cellules.csv", valid: false,
              counts: ["constraint-error": 10, "missing-label": 1, "type-error": 5]),
        .init("scdl/subventions/schema.json", "scdl/subventions/exemple-invalide-erreurs-colonnes.csv", valid: false,
              counts: ["constraint-error": 38, "incorrect-label": 3, "missing-label": 1, "type-error": 5]),
        .init("scdl/subventions/schema-datasubvention-draft-40cols.json", "scdl/subventions/exemple-valide.csv", valid: false,
              counts: ["constraint-error": 117, "incorrect-label": 16, "missing-label": 24, "type-error": 62]),
        .init("scdl/subventions/schema-datasubvention-draft-40cols.json", "scdl/subventions/exemple-invalide-colonne-dupliquee.csv", valid: false,
              counts: ["constraint-error": 87, "duplicate-label": 1, "incorrect-label": 14, "missing-label": 25, "type-error": 87]),
        .init("scdl/subventions/schema-datasubvention-draft-40cols.json", "scdl/subventions/exemple-invalide-erreurs-cellules.csv", valid: false,
              counts: ["constraint-error": 118, "incorrect-label": 15, "missing-label": 25, "type-error": 37]),
        .init("scdl/subventions/schema-datasubvention-draft-40cols.json", "scdl/subventions/exemple-invalide-erreurs-colonnes.csv", valid: false,
              counts: ["constraint-error": 118, "incorrect-label": 14, "missing-label": 25, "type-error": 37]),
        .init("table-schemas/arbres-urbains/schema.json", "table-schemas/arbres-urbains/exemple-valide.csv", valid: false, counts: ["schema-error": 1]),
        .init("table-schemas/be-wallonie-equipements-collectifs/schema.json", "table-schemas/be-wallonie-equipements-collectifs/exemple-valide.csv",
              valid: true, counts: [:]),
        .init("table-schemas/be-wallonie-marches/schema.json", "table-schemas/be-wallonie-marches/exemple-valide.csv", valid: true, counts: [:]),
        .init("table-schemas/catalogue-donnees-etalab/schema.json", "table-schemas/catalogue-donnees-etalab/exemple-valide.csv", valid: true, counts: [:]),
        .init("table-schemas/dispositif-aide/schema.json", "table-schemas/dispositif-aide/exemple-valide.csv", valid: true, counts: [:]),
        .init("table-schemas/fontaines-eau/schema.json", "table-schemas/fontaines-eau/exemple-valide.csv", valid: true, counts: [:]),
        .init("table-schemas/irve-dynamique/schema.json", "table-schemas/irve-dynamique/exemple-valide.csv", valid: true, counts: [:]),
        .init("table-schemas/irve-statique/schema.json", "table-schemas/irve-statique/exemple-valide.csv", valid: true, counts: [:]),
        .init("table-schemas/irve-v1-2019/schema.json", "table-schemas/irve-v1-2019/exemple-valide.csv", valid: false, counts: ["field-error": 2]),
        .init("table-schemas/irve-v1-2019/schema.json", "table-schemas/irve-v1-2019/exemple-invalide.csv", valid: false, counts: ["field-error": 2]),
        .init("table-schemas/lieux-covoiturage/schema.json", "table-schemas/lieux-covoiturage/exemple-valide.csv", valid: true, counts: [:]),
        .init("table-schemas/lieux-covoiturage/schema.json", "table-schemas/lieux-covoiturage/exemple-invalide.csv", valid: false, counts: ["type-error": 1]),
        .init("table-schemas/marches-publics-decp/schema.json", "table-schemas/marches-publics-decp/exemple-valide.csv", valid: false,
              counts: ["schema-error": 1]),
        .init("table-schemas/stationnement/schema.json", "table-schemas/stationnement/exemple-valide.csv", valid: true, counts: [:]),
        .init("table-schemas/stationnement/schema.json", "table-schemas/stationnement/exemple-invalide.csv", valid: false, counts: ["constraint-error": 2]),
        // Patched schemas.
        .init("table-schemas/arbres-urbains/schema.json", "table-schemas/arbres-urbains/exemple-valide.csv", valid: true, counts: [:],
              patches: [("\"name\":\"Arbres urbains\"", "\"name\":\"arbres-urbains\"")]),
        .init("table-schemas/marches-publics-decp/schema.json", "table-schemas/marches-publics-decp/exemple-valide.csv", valid: true, counts: [:],
              patches: [("\"name\": \"Données essentielles de la commande publique\"", "\"name\": \"decp\"")]),
        .init("table-schemas/irve-v1-2019/schema.json", "table-schemas/irve-v1-2019/exemple-valide.csv", valid: true, counts: [:],
              patches: irvePatches),
        .init("table-schemas/irve-v1-2019/schema.json", "table-schemas/irve-v1-2019/exemple-invalide.csv", valid: false,
              counts: ["constraint-error": 2, "type-error": 4], patches: irvePatches),
    ]

    static let irvePatches = [("\"example\": \"1, 10\"", "\"example\": \"10\""),
                              ("\"example\": \"2018/08/08, 2015/12/30\"", "\"example\": \"2018/08/08\"")]

    /// Real exports of `../shared/corpus/real-csv` against the schema they follow, as a check on
    /// quirky files (Windows-1252, semicolons, quoted line breaks, blank lines, 10 000 rows).
    /// Frozen the same way, with `--limit-errors 1000000` so that frictionless counts every error.
    static let realExports: [FrictionlessVerdict] = [
        .init("scdl/subventions/schema.json", "real-csv/subventions-dep-haute-garonne.csv", valid: false,
              counts: ["constraint-error": 237, "incorrect-label": 10, "missing-label": 2, "type-error": 138]),
        .init("scdl/subventions/schema.json", "real-csv/subventions-dep-lot-2017.csv", valid: false,
              counts: ["blank-row": 21, "constraint-error": 39, "incorrect-label": 9, "missing-label": 2, "type-error": 26]),
        .init("scdl/subventions/schema.json", "real-csv/subventions-dep-nievre-2016.csv", valid: false,
              counts: ["constraint-error": 776, "extra-label": 1, "incorrect-label": 16, "type-error": 194]),
        .init("scdl/subventions/schema.json", "real-csv/subventions-dep-somme-20180302.csv", valid: false,
              counts: ["constraint-error": 164, "incorrect-label": 8, "missing-label": 3, "type-error": 82],
              difference: (["constraint-error": 164, "incorrect-label": 7, "missing-label": 3, "type-error": 82],
                           "a UTF-8 byte-order mark before Windows-1252 text: frictionless decodes the mark as « ï»¿ » "
                           + "and finds the first label incorrect; KiosqueCSV drops the mark")),
        .init("scdl/subventions/schema.json", "real-csv/subventions-dep-somme-20180330.csv", valid: false,
              counts: ["constraint-error": 44, "incorrect-label": 7, "missing-label": 3, "type-error": 22]),
        .init("scdl/subventions/schema.json", "real-csv/subventions-ville-poitiers-2017.csv", valid: false,
              counts: ["constraint-error": 1686, "incorrect-label": 11, "missing-label": 5, "type-error": 1124]),
        .init("scdl/prenoms/schema.json", "real-csv/prenoms-digne-les-bains-2017.csv", valid: true, counts: [:]),
        .init("table-schemas/irve-v1-2019/schema.json", "real-csv/irve-consolidation-2019-bornes.csv", valid: false,
              counts: ["constraint-error": 7068, "extra-label": 1, "type-error": 644], patches: irvePatches),
    ]
}
