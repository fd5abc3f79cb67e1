/// The outcome of validating a tabular file against its Table Schema, as `profiles.json` reports it.
public struct SchemaValidation: Sendable, Equatable {
    /// The schema's repository path or URL.
    public let schema: String
    public let valid: Bool
    public let errors: Int

    public init(schema: String, valid: Bool, errors: Int) {
        self.schema = schema
        self.valid = valid
        self.errors = errors
    }
}
