internal import CCmarkGFM

extension CMarkDocument {
    /// Replaces every link and image whose destination ``LinkPolicy`` refuses by its content:
    /// the text stays, the link goes (an image leaves its description as text).
    func unlinkUnsafeDestinations() {
        let refused = enteredNodes().filter { node in
            let kind = Self.kind(of: node)
            guard kind == CMARK_NODE_LINK.rawValue || kind == CMARK_NODE_IMAGE.rawValue else { return false }
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            return !LinkPolicy.allows(url)
        }
        for node in refused {
            while let child = cmark_node_first_child(node) {
                // Moving an inline next to its inline parent cannot fail; if it ever did, the
                // text would be freed with the link rather than loop forever.
                guard cmark_node_insert_before(node, child) == 1 else { break }
            }
            cmark_node_free(node)
        }
    }
}

extension CMarkDocument {
    /// Prefixes relative link and image destinations with `root`, so that a link written from the site's
    /// root (`datasets/budget/`, `/a-propos/`) works from a page at any depth. Fragments, queries,
    /// protocol-relative and absolute URLs stay as they are.
    func rebaseRelativeDestinations(onto root: String) {
        for node in enteredNodes() {
            let kind = Self.kind(of: node)
            guard kind == CMARK_NODE_LINK.rawValue || kind == CMARK_NODE_IMAGE.rawValue,
                  let url = cmark_node_get_url(node).map({ String(cString: $0) }),
                  LinkPolicy.isSiteRelative(url) else { continue }
            let rebased = root + (url.hasPrefix("/") ? String(url.dropFirst()) : url)
            _ = cmark_node_set_url(node, rebased)
        }
    }
}
