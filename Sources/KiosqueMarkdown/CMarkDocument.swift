internal import CCmarkGFM
internal import Foundation

/// One parsed Markdown text: the cmark-gfm parser and its tree, freed together.
///
/// Not shared between tasks: each call to ``Markdown`` makes its own.
final class CMarkDocument {
    private let parser: OpaquePointer
    /// The document node; nil only if cmark could not allocate it.
    let root: OpaquePointer?

    /// Parses GitHub-flavoured Markdown. Raw HTML stays in the tree; rendering never passes it through.
    init?(_ markdown: String) {
        _ = CMarkRuntime.registration
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
        self.parser = parser
        for name in CMarkRuntime.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var text = markdown
        root = CMarkRuntime.parseLock.withLock {
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    cmark_parser_feed(parser, chars.baseAddress, chars.count)
                }
            }
            return cmark_parser_finish(parser)
        }
    }

    deinit {
        if let root { cmark_node_free(root) }
        cmark_parser_free(parser)
    }

    /// HTML for the tree. Raw HTML becomes `<!-- raw HTML omitted -->` (no `CMARK_OPT_UNSAFE`).
    func html() -> String {
        guard let root, let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Shifts every heading level by `offset`, keeping it within 1...6.
    func shiftHeadings(by offset: Int) {
        guard offset != 0 else { return }
        for node in enteredNodes() where Self.kind(of: node) == CMARK_NODE_HEADING.rawValue {
            let level = Int(cmark_node_get_heading_level(node)) + offset
            cmark_node_set_heading_level(node, Int32(min(6, max(1, level))))
        }
    }

    /// Visits the nodes in document order: every node on entering, containers again on leaving.
    func walk(_ visit: (OpaquePointer, _ entering: Bool) -> Void) {
        guard let root, let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(node, event == CMARK_EVENT_ENTER)
        }
    }

    /// The nodes the iterator enters, in document order; collected first so the caller may edit the tree.
    func enteredNodes() -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        walk { node, entering in if entering { found.append(node) } }
        return found
    }

    /// The raw `cmark_node_type` value of a node.
    static func kind(of node: OpaquePointer) -> UInt32 {
        cmark_node_get_type(node).rawValue
    }

    /// True for block nodes, extension blocks (tables, rows, cells) included.
    static func isBlock(_ node: OpaquePointer) -> Bool {
        kind(of: node) & 0xC000 == 0x8000
    }
}
