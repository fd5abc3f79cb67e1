/// The namespaces of the feeds, with the prefixes every serialization declares.
public enum Vocabulary {
    public static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    public static let dcat = "http://www.w3.org/ns/dcat#"
    public static let dct = "http://purl.org/dc/terms/"
    public static let dcatap = "http://data.europa.eu/r5r/"
    public static let foaf = "http://xmlns.com/foaf/0.1/"
    public static let vcard = "http://www.w3.org/2006/vcard/ns#"
    public static let skos = "http://www.w3.org/2004/02/skos/core#"
    public static let locn = "http://www.w3.org/ns/locn#"
    public static let gsp = "http://www.opengis.net/ont/geosparql#"
    public static let hydra = "http://www.w3.org/ns/hydra/core#"

    /// Prefix → namespace, in the order the writers print them.
    public static let prefixes: [(prefix: String, namespace: String)] = [
        ("dcat", dcat), ("dct", dct), ("dcatap", dcatap), ("foaf", foaf), ("vcard", vcard), ("skos", skos),
        ("locn", locn), ("gsp", gsp), ("hydra", hydra), ("rdf", rdf), ("rdfs", rdfs), ("xsd", xsd),
    ]

    /// `dcat:Dataset` for `http://www.w3.org/ns/dcat#Dataset`, when a prefix covers the IRI and the rest is a
    /// plain name (letters, digits, `_`, `-`, not starting with a digit or `-`); nil otherwise.
    public static func compact(_ iri: String) -> (prefix: String, local: String)? {
        // Byte by byte: every namespace and every accepted local name is ASCII.
        func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        for (prefix, namespace) in prefixes where iri.utf8.starts(with: namespace.utf8) {
            let local = iri.utf8.dropFirst(namespace.utf8.count)
            guard let first = local.first, isLetter(first) || first == UInt8(ascii: "_"),
                  local.allSatisfy({ isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) else { continue }
            return (prefix, String(decoding: local, as: UTF8.self))
        }
        return nil
    }

    static func rdf(_ name: String) -> String { rdf + name }
    static func dcat(_ name: String) -> String { dcat + name }
    static func dct(_ name: String) -> String { dct + name }
    static func foaf(_ name: String) -> String { foaf + name }
    static func vcard(_ name: String) -> String { vcard + name }
    static func skos(_ name: String) -> String { skos + name }
    static func xsd(_ name: String) -> String { xsd + name }
    static func hydra(_ name: String) -> String { hydra + name }
}
