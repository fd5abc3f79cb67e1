internal import CCmarkGFM

extension CMarkDocument {
    /// The text a reader sees: text, code and image descriptions; blocks and line breaks become
    /// spaces; raw HTML is dropped. Not collapsed, not escaped.
    func text() -> String {
        var text = ""
        walk { node, _ in
            let kind = Self.kind(of: node)
            switch kind {
            case CMARK_NODE_HTML_BLOCK.rawValue, CMARK_NODE_HTML_INLINE.rawValue:
                return
            case CMARK_NODE_TEXT.rawValue, CMARK_NODE_CODE.rawValue, CMARK_NODE_CODE_BLOCK.rawValue:
                if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK.rawValue, CMARK_NODE_LINEBREAK.rawValue:
                text += " "
            default:
                break
            }
            if Self.isBlock(node) { text += " " }
        }
        return text
    }
}
