/// Reads a template's bytes into nodes. Whitespace follows Mustache's "standalone" rule: a line holding only a
/// section, inverted section, closing, comment, partial, parent, block or delimiter tag (and spaces or tabs) is removed
/// whole; a standalone partial indents every line it prints like its tag. The rules and their corner cases are those
/// of swift-mustache 2, which Kiosque used before, so themes print exactly as they did.
struct TemplateParser {
    private typealias SyntaxError = Template.SyntaxError

    private struct State {
        var sectionName: String?
        /// Where the open section's tag starts, for the error when it is never closed.
        var openedAt = 0
        /// How many sections, parents and blocks are open around this one.
        var depth = 0
        var newLine = true
        /// Inside `{{<parent}}…{{/parent}}`, and directly inside it (where `{{$name}}` gives a block).
        var inParent = false
        var parentTopLevel = false
        var start: [UInt8] = Array("{{".utf8)
        var end: [UInt8] = Array("}}".utf8)
        /// The indentation of a block definition's first line, taken off each of its lines.
        var blockIndent: ArraySlice<UInt8>?

        func section(_ name: String, at tagStart: Int, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.openedAt = tagStart
            state.depth += 1
            state.parentTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func parent(_ name: String, at tagStart: Int) -> State {
            var state = self
            state.sectionName = name
            state.openedAt = tagStart
            state.depth += 1
            state.newLine = true
            state.inParent = true
            state.parentTopLevel = true
            return state
        }
    }

    private let bytes: [UInt8]
    private var position = 0
    private(set) var includes: [Template.Include] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func parseAll() throws(Template.SyntaxError) -> [Template.Node] {
        try parse(State())
    }

    // MARK: - Nodes

    /// Sections nested deeper than this are refused (the parser reads them recursively).
    static let maximumDepth = 100

    private mutating func parse(_ initial: State) throws(SyntaxError) -> [Template.Node] {
        if initial.depth > Self.maximumDepth { throw located(.tooDeep, at: initial.openedAt) }
        var nodes: [Template.Node] = []
        var state = initial
        var whitespaceBefore: ArraySlice<UInt8> = []
        while position < bytes.count {
            if state.newLine {
                let whitespace = read { $0 == 0x20 || $0 == 0x09 }
                if state.inParent, !state.parentTopLevel {
                    if let indent = state.blockIndent {
                        whitespaceBefore = whitespace.dropFirst(indent.count)
                    } else {
                        state.blockIndent = whitespace
                    }
                } else {
                    whitespaceBefore = whitespace
                }
            }
            let (text, foundTag) = readText(state)
            if let newline = newlineLength(at: position) {
                nodes.append(.text(Array(whitespaceBefore) + text + bytes[position..<position + newline]))
                state.newLine = true
                position += newline
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array(whitespaceBefore) + text))
                whitespaceBefore = []
                state.newLine = false
            }
            guard foundTag, position < bytes.count else { break }
            let tagStart = position - state.start.count
            func flushWhitespace() {
                if !whitespaceBefore.isEmpty {
                    nodes.append(.text(Array(whitespaceBefore)))
                    whitespaceBefore = []
                }
            }
            var standalone = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(state, tagStart: tagStart)
                if isStandalone(state) { standalone = true } else { flushWhitespace() }
                let children = try parse(state.section(name, at: tagStart, newLine: standalone))
                nodes.append(inverted ? .inverted(Template.Name(name), children) : .section(Template.Name(name), children))

            case UInt8(ascii: "/"):
                position += 1
                let name = try readName(state, tagStart: tagStart)
                guard name == state.sectionName else {
                    throw located(.wrongClosingTag(expected: state.sectionName, found: name), at: tagStart)
                }
                if !isStandalone(state) { flushWhitespace() }
                return nodes

            case UInt8(ascii: "!"):
                position += 1
                guard let close = find(state.end, from: position) else { throw located(.unfinishedTag, at: tagStart) }
                position = close + state.end.count
                standalone = isStandalone(state)

            case UInt8(ascii: "{"):
                flushWhitespace()
                position += 1
                let name = try readName(state, tagStart: tagStart)
                guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else { throw located(.unfinishedTag, at: tagStart) }
                position += 1
                nodes.append(.variable(Template.Name(name), escaped: false))

            case UInt8(ascii: "&"):
                flushWhitespace()
                position += 1
                let name = try readName(state, tagStart: tagStart)
                nodes.append(.variable(Template.Name(name), escaped: false))

            case UInt8(ascii: ">"):
                position += 1
                let name = try readPartialName(state, tagStart: tagStart)
                if !whitespaceBefore.isEmpty { nodes.append(.text(Array(whitespaceBefore))) }
                if isStandalone(state) {
                    standalone = true
                    nodes.append(.partial(name, indentation: Array(whitespaceBefore), blocks: nil))
                } else {
                    nodes.append(.partial(name, indentation: nil, blocks: nil))
                }
                whitespaceBefore = []

            case UInt8(ascii: "<"):
                position += 1
                let name = try readPartialName(state, tagStart: tagStart)
                if !whitespaceBefore.isEmpty { nodes.append(.text(Array(whitespaceBefore))) }
                standalone = isStandalone(state)
                let children = try parse(state.parent(name, at: tagStart))
                var blocks: [String: [Template.Node]] = [:]
                for child in children {
                    switch child {
                    case let .blockDefinition(block, body): blocks[block] = body
                    case .text: break
                    default: throw located(.notABlock, at: tagStart)
                    }
                }
                nodes.append(.partial(name, indentation: Array(whitespaceBefore), blocks: blocks))
                whitespaceBefore = []

