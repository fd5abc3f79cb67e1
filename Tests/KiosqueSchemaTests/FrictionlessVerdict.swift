import Testing

/// What `frictionless validate` said about one schema + table pair: the verdict and the number of
/// errors of each type.
struct FrictionlessVerdict: Sendable, CustomTestStringConvertible {
    let schema: String
    let data: String
    let valid: Bool
    let counts: [String: Int]
    /// Textual patches applied to the schema before validation (for schemas frictionless refuses).
    let patches: [(String, String)]
    /// Where Kiosque deliberately differs: its counts, and why.
    let difference: (counts: [String: Int], reason: String)?

    init(_ schema: String, _ data: String, valid: Bool, counts: [String: Int], patches: [(String, String)] = [],
         difference: (counts: [String: Int], reason: String)? = nil) {
        self.schema = schema
        self.data = data
        self.valid = valid
        self.counts = counts
        self.patches = patches
        self.difference = difference
    }

    /// The counts Kiosque must find.
    var expectedCounts: [String: Int] { difference?.counts ?? counts }

    var testDescription: String { "\(schema)\(patches.isEmpty ? "" : " (patched)") × \(data)" }
}
