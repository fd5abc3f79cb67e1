/// An RDF graph as a value: triples in the order they were added, each one once.
///
/// The DCAT builder fills one graph; the Turtle, JSON-LD and RDF/XML writers read the same graph, so the
/// three files cannot drift apart. Order is insertion order, so the output is deterministic.
public struct RDFGraph: Sendable, Equatable {
    public private(set) var triples: [RDFTriple] = []
    /// The statements grouped as the writers print them: subjects in first-seen order, each with its predicates in
    /// first-seen order. A triple is new unless its subject's group already lists its object under its predicate.
    private var groups: [Group] = []
    private var groupOfSubject: [RDFTerm: Int] = [:]

    private struct Group: Sendable {
        let subject: RDFTerm
        var properties: [(predicate: String, objects: [RDFTerm])] = []
        /// The objects of the properties that have many (a catalogue's `dcat:dataset`), by property, to find one fast.
        var objectSets: [Int: Set<RDFTerm>] = [:]
    }

    /// Above this many objects, a property's objects are looked up in a set rather than one by one.
    private static let objectSetThreshold = 16

    public init() {}

    /// Adds a statement unless the graph already holds it.
    public mutating func add(_ subject: RDFTerm, _ predicate: String, _ object: RDFTerm) {
        guard let group = groupOfSubject[subject] else {
            groupOfSubject[subject] = groups.count
            groups.append(Group(subject: subject, properties: [(predicate, [object])]))
            triples.append(RDFTriple(subject, predicate, object))
            return
        }
        if let property = groups[group].properties.firstIndex(where: { $0.predicate == predicate }) {
            if let set = groups[group].objectSets[property] {
                guard !set.contains(object) else { return }
                groups[group].objectSets[property]?.insert(object)
            } else {
                guard !groups[group].properties[property].objects.contains(object) else { return }
            }
            groups[group].properties[property].objects.append(object)
            if groups[group].objectSets[property] == nil, groups[group].properties[property].objects.count > Self.objectSetThreshold {
                groups[group].objectSets[property] = Set(groups[group].properties[property].objects)
            }
        } else {
            groups[group].properties.append((predicate, [object]))
        }
        triples.append(RDFTriple(subject, predicate, object))
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

        /// True when both say the same of the same subject, in the same order.
        func states(sameAs other: Description) -> Bool {
            guard subject == other.subject, properties.count == other.properties.count else { return false }
            return zip(properties, other.properties).allSatisfy { $0.predicate == $1.predicate && $0.objects == $1.objects }
        }
    }

    /// Every subject in first-seen order, with its statements grouped by predicate: what the writers print.
    public var descriptions: [Description] {
        groups.map { Description(subject: $0.subject, properties: $0.properties) }
    }

    /// The positions in `descriptions` of the subjects reachable from `root` (itself, the nodes it points to, and so on),
    /// in order: the descriptions of `reachable(from: [root])[0]`.
    func reachableDescriptions(from root: RDFTerm) -> [Int] {
        // Only the nodes the graph describes count: the others bring no statement.
        guard let start = groupOfSubject[root] else { return [] }
        var visited = [Bool](repeating: false, count: groups.count)
        visited[start] = true
        var queue = [start]
        var kept: [Int] = []
        while let group = queue.popLast() {
            kept.append(group)
            for property in groups[group].properties {
                for object in property.objects {
                    if case .literal = object { continue }
                    if let next = groupOfSubject[object], !visited[next] {
                        visited[next] = true
                        queue.append(next)
                    }
                }
            }
        }
        return kept.sorted()
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
