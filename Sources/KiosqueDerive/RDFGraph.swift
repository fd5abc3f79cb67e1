/// An RDF graph as a value: triples in the order they were added, each one once.
///
/// The DCAT builder fills one graph; the Turtle, JSON-LD and RDF/XML writers read the same graph, so the
/// three files cannot drift apart. Order is insertion order, so the output is deterministic.
public struct RDFGraph: Sendable, Equatable {
    public private(set) var triples: [RDFTriple] = []
    private var seen: Set<RDFTriple> = []

    public init() {}

    /// Adds a statement unless the graph already holds it.
    public mutating func add(_ subject: RDFTerm, _ predicate: String, _ object: RDFTerm) {
        let triple = RDFTriple(subject, predicate, object)
        if seen.insert(triple).inserted { triples.append(triple) }
    }

    /// Adds a statement when there is an object.
    public mutating func add(_ subject: RDFTerm, _ predicate: String, _ object: RDFTerm?) {
        if let object { add(subject, predicate, object) }
    }

    /// Adds every statement of another graph.
    public mutating func formUnion(_ other: RDFGraph) {
        for triple in other.triples { add(triple.subject, triple.predicate, triple.object) }
    }

    public static func == (a: RDFGraph, b: RDFGraph) -> Bool { a.triples == b.triples }

    /// What the graph says about one subject: its predicates in first-seen order, each with its objects.
    public struct Description: Sendable {
        public let subject: RDFTerm
        public let properties: [(predicate: String, objects: [RDFTerm])]
    }

    /// Every subject in first-seen order, with its statements grouped by predicate: what the writers print.
    public var descriptions: [Description] {
        var order: [RDFTerm] = []
        var grouped: [RDFTerm: [(predicate: String, objects: [RDFTerm])]] = [:]
        for triple in triples {
            if grouped[triple.subject] == nil {
                order.append(triple.subject)
                grouped[triple.subject] = []
            }
            if let index = grouped[triple.subject]?.firstIndex(where: { $0.predicate == triple.predicate }) {
                grouped[triple.subject]?[index].objects.append(triple.object)
            } else {
                grouped[triple.subject]?.append((triple.predicate, [triple.object]))
            }
        }
        return order.map { Description(subject: $0, properties: grouped[$0] ?? []) }
    }

    /// The parts of the graph reachable from each root: a root's statements, those of the nodes it points to, and so
    /// on, in the graph's order. A dataset's own file (`dataset.jsonld`) is the catalogue graph seen from the dataset.
    public func reachable(from roots: [RDFTerm]) -> [RDFGraph] {
        var bySubject: [RDFTerm: [Int]] = [:]
        for (position, triple) in triples.enumerated() { bySubject[triple.subject, default: []].append(position) }
        return roots.map { root in
            var visited: Set<RDFTerm> = [root]
            var queue = [root]
            var kept: [Int] = []
            while let node = queue.popLast() {
                for position in bySubject[node] ?? [] {
                    kept.append(position)
                    let object = triples[position].object
                    if case .literal = object { continue }
                    if visited.insert(object).inserted { queue.append(object) }
                }
            }
            var result = RDFGraph()
            for position in kept.sorted() { result.add(triples[position].subject, triples[position].predicate, triples[position].object) }
            return result
        }
    }
}
