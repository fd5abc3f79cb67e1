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
        compacted(iri) { prefix, local in (prefix, String(decoding: local, as: UTF8.self)) }
    }

    /// `dcat:Dataset` for `http://www.w3.org/ns/dcat#Dataset`, as `compact` cuts it; nil when it does not.
    static func compactName(_ iri: String) -> String? {
        compacted(iri) { prefix, local in
            String(unsafeUninitializedCapacity: prefix.utf8.count + 1 + local.count) { buffer in
                var count = 0
                for byte in prefix.utf8 { buffer[count] = byte; count += 1 }
                buffer[count] = UInt8(ascii: ":")
                count += 1
                for byte in local { buffer[count] = byte; count += 1 }
                return count
            }
        }
    }

    /// The namespaces' bytes, in the order of `prefixes`.
    private static let namespaceBytes: [[UInt8]] = prefixes.map { Array($0.namespace.utf8) }

    private static func compacted<T>(_ iri: String, _ make: (String, UnsafeBufferPointer<UInt8>.SubSequence) -> T) -> T? {
        // Byte by byte: every namespace and every accepted local name is ASCII.
        func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var iri = iri
        return iri.withUTF8 { bytes -> T? in
            for (index, namespace) in namespaceBytes.enumerated() where bytes.count > namespace.count {
                guard namespace.withUnsafeBufferPointer({ namespace in
                    bytes[namespace.count - 1] == namespace[namespace.count - 1] && bytes[..<namespace.count].elementsEqual(namespace)
                }) else { continue }
                let local = bytes[namespace.count...]
                guard let first = local.first, isLetter(first) || first == UInt8(ascii: "_"),
                      local.allSatisfy({ isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) else { continue }
                return make(prefixes[index].prefix, local)
            }
            return nil
        }
    }

    static func rdf(_ name: String) -> String { rdf + name }
    /// `rdf:type`, which every writer prints its own way.
    static let rdfType = rdf + "type"
    static func dcat(_ name: String) -> String { dcat + name }
    static func dct(_ name: String) -> String { dct + name }
    static func foaf(_ name: String) -> String { foaf + name }
    static func vcard(_ name: String) -> String { vcard + name }
    static func skos(_ name: String) -> String { skos + name }
    static func xsd(_ name: String) -> String { xsd + name }
    static func hydra(_ name: String) -> String { hydra + name }
}
