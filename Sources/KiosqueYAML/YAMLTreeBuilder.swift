import KiosqueModel

/// Builds the node tree from parser events with an explicit stack (no recursion), removing
/// duplicate keys, expanding aliases, and stopping when the limits are crossed.
struct YAMLTreeBuilder {
    /// Why building stopped early; the tree is then discarded.
    struct Stop: Error {}

    private let file: String
    private let language: Language
    private let firstLine: Int
    private let limits: YAMLLimits

    private(set) var diagnostics: [Diagnostic] = []
    /// The first document's root once it is complete.
    private(set) var root: YAMLNode?

    private var stack: [Frame] = []
    private var anchors: [String: Subtree] = [:]
    private var nodeCount = 0
    private var aliasNodeCount = 0
    private var documentCount = 0

    init(file: String, language: Language, firstLine: Int, limits: YAMLLimits) {
        self.file = file
        self.language = language
        self.firstLine = firstLine
        self.limits = limits
    }

    /// Takes one event. Returns false when the rest of the stream must be ignored (a second
    /// document); throws `Stop` when a limit is crossed.
    mutating func take(_ event: YAMLEvent) throws(Stop) -> Bool {
        switch event {
        case .streamStart, .streamEnd, .documentEnd:
            return true
        case .documentStart(let mark):
            documentCount += 1
            if documentCount > 1 {
                diagnostics.append(.yamlMultipleDocuments(at: location(mark), language))
                return false
            }
            return true
        case .sequenceStart(let anchor, let mark):
            try open(.sequence([]), anchor: anchor, at: mark)
        case .mappingStart(let anchor, let mark):
            try open(.mapping([], pending: .none, firstLines: [:]), anchor: anchor, at: mark)
        case .sequenceEnd, .mappingEnd:
            close()
        case .scalar(let text, let plain, let anchor, let mark):
            try count(1, at: mark)
            add(Subtree(node: YAMLNode(.scalar(text, plain: plain), location: location(mark)), size: 1, height: 0),
                anchor: anchor)
        case .alias(let name, let mark):
            try expand(name, at: mark)
        }
        return true
    }

    // MARK: - Collections

    private mutating func open(_ content: Frame.Content, anchor: String?, at mark: YAMLMark) throws(Stop) {
        try count(1, at: mark)
        guard stack.count < limits.maxDepth else {
            diagnostics.append(.yamlTooDeep(limit: limits.maxDepth, at: location(mark), language))
            throw Stop()
        }
        stack.append(Frame(location: location(mark), anchor: anchor, content: content))
    }

    private mutating func close() {
        guard let frame = stack.popLast() else { return }
        let kind: YAMLNode.Kind = switch frame.content {
        case .sequence(let items): .sequence(items)
        case .mapping(let pairs, _, _): .mapping(pairs)
        }
        add(Subtree(node: YAMLNode(kind, location: frame.location), size: frame.size, height: frame.height),
            anchor: frame.anchor)
    }

    private mutating func expand(_ name: String, at mark: YAMLMark) throws(Stop) {
        guard let anchored = anchors[name] else {
            diagnostics.append(.yamlUnknownAlias(name, at: location(mark), language))
            try count(1, at: mark)
            add(Subtree(node: YAMLNode(.scalar("", plain: true), location: location(mark)), size: 1, height: 0), anchor: nil)
            return
        }
        aliasNodeCount += anchored.size
        if aliasNodeCount > limits.maxAliasNodes {
            diagnostics.append(.yamlTooManyAliasNodes(limit: limits.maxAliasNodes, at: location(mark), language))
            throw Stop()
        }
        try count(anchored.size, at: mark)
        guard stack.count + anchored.height <= limits.maxDepth else {
            diagnostics.append(.yamlTooDeep(limit: limits.maxDepth, at: location(mark), language))
            throw Stop()
        }
        // The alias stands where it is written; what it repeats keeps the anchor's locations.
        let node = YAMLNode(anchored.node.kind, location: location(mark))
        add(Subtree(node: node, size: anchored.size, height: anchored.height), anchor: nil)
    }

    private mutating func count(_ nodes: Int, at mark: YAMLMark) throws(Stop) {
        nodeCount += nodes
        if nodeCount > limits.maxNodes {
            diagnostics.append(.yamlTooManyNodes(limit: limits.maxNodes, at: location(mark), language))
            throw Stop()
        }
    }

    // MARK: - Attaching a finished node

    private mutating func add(_ subtree: Subtree, anchor: String?) {
        if let anchor { anchors[anchor] = subtree }
        guard var parent = stack.popLast() else {
            root = subtree.node
            return
        }
        parent.size += subtree.size
        parent.height = max(parent.height, subtree.height + 1)
        // Each case empties `parent.content` before appending, so the array is uniquely
        // referenced and grows in place instead of being copied for every item.
        switch parent.content {
        case .sequence(var items):
            parent.content = .sequence([])
            items.append(subtree.node)
            parent.content = .sequence(items)
        case .mapping(var pairs, let pending, var firstLines):
            parent.content = .sequence([])
            let next: Frame.PendingKey
            switch pending {
            case .none:
                next = key(subtree.node, firstLines: &firstLines)
            case .key(let key, let keyLocation):
                pairs.append(YAMLPair(key: key, keyLocation: keyLocation, value: subtree.node))
                next = .none
            case .skip:
                next = .none
            }
            parent.content = .mapping(pairs, pending: next, firstLines: firstLines)
        }
        stack.append(parent)
    }

    /// Decides what to do with the value that follows this key.
    private mutating func key(_ node: YAMLNode, firstLines: inout [String: Int]) -> Frame.PendingKey {
        guard case .scalar(let text, _) = node.kind else {
            diagnostics.append(.yamlComplexKey(at: node.location, language))
            return .skip
        }
        if let first = firstLines[text] {
            diagnostics.append(.yamlDuplicateKey(text, firstLine: first, at: node.location, language))
            return .skip
        }
        firstLines[text] = node.location.line
        return .key(text, node.location)
    }

    private func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + firstLine, column: mark.column + 1)
    }
}

private extension YAMLTreeBuilder {
    /// A finished node with what the limits need to know about it.
    struct Subtree {
        let node: YAMLNode
        /// Nodes in it, itself included.
        let size: Int
        /// Levels of collections in it: 0 for a scalar.
        let height: Int
    }

    /// A sequence or mapping whose end event has not come yet.
    struct Frame {
        enum PendingKey {
            /// The next node is a key.
            case none
            /// The next node is the value of this key.
            case key(String, SourceLocation)
            /// The next node is the value of a rejected key: drop it.
            case skip
        }

        enum Content {
            case sequence([YAMLNode])
            case mapping([YAMLPair], pending: PendingKey, firstLines: [String: Int])
        }

        let location: SourceLocation
        let anchor: String?
        var content: Content
        var size = 1
        var height = 1
    }
}
