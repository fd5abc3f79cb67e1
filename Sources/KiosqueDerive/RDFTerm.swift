/// A node of an RDF graph: an IRI, a blank node, or a literal (plain, typed or language-tagged).
public enum RDFTerm: Sendable, Hashable {
    case iri(String)
    /// A blank node with a document-local label made of ASCII letters, digits, `-` and `_`,
    /// starting with a letter, so that it is valid in Turtle, JSON-LD and as an RDF/XML `rdf:nodeID`.
    case blank(String)
    case literal(String, datatype: String?, language: String?)

    /// An IRI, with every character a URI may not hold percent-encoded (spaces, non-ASCII, `<>"{}|^\``),
    /// so that the three serializations and data.json carry the very same address.
    public static func resource(_ address: String) -> RDFTerm { .iri(URIText.escaped(address)) }

    /// A literal tagged with a language (`fr`).
    public static func text(_ value: String, _ language: String) -> RDFTerm {
        .literal(RDFTerm.clean(value), datatype: nil, language: language)
    }

    /// A literal without language or datatype.
    public static func plain(_ value: String) -> RDFTerm { .literal(RDFTerm.clean(value), datatype: nil, language: nil) }

    /// A literal with a datatype IRI (`xsd:date`…).
    public static func typed(_ value: String, _ datatype: String) -> RDFTerm {
        .literal(RDFTerm.clean(value), datatype: datatype, language: nil)
    }

    /// XML 1.0 cannot hold C0 control characters other than tab, line feed and carriage return, nor U+FFFE and
    /// U+FFFF: they are dropped from every literal so that RDF/XML holds the same text as Turtle and JSON-LD.
    static func clean(_ text: String) -> String {
        // Every forbidden scalar has a byte below 0x20 or starts with EF in UTF-8: most texts are kept after one pass.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }), text.unicodeScalars.contains(where: isForbidden) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.filter { !isForbidden($0) })
        return String(result)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
