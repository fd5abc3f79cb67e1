/// One statement: subject, predicate IRI, object.
public struct RDFTriple: Sendable, Hashable {
    public let subject: RDFTerm
    public let predicate: String
    public let object: RDFTerm

    public init(_ subject: RDFTerm, _ predicate: String, _ object: RDFTerm) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}
