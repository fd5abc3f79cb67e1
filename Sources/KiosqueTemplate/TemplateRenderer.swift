/// One rendering of a `TemplateProgram`: the stack of values names are looked up in (from the page's values to the
/// innermost section's), and what the partials and blocks being rendered hand down — their indentation, one after the
/// other, and the blocks their children gave — kept as stacks that each partial or block pushes on and pops.
struct TemplateRenderer: ~Copyable {
    typealias Instruction = TemplateProgram.Instruction

    private let program: TemplateProgram
    private let instructions: UnsafeBufferPointer<Instruction>
    private let text: UnsafeBufferPointer<UInt8>
    private let keys: UnsafeBufferPointer<String>
    private var stack: [TemplateValue]
    /// The indentation of the partials and blocks being rendered, outermost first.
    private var indentation: [UInt8] = []
    /// The block sets of the parents being rendered, outermost first: the nearest template to the page wins.
    private var blockSets: [Int32] = []
    /// How many partials deep.
    private var depth = 0
    /// How many bodies deep (sections within partials within sections).
    private var nesting = 0

    /// Renders template `number` of `program` over `value` at the end of `output`.
    static func render(_ program: TemplateProgram, template number: Int, _ value: TemplateValue, into output: inout [UInt8]) {
        program.instructions.withUnsafeBufferPointer { instructions in
            program.text.withUnsafeBufferPointer { text in
                program.keys.withUnsafeBufferPointer { keys in
                    var renderer = TemplateRenderer(program: program, instructions: instructions, text: text, keys: keys,
                                                    stack: [value])
                    let range = program.templates[number]
                    renderer.render(range.lowerBound, range.upperBound, into: &output)
                }
            }
        }
    }

    private init(program: TemplateProgram, instructions: UnsafeBufferPointer<Instruction>, text: UnsafeBufferPointer<UInt8>,
                 keys: UnsafeBufferPointer<String>, stack: [TemplateValue]) {
        self.program = program
        self.instructions = instructions
        self.text = text
        self.keys = keys
        self.stack = stack
        self.stack.reserveCapacity(16)
        indentation.reserveCapacity(64)
    }

    /// Instructions `start..<end`.
    private mutating func render(_ start: Int32, _ end: Int32, into output: inout [UInt8]) {
        // Sections within partials within sections: bounded, so that no theme can exhaust a worker's stack.
        guard nesting < 128 else { return }
        nesting += 1
        defer { nesting -= 1 }
        if indentation.isEmpty {
            for index in Int(start)..<Int(end) { execute(instructions[index], into: &output) }
            return
        }
        // Under an indented partial, each piece that starts a line of this template's own output is indented (the
        // partial's own lines, not the lines inside a value it prints). Pieces are rendered in place; the indentation
        // goes in front of one that turns out not to be empty.
        let first = output.count
        for index in Int(start)..<Int(end) {
            let before = output.count
            execute(instructions[index], into: &output)
            if output.count > before, Self.endsLine(output, from: first, to: before) {
                output.insert(contentsOf: indentation, at: before)
            }
        }
    }

    /// True when `text[start..<end]` ends with a lone `\n` (`\r\n` is one character, not a `\n`, as Swift's `String`
    /// sees it).
    private static func endsLine(_ text: [UInt8], from start: Int, to end: Int) -> Bool {
        guard end > start, text[end - 1] == 0x0A else { return false }
        return end - 2 < start || text[end - 2] != 0x0D
    }

    private mutating func execute(_ instruction: Instruction, into output: inout [UInt8]) {
        switch instruction.kind {
        case .text:
            output.append(contentsOf: bytes(instruction.first, instruction.second))

        case .variable:
            switch lookup(instruction) {
            case let .text(text)?:
                if instruction.escaped { HTMLEscaping.append(text, to: &output) } else { output += text.utf8 }
            case let .bool(flag)?:
                output += (flag ? "true" : "false").utf8
            default:
                break
            }

        case .section:
            guard let value = lookup(instruction) else { return }
            switch value {
            case let .list(items):
                for item in items { inside(item, instruction, into: &output) }
            case let .bool(flag):
                if flag { render(instruction.third, instruction.fourth, into: &output) }
            case .absent:
                break
            case .text, .object:
                inside(value, instruction, into: &output)
            }

        case .inverted:
            switch lookup(instruction) {
            case nil, .absent?, .bool(false)?:
                render(instruction.third, instruction.fourth, into: &output)
            case let .list(items)? where items.isEmpty:
                inside(.list(items), instruction, into: &output)
            default:
                break
            }

        case .partial:
            guard instruction.first >= 0, depth < TemplateLibrary.maximumDepth else { return }
            let indented = indent(instruction.second, instruction.third)
            if instruction.fourth >= 0 { blockSets.append(instruction.fourth) }
            depth += 1
            let range = program.templates[Int(instruction.first)]
            render(range.lowerBound, range.upperBound, into: &output)
            depth -= 1
            if instruction.fourth >= 0 { blockSets.removeLast() }
            indentation.removeLast(indented)

        case .block:
            let indented = indent(instruction.second, instruction.indentationEnd)
            let body = block(instruction.first) ?? (instruction.third..<instruction.fourth)
            render(body.lowerBound, body.upperBound, into: &output)
            indentation.removeLast(indented)
        }
    }

    private func bytes(_ start: Int32, _ end: Int32) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[Int(start)..<Int(end)])
    }

    /// Adds text bytes `start..<end` to the indentation; how many.
    private mutating func indent(_ start: Int32, _ end: Int32) -> Int {
        if start < end { indentation.append(contentsOf: bytes(start, end)) }
        return Int(end - start)
    }

    /// The body a child gives the block `name`, the outermost child's first.
    private func block(_ name: Int32) -> Range<Int32>? {
        for set in blockSets {
            let definitions = program.blockSets[Int(set)]
            for index in Int(definitions.lowerBound)..<Int(definitions.upperBound) where program.blockDefinitions[index].name == name {
                return program.blockDefinitions[index].start..<program.blockDefinitions[index].end
            }
        }
        return nil
    }

    /// The section's body rendered with `value` as the innermost context.
    private mutating func inside(_ value: TemplateValue, _ section: Instruction, into output: inout [UInt8]) {
        stack.append(value)
        render(section.third, section.fourth, into: &output)
        stack.removeLast()
    }

    /// A name's value: `.` is the innermost context; otherwise the first part is looked up from the innermost context
    /// outwards (or in the innermost only for `.name`), and the other parts inside what it found.
    private func lookup(_ instruction: Instruction) -> TemplateValue? {
        let start = Int(instruction.first)
        let end = Int(instruction.second)
        if start == end { return stack.last }
        var found: TemplateValue?
        let first = keys[start]
        if instruction.anchored {
            found = stack.last?.child(first)
        } else {
            for index in stack.indices.reversed() {
                if let value = stack[index].child(first) {
                    found = value
                    break
                }
            }
        }
        guard var value = found else { return nil }
        for part in start + 1..<end {
            guard let child = value.child(keys[part]) else { return nil }
            value = child
        }
        return value
    }
}
