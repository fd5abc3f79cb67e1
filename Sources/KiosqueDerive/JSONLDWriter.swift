import KiosqueModel

/// Writes an ``RDFGraph`` as JSON-LD: an inline `@context` of prefixes and a top-level `@graph` with one
/// node object per subject. Values are explicit (`@id`, `@value` with `@type` or `@language`), so that the
/// document reads the same without any term definition.
public enum JSONLDWriter {
    public static func document(_ graph: RDFGraph) -> JSONValue {
        var context: [String: JSONValue] = [:]
        for (prefix, namespace) in Vocabulary.prefixes { context[prefix] = .string(namespace) }
        let nodes: [JSONValue] = graph.descriptions.map { description in
            var node: [String: JSONValue] = ["@id": .string(identifier(description.subject))]
            for (predicate, objects) in description.properties {
                if predicate == Vocabulary.rdf("type") {
                    let types = objects.compactMap { object -> JSONValue? in
                        if case let .iri(iri) = object { return .string(name(iri)) }
                        return nil
                    }
                    node["@type"] = types.count == 1 ? types[0] : .array(types)
                } else {
                    let values = objects.map(value)
                    node[name(predicate)] = values.count == 1 ? values[0] : .array(values)
                }
            }
            return .object(node)
        }
        return ["@context": .object(context), "@graph": .array(nodes)]
    }

    public static func write(_ graph: RDFGraph) -> String { document(graph).serialized() }

    private static func name(_ iri: String) -> String {
        Vocabulary.compact(iri).map { "\($0.prefix):\($0.local)" } ?? iri
    }

    private static func identifier(_ term: RDFTerm) -> String {
        switch term {
        case let .iri(iri): iri
        case let .blank(label): "_:" + label
        case let .literal(value, _, _): value
        }
    }

    private static func value(_ term: RDFTerm) -> JSONValue {
        switch term {
        case .iri, .blank: return ["@id": .string(identifier(term))]
        case let .literal(value, datatype, language):
            if let language { return ["@value": .string(value), "@language": .string(language)] }
            if let datatype { return ["@value": .string(value), "@type": .string(name(datatype))] }
            return ["@value": .string(value)]
        }
    }
}
