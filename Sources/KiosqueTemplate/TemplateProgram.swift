/// A library's templates compiled into one flat program, once per build: every node of every template is an
/// `Instruction` in one contiguous array, a section's or block's body a range of it, texts ranges of one byte array,
/// names split at their dots into one array of keys, and partials and parents resolved to the template they include.
/// Walking it retains nothing: instructions hold only integers.
struct TemplateProgram: Sendable {
    /// One node. What `first`…`fourth` mean depends on `kind` (ranges are `start..<end` in the array named).
    struct Instruction: Sendable {
        enum Kind: UInt8, Sendable {
            /// `text` bytes `first..<second`.
            case text
            /// A value printed escaped (`escaped`) or as it is; its name is `keys[first..<second]`, looked up in the
            /// innermost context only when `anchored`.
            case variable
            /// A section over the name `keys[first..<second]`; its body is `instructions[third..<fourth]`.
            case section
            /// An inverted section, as `section`.
            case inverted
            /// The template `templates[first]` (nothing when `first` is -1: no such template), indented by `text`
            /// bytes `second..<third`, with the children's blocks `blockSets[fourth]` (-1 for a plain partial).
            case partial
            /// The block named `first` (see `blockNames`): a child's version when it gives one, otherwise
            /// `instructions[third..<fourth]`; indented by `text` bytes `second..<indentationEnd`.
            case block
        }

        var kind: Kind
        var escaped = false
        var anchored = false
        var first: Int32 = 0
        var second: Int32 = 0
        var third: Int32 = 0
        var fourth: Int32 = 0
        var indentationEnd: Int32 = 0
    }

    /// The blocks a child gives its parent: `name` is a block's number, `body` its instructions.
    struct BlockDefinition: Sendable {
        var name: Int32
        var start: Int32
        var end: Int32
    }

    private(set) var instructions: [Instruction] = []
    /// Every text, indentation and partial indentation, one after the other.
    private(set) var text: [UInt8] = []
    /// The parts of every name.
    private(set) var keys: [String] = []
    /// Each template's instructions, by the template's number.
    private(set) var templates: [Range<Int32>] = []
    /// Template numbers by name.
    private(set) var templateNumbers: [String: Int] = [:]
    /// Each parent tag's blocks (`blockDefinitions[start..<end]`, each name once, the last definition kept).
    private(set) var blockSets: [Range<Int32>] = []
    private(set) var blockDefinitions: [BlockDefinition] = []
    private var blockNames: [String: Int32] = [:]

    init(_ library: [String: Template]) {
        let names = library.keys.sorted()
        for (number, name) in names.enumerated() { templateNumbers[name] = number }
        templates = Array(repeating: 0..<0, count: names.count)
        for (number, name) in names.enumerated() {
            templates[number] = compile(library[name]!.nodes)
        }
    }

    // MARK: - Compiling

    /// `nodes` laid out as consecutive instructions; their bodies go after them.
    private mutating func compile(_ nodes: [Template.Node]) -> Range<Int32> {
        let kept = nodes.filter { if case .blockDefinition = $0 { false } else { true } }
        let start = instructions.count
        instructions += repeatElement(Instruction(kind: .text), count: kept.count)
        for (offset, node) in kept.enumerated() {
            let instruction = compile(node)
            instructions[start + offset] = instruction
        }
        return Int32(start)..<Int32(start + kept.count)
    }

    private mutating func compile(_ node: Template.Node) -> Instruction {
        switch node {
        case let .text(bytes):
            let range = append(bytes)
            return Instruction(kind: .text, first: range.lowerBound, second: range.upperBound)
        case let .variable(name, escaped):
            let parts = append(name)
            return Instruction(kind: .variable, escaped: escaped, anchored: name.anchored, first: parts.lowerBound,
                               second: parts.upperBound)
        case let .section(name, body), let .inverted(name, body):
            var kind = Instruction.Kind.section
            if case .inverted = node { kind = .inverted }
            let parts = append(name)
            let body = compile(body)
            return Instruction(kind: kind, anchored: name.anchored, first: parts.lowerBound, second: parts.upperBound,
                               third: body.lowerBound, fourth: body.upperBound)
        case let .partial(name, indentation, blocks):
            let indentation = append(indentation ?? [])
            var set: Int32 = -1
            if let blocks {
                // Compiled in the order of their names, so that the same library gives the same program.
                var definitions: [BlockDefinition] = []
                for (block, body) in blocks.sorted(by: { $0.key < $1.key }) {
                    let body = compile(body)
                    definitions.append(BlockDefinition(name: blockNumber(block), start: body.lowerBound, end: body.upperBound))
                }
                set = Int32(blockSets.count)
                blockSets.append(Int32(blockDefinitions.count)..<Int32(blockDefinitions.count + definitions.count))
                blockDefinitions += definitions
            }
            return Instruction(kind: .partial, first: Int32(templateNumbers[name] ?? -1), second: indentation.lowerBound,
                               third: indentation.upperBound, fourth: set)
        case let .block(name, defaults, indentation):
            let indentation = append(indentation)
            let body = compile(defaults)
            return Instruction(kind: .block, first: blockNumber(name), second: indentation.lowerBound, third: body.lowerBound,
                               fourth: body.upperBound, indentationEnd: indentation.upperBound)
        case .blockDefinition:
            preconditionFailure("block definitions are taken by their parent")
        }
    }

    private mutating func append(_ bytes: [UInt8]) -> Range<Int32> {
        let start = text.count
        text += bytes
        return Int32(start)..<Int32(text.count)
    }

    private mutating func append(_ name: Template.Name) -> Range<Int32> {
        let start = keys.count
        keys += name.parts
        return Int32(start)..<Int32(keys.count)
    }

    private mutating func blockNumber(_ name: String) -> Int32 {
        if let number = blockNames[name] { return number }
        let number = Int32(blockNames.count)
        blockNames[name] = number
        return number
    }
}