            case UInt8(ascii: "$"):
                position += 1
                let name = try readName(state, tagStart: tagStart)
                if state.parentTopLevel {
                    standalone = isStandalone(state)
                    nodes.append(.blockDefinition(name, try parse(state.section(name, at: tagStart, newLine: standalone))))
                } else {
                    if !whitespaceBefore.isEmpty { nodes.append(.text(Array(whitespaceBefore))) }
                    standalone = isStandalone(state)
                    let children = try parse(state.section(name, at: tagStart, newLine: standalone))
                    nodes.append(.block(name, children, indentation: Array(whitespaceBefore)))
                    whitespaceBefore = []
                }

            case UInt8(ascii: "="):
                position += 1
                try setDelimiters(&state, tagStart: tagStart)
                standalone = isStandalone(state)

            case UInt8(ascii: "%"):
                throw located(.pragma, at: tagStart)

            default:
                flushWhitespace()
                let name = try readName(state, tagStart: tagStart)
                nodes.append(.variable(Template.Name(name), escaped: true))
            }
            state.newLine = standalone
        }
        if let open = state.sectionName { throw located(.unclosedSection(open), at: state.openedAt) }
        return nodes
    }

    // MARK: - Reading

    /// Text up to the next tag (whose opening delimiter is consumed) or newline (left in place).
    private mutating func readText(_ state: State) -> (text: [UInt8], foundTag: Bool) {
        var text: [UInt8] = []
        let first = state.start[0]
        while position < bytes.count {
            let byte = bytes[position]
            if newlineLength(at: position) != nil { return (text, false) }
            if byte == first, matches(state.start, at: position) {
                position += state.start.count
                return (text, true)
            }
            text.append(byte)
            position += 1
        }
        return (text, false)
    }

    /// 1 for `\n`, 2 for `\r\n`, nil otherwise.
    private func newlineLength(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x0A { return 1 }
        if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { return 2 }
        return nil
    }

    /// True when the tag just read stands alone on its line; its trailing spaces and newline are then consumed.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position >= bytes.count { return true }
        var index = position
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard let newline = newlineLength(at: index) else { return false }
        position = index + newline
        return true
    }

    private mutating func read(while accept: (UInt8) -> Bool) -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, accept(bytes[position]) { position += 1 }
        return bytes[start..<position]
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from index: Int) -> Int? {
        var index = index
        while index + pattern.count <= bytes.count {
            if matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"),
             UInt8(ascii: "("), UInt8(ascii: ")"):
            true
        default:
            false
        }
    }

    /// A value's name and the closing delimiter.
    private mutating func readName(_ state: State, tagStart: Int) throws(SyntaxError) -> String {
        _ = read(while: Self.isSpace)
        let name = String(decoding: read(while: Self.isNameByte), as: UTF8.self)
        _ = read(while: Self.isSpace)
        guard matches(state.end, at: position) else { throw located(.unfinishedTag, at: tagStart) }
        position += state.end.count
        if name.contains("(") || name.contains(")") { throw located(.transform(name), at: tagStart) }
        return name
    }

    /// A partial's or parent's name (it may hold `/`) and the closing delimiter; remembered to check it exists.
    private mutating func readPartialName(_ state: State, tagStart: Int) throws(SyntaxError) -> String {
        _ = read(while: Self.isSpace)
        let name = String(decoding: read { Self.isNameByte($0) || $0 == UInt8(ascii: "/") }, as: UTF8.self)
        _ = read(while: Self.isSpace)
        guard matches(state.end, at: position) else { throw located(.unfinishedTag, at: tagStart) }
        position += state.end.count
        if name.hasPrefix("*") || name.contains("(") { throw located(.transform(name), at: tagStart) }
        let (line, column) = lineAndColumn(of: tagStart)
        includes.append(Template.Include(name: name, line: line, column: column))
        return name
    }

    /// `{{=<% %>=}}`: new opening and closing delimiters from here on.
    private mutating func setDelimiters(_ state: inout State, tagStart: Int) throws(SyntaxError) {
        _ = read(while: Self.isSpace)
        let start = Array(read { !Self.isSpace($0) })
        _ = read(while: Self.isSpace)
        let end = Array(read { !Self.isSpace($0) && $0 != UInt8(ascii: "=") })
        _ = read(while: Self.isSpace)
        guard !start.isEmpty, !end.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "="),
              matches(state.end, at: position + 1)
        else { throw located(.badDelimiters, at: tagStart) }
        position += 1 + state.end.count
        state.start = start
        state.end = end
        state.parentTopLevel = false
    }

    private func located(_ problem: Template.SyntaxError.Problem, at index: Int) -> SyntaxError {
        let (line, column) = lineAndColumn(of: index)
        return SyntaxError(problem: problem, line: line, column: column)
    }

    /// 1-based line and column (in characters) of a byte offset.
    private func lineAndColumn(of index: Int) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for offset in 0..<min(index, bytes.count) where bytes[offset] == 0x0A {
            line += 1
            lineStart = offset + 1
        }
        let column = String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).count + 1
        return (line, column)
    }
}
