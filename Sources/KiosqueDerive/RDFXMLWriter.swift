/// Writes an ``RDFGraph`` as RDF/XML: one `rdf:Description` per subject, types as `rdf:type` elements.
public enum RDFXMLWriter {
    public static func write(_ graph: RDFGraph) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF"
        for (prefix, namespace) in Vocabulary.prefixes { out += "\n    xmlns:\(prefix)=\"\(attribute(namespace))\"" }
        out += ">\n"
        for description in graph.descriptions {
            out += "  <rdf:Description " + reference(description.subject, about: true) + ">\n"
            for (predicate, objects) in description.properties {
                // Every predicate the DCAT builder uses lives in a declared namespace.
                guard let (prefix, local) = Vocabulary.compact(predicate) else { preconditionFailure("no prefix for \(predicate)") }
                let element = prefix + ":" + local
                for object in objects {
                    switch object {
                    case .iri, .blank:
                        out += "    <\(element) \(reference(object, about: false))/>\n"
                    case let .literal(value, datatype, language):
                        var attributes = ""
                        if let language { attributes = " xml:lang=\"\(attribute(language))\"" }
                        if let datatype { attributes = " rdf:datatype=\"\(attribute(datatype))\"" }
                        out += "    <\(element)\(attributes)>\(text(value))</\(element)>\n"
                    }
                }
            }
            out += "  </rdf:Description>\n"
        }
        return out + "</rdf:RDF>\n"
    }

    private static func reference(_ term: RDFTerm, about: Bool) -> String {
        switch term {
        case let .iri(iri): return (about ? "rdf:about" : "rdf:resource") + "=\"\(attribute(iri))\""
        case let .blank(label): return "rdf:nodeID=\"\(attribute(label))\""
        case let .literal(value, _, _): return "rdf:about=\"\(attribute(value))\""
        }
    }

    /// Element content: `&`, `<`, `>` escaped, and carriage returns as references so that parsers keep them.
    private static func text(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x0D }) else { return value }
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func attribute(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return value }
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
