import KiosqueModel
import KiosqueSchema

/// A Table Schema that applies to tabular files, as the loader found it: read and usable, or why not.
struct DeclaredSchema: Sendable {
    /// The repository path or URL, as written in the descriptor.
    let reference: String
    /// The schema, when it could be read and has no error.
    let schema: TableSchema?
    /// The schema's title (else its name), when it could be read.
    let title: String?
    let status: SchemaValidation.Status

    /// The validation of a file that could not be checked, when the schema is not usable.
    var unchecked: SchemaValidation? {
        schema == nil ? SchemaValidation(schema: reference, schemaTitle: title, status: status, valid: false, errors: 0) : nil
    }
}

/// A `schema:` as written in a descriptor: its value and where.
struct SchemaDeclaration: Sendable {
    let reference: String
    let location: SourceLocation
}

/// The schemas of one dataset, each read once, when a tabular file first needs it.
struct SchemaShelf {
    let datasetSchema: SchemaDeclaration?
    private var read: [String: DeclaredSchema] = [:]

    init(datasetSchema: SchemaDeclaration?) {
        self.datasetSchema = datasetSchema
    }

    mutating func schema(_ declaration: SchemaDeclaration, reading: (SchemaDeclaration) -> DeclaredSchema) -> DeclaredSchema {
        if let known = read[declaration.reference] { return known }
        let schema = reading(declaration)
        read[declaration.reference] = schema
        return schema
    }
}
