/// Bounds that keep a hostile or broken YAML file from exhausting memory, time or the stack.
public struct YAMLLimits: Sendable, Equatable {
    /// Largest input accepted, in bytes.
    public var maxBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes in the whole document, aliases expanded.
    public var maxNodes: Int
    /// Most nodes that aliases (`*name`) may add by repeating their anchors ("billion laughs").
    public var maxAliasNodes: Int

    public init(maxBytes: Int = 4 << 20, maxDepth: Int = 64, maxNodes: Int = 100_000, maxAliasNodes: Int = 10_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxAliasNodes = maxAliasNodes
    }

    /// 4 MiB, 64 levels, 100,000 nodes, 10,000 nodes from aliases.
    public static let standard = YAMLLimits()
}
