/// Writes an ``RDFGraph`` as Turtle: the namespace prefixes, then one block per subject.
public enum TurtleWriter {
    public static func write(_ graph: RDFGraph) -> String {
        var out = ""
        for (prefix, namespace) in Vocabulary.prefixes { out += "@prefix \(prefix): <\(namespace)> .\n" }
        for description in graph.descriptions {
            out += "\n" + term(description.subject)
            for (index, property) in description.properties.enumerated() {
                let verb = property.predicate == Vocabulary.rdf("type") ? "a" : name(property.predicate)
                out += (index == 0 ? " " : " ;\n    ") + verb + " " + property.objects.map(term).joined(separator: ", ")
            }
            out += " .\n"
        }
        return out
    }

    private static func name(_ iri: String) -> String {
        Vocabulary.compact(iri).map { "\($0.prefix):\($0.local)" } ?? "<\(iri)>"
    }

    private static func term(_ term: RDFTerm) -> String {
        switch term {
        case let .iri(iri): return name(iri)
        case let .blank(label): return "_:" + label
        case let .literal(value, datatype, language):
            let text = "\"" + escape(value) + "\""
            if let language { return text + "@" + language }
            if let datatype { return text + "^^" + name(datatype) }
            return text
        }
    }

    private static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x5C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return value }
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
