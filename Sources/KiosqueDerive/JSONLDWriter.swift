import KiosqueModel

/// Writes an ``RDFGraph`` as JSON-LD: an inline `@context` of prefixes and a top-level `@graph` with one
/// node object per subject. Values are explicit (`@id`, `@value` with `@type` or `@language`), so that the
/// document reads the same without any term definition.
public enum JSONLDWriter {
    public static func document(_ graph: RDFGraph) -> JSONValue {
        ["@context": context, "@graph": .array(graph.descriptions.map(node))]
    }

    public static func write(_ graph: RDFGraph) -> String {
        let descriptions = graph.descriptions
        guard !descriptions.isEmpty else { return document(graph).serialized() }
        return frame.before + descriptions.map(nodeText).joined(separator: separator) + frame.after
    }

    /// The document as `document(_:).serialized()` writes it, cut around its nodes: the text before the first node and
    /// after the last. Nodes (`nodeText`) are separated by `separator`, so a document can be assembled from nodes
    /// serialized apart, in the order of the graph's descriptions. A document has at least one node.
    static let frame: (before: String, after: String) = {
        let marker = "\u{0}kiosque-nodes\u{0}"
        let whole = JSONValue.object(["@context": context, "@graph": .array([.string(marker)])]).serialized()
        let parts = whole.split(separator: JSONValue.string(marker).serialized(pretty: false), omittingEmptySubsequences: false)
        precondition(parts.count == 2, "the JSON-LD frame holds its marker once")
        return (String(parts[0]), String(parts[1]))
    }()

    /// Between two nodes of `@graph`.
    static let separator = ",\n    "

    /// One node of `@graph` as it appears in the document: `node(description).serialized(depth: 2)`, printed without
    /// building the `JSONValue` (members sorted by key, a later member replacing an earlier one of the same key).
    static func nodeText(_ description: RDFGraph.Description) -> String {
        enum Member {
            case identifier(String), types([String]), values([RDFTerm])
        }
        var members: [(key: String, member: Member)] = [("@id", .identifier(identifier(description.subject)))]
        members.reserveCapacity(description.properties.count + 1)
        for (predicate, objects) in description.properties {
            let member: (key: String, member: Member)
            if predicate == Vocabulary.rdfType {
                member = ("@type", .types(objects.compactMap { object in
                    if case let .iri(iri) = object { return name(iri) }
                    return nil
                }))
            } else {
                member = (name(predicate), .values(objects))
            }
            if let index = members.firstIndex(where: { $0.key == member.key }) { members[index] = member } else { members.append(member) }
        }
        members.sort { $0.key < $1.key }
        var out = "{"
        for (index, (key, member)) in members.enumerated() {
            out += index == 0 ? "\n      " : ",\n      "
            JSONValue.appendString(key, to: &out)
            out += ": "
            switch member {
            case let .identifier(text): JSONValue.appendString(text, to: &out)
            case let .types(types):
                if types.count == 1 {
                    JSONValue.appendString(types[0], to: &out)
                } else if types.isEmpty {
                    out += "[]"
                } else {
                    out += "["
                    for (index, type) in types.enumerated() {
                        out += index == 0 ? "\n        " : ",\n        "
                        JSONValue.appendString(type, to: &out)
                    }
                    out += "\n      ]"
                }
            case let .values(values):
                if values.count == 1 {
                    appendValue(values[0], depth: 3, to: &out)
                } else {
                    out += "["
                    for (index, value) in values.enumerated() {
                        out += index == 0 ? "\n        " : ",\n        "
                        appendValue(value, depth: 4, to: &out)
                    }
                    out += "\n      ]"
                }
            }
        }
        out += "\n    }"
        return out
    }

    /// `value(term).serialized(depth: depth)`.
    private static func appendValue(_ term: RDFTerm, depth: Int, to out: inout String) {
        let inner = indents[depth + 1]
        out += "{"
        out += inner
        switch term {
        case .iri, .blank:
            out += "\"@id\": "
            JSONValue.appendString(identifier(term), to: &out)
        case let .literal(value, datatype, language):
            if let language {
                out += "\"@language\": "
                JSONValue.appendString(language, to: &out)
                out += ","
                out += inner
            } else if let datatype {
                out += "\"@type\": "
                JSONValue.appendString(name(datatype), to: &out)
                out += ","
                out += inner
            }
            out += "\"@value\": "
            JSONValue.appendString(value, to: &out)
        }
        out += indents[depth]
        out += "}"
    }

    /// A line feed and the indentation of the depths a value of a node is printed at.
    private static let indents: [String] = (0...5).map { "\n" + String(repeating: "  ", count: $0) }

    private static let context: JSONValue = {
        var context: [String: JSONValue] = [:]
        for (prefix, namespace) in Vocabulary.prefixes { context[prefix] = .string(namespace) }
        return .object(context)
    }()

    private static func node(_ description: RDFGraph.Description) -> JSONValue {
        var node: [String: JSONValue] = ["@id": .string(identifier(description.subject))]
        for (predicate, objects) in description.properties {
            if predicate == Vocabulary.rdfType {
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

    private static func name(_ iri: String) -> String {
        Vocabulary.compactName(iri) ?? iri
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
