/// What makes a dataset easy to find, trust and reuse: udata's metadata-quality criteria (the score data.gouv.fr
/// shows), plus validity against the declared Table Schema.
public enum QualityCriterion: String, Sendable, CaseIterable {
    /// A recognised open licence (`etalab-2.0`, `odbl-1.0`…), not a custom one.
    case license
    /// A description of at least `QualityReport.descriptionLength` characters.
    case description
    /// `temporal` gives a start or an end.
    case temporal
    /// `spatial` gives a name, an INSEE code or a bounding box.
    case spatial
    /// `frequency` is declared and not `unknown`.
    case frequency
    /// The last change is no older than the frequency allows (`Frequency.allowedDays`); only for frequencies
    /// with a rule.
    case updatedOnTime = "updated-on-time"
    /// No data file in a closed format (Excel, Word, PDF); documentation files do not count.
    case openFormats = "open-formats"
    /// A documentation resource, a schema, or a resource with a description.
    case documentation
    /// Every file checked against its Table Schema is valid; only when some file could be checked (a schema that could
    /// not be read leaves its files unchecked, and out of the score).
    case schema
}
