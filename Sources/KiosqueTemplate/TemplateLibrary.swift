/// A theme's templates by name, parsed once; renders one of them over a `TemplateValue` into UTF-8 bytes.
/// Immutable once made, so any number of workers render from one library at the same time.
public struct TemplateLibrary: Sendable {
    private let templates: [String: Template]

    /// Partials nested deeper than this print nothing more (a template that includes itself without end).
    static let maximumDepth = 64

    public init(_ templates: [String: Template]) {
        self.templates = templates
    }

    /// Every `{{> name}}` or `{{<name}}` that names no template: the including template, and the problem located.
    public func unknownPartials() -> [(template: String, error: Template.SyntaxError)] {
        var unknown: [(template: String, error: Template.SyntaxError)] = []
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            for include in template.includes where templates[include.name] == nil {
                unknown.append((name, Template.SyntaxError(problem: .unknownPartial(include.name), line: include.line, column: include.column)))
            }
        }
        return unknown
    }

    /// The template `name` rendered over `value`, nil when there is no such template.
    public func render(_ name: String, _ value: TemplateValue) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var renderer = Renderer(templates: templates, stack: [value])
        var output: [UInt8] = []
        output.reserveCapacity(32 * 1024)
        renderer.render(template.nodes, Renderer.Frame(), into: &output)
        return output
    }
}

/// One rendering: the stack of values names are looked up in, from the page's values to the innermost section's.
private struct Renderer {
    typealias Node = Template.Node

    /// What a partial or block hands down: its indentation, and the blocks its children gave.
    struct Frame {
        var indentation: [UInt8] = []
        var blocks: [String: [Node]]?
        var depth = 0
    }

    let templates: [String: Template]
    var stack: [TemplateValue]
    var nesting = 0

    mutating func render(_ nodes: [Node], _ frame: Frame, into output: inout [UInt8]) {
        // Sections within partials within sections: bounded, so that no theme can exhaust a worker's stack.
        guard nesting < 128 else { return }
        nesting += 1
        defer { nesting -= 1 }
        if frame.indentation.isEmpty {
            for node in nodes { render(node, frame, into: &output) }
            return
        }
        // Under an indented partial, each piece that starts a line of this template's own output is indented (the
        // partial's own lines, not the lines inside a value it prints). Pieces are rendered in place; the indentation
        // goes in front of one that turns out not to be empty.
        let start = output.count
        for node in nodes {
            let before = output.count
            render(node, frame, into: &output)
            if output.count > before, Self.endsLine(output, from: start, to: before) {
                output.insert(contentsOf: frame.indentation, at: before)
            }
        }
    }

    /// True when `text[start..<end]` ends with a lone `\n` (`\r\n` is one character, not a `\n`, as Swift's `String`
    /// sees it).
    private static func endsLine(_ text: [UInt8], from start: Int, to end: Int) -> Bool {
        guard end > start, text[end - 1] == 0x0A else { return false }
        return end - 2 < start || text[end - 2] != 0x0D
    }

    private mutating func render(_ node: Node, _ frame: Frame, into output: inout [UInt8]) {
        switch node {
        case let .text(bytes):
            output += bytes

        case let .variable(name, escaped):
            switch lookup(name) {
            case let .text(text)?:
                if escaped { HTMLEscaping.append(text, to: &output) } else { output += text.utf8 }
            case let .bool(flag)?:
                output += (flag ? "true" : "false").utf8
            default:
                break
            }

        case let .section(name, body):
            guard let value = lookup(name) else { return }
            switch value {
            case let .list(items):
                for item in items { inside(item, body, frame, into: &output) }
            case let .bool(flag):
                if flag { render(body, frame, into: &output) }
            case .absent:
                break
            case .text, .object:
                inside(value, body, frame, into: &output)
            }

        case let .inverted(name, body):
            switch lookup(name) {
            case nil, .absent?, .bool(false)?:
                render(body, frame, into: &output)
            case let .list(items)? where items.isEmpty:
                inside(.list(items), body, frame, into: &output)
            default:
                break
            }

        case let .partial(name, indentation, blocks):
            guard let template = templates[name], frame.depth < TemplateLibrary.maximumDepth else { return }
            var inner = frame
            inner.depth += 1
            if let indentation { inner.indentation += indentation }
            if let blocks {
                // The child's blocks are kept over its parent's: the nearest template to the page wins.
                inner.blocks = frame.blocks.map { $0.merging(blocks) { kept, _ in kept } } ?? blocks
            }
            render(template.nodes, inner, into: &output)

        case let .block(name, defaults, indentation):
            var inner = frame
            inner.indentation += indentation
            render(frame.blocks?[name] ?? defaults, inner, into: &output)

        case .blockDefinition:
            break
        }
    }

    /// `body` rendered with `value` as the innermost context.
    private mutating func inside(_ value: TemplateValue, _ body: [Node], _ frame: Frame, into output: inout [UInt8]) {
        stack.append(value)
        render(body, frame, into: &output)
        stack.removeLast()
    }

    /// A name's value: `.` is the innermost context; otherwise the first part is looked up from the innermost context
    /// outwards (or in the innermost only for `.name`), and the other parts inside what it found.
    private func lookup(_ name: Template.Name) -> TemplateValue? {
        if name.isCurrent { return stack.last }
        var found: TemplateValue?
        if name.anchored {
            found = stack.last?.child(name.parts[0])
        } else {
            let first = name.parts[0]
            for index in stack.indices.reversed() {
                if let value = stack[index].child(first) {
                    found = value
                    break
                }
            }
        }
        guard var value = found else { return nil }
        for part in name.parts.dropFirst() {
            guard let child = value.child(part) else { return nil }
            value = child
        }
        return value
    }
}
