/// Writes an ``RDFGraph`` as Turtle: the namespace prefixes, then one block per subject.
public enum TurtleWriter {
    public static func write(_ graph: RDFGraph) -> String {
        var out = header
        for description in graph.descriptions { out += block(description) }
        return out
    }

    /// The namespace prefixes, before the first block.
    static let header: String = Vocabulary.prefixes.map { "@prefix \($0.prefix): <\($0.namespace)> .\n" }.joined()

    /// One subject's statements, with the blank line before them: a document is its header and its blocks, in the
    /// order of the graph's descriptions.
    static func block(_ description: RDFGraph.Description) -> String {
        var out = "\n"
        appendTerm(description.subject, to: &out)
        for (index, property) in description.properties.enumerated() {
            out += index == 0 ? " " : " ;\n    "
            if property.predicate == Vocabulary.rdfType { out += "a" } else { appendName(property.predicate, to: &out) }
            out += " "
            for (index, object) in property.objects.enumerated() {
                if index > 0 { out += ", " }
                appendTerm(object, to: &out)
            }
        }
        out += " .\n"
        return out
    }

    private static func appendName(_ iri: String, to out: inout String) {
        if let name = Vocabulary.compactName(iri) {
            out += name
        } else {
            out += "<"
            out += iri
            out += ">"
        }
    }

    private static func appendTerm(_ term: RDFTerm, to out: inout String) {
        switch term {
        case let .iri(iri): appendName(iri, to: &out)
        case let .blank(label):
            out += "_:"
            out += label
        case let .literal(value, datatype, language):
            out += "\""
            out += escape(value)
            out += "\""
            if let language {
                out += "@"
                out += language
            } else if let datatype {
                out += "^^"
                appendName(datatype, to: &out)
            }
        }
    }

    private static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x5C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return value }
        // Byte by byte: every escaped character is ASCII, so no UTF-8 sequence is cut.
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + 16)
        for byte in value.utf8 {
            switch byte {
            case 0x5C, 0x22: out.append(0x5C); out.append(byte)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
