/// Writes an ``RDFGraph`` as RDF/XML: one `rdf:Description` per subject, types as `rdf:type` elements.
public enum RDFXMLWriter {
    public static func write(_ graph: RDFGraph) -> String {
        var out = header
        for description in graph.descriptions { out += block(description) }
        return out + footer
    }

    /// The XML declaration and the opening `rdf:RDF` element with the namespaces, before the first block.
    static let header: String = {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF"
        for (prefix, namespace) in Vocabulary.prefixes { out += "\n    xmlns:\(prefix)=\"\(attribute(namespace))\"" }
        return out + ">\n"
    }()

    /// After the last block.
    static let footer = "</rdf:RDF>\n"

    /// One subject's `rdf:Description`: a document is its header, its blocks in the order of the graph's descriptions,
    /// and its footer.
    static func block(_ description: RDFGraph.Description) -> String {
        var out = "  <rdf:Description "
        appendReference(description.subject, about: true, to: &out)
        out += ">\n"
        for (predicate, objects) in description.properties {
            // Every predicate the DCAT builder uses lives in a declared namespace.
            guard let element = Vocabulary.compactName(predicate) else { preconditionFailure("no prefix for \(predicate)") }
            for object in objects {
                out += "    <"
                out += element
                switch object {
                case .iri, .blank:
                    out += " "
                    appendReference(object, about: false, to: &out)
                    out += "/>\n"
                case let .literal(value, datatype, language):
                    if let datatype {
                        out += " rdf:datatype=\""
                        out += attribute(datatype)
                        out += "\""
                    } else if let language {
                        out += " xml:lang=\""
                        out += attribute(language)
                        out += "\""
                    }
                    out += ">"
                    out += text(value)
                    out += "</"
                    out += element
                    out += ">\n"
                }
            }
        }
        out += "  </rdf:Description>\n"
        return out
    }

    private static func appendReference(_ term: RDFTerm, about: Bool, to out: inout String) {
        switch term {
        case let .iri(iri):
            out += about ? "rdf:about=\"" : "rdf:resource=\""
            out += attribute(iri)
        case let .blank(label):
            out += "rdf:nodeID=\""
            out += attribute(label)
        case let .literal(value, _, _):
            out += "rdf:about=\""
            out += attribute(value)
        }
        out += "\""
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
