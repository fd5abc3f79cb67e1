public import KiosqueModel

/// One node of a parsed YAML document, with the place where it starts in its file.
///
/// A node is a plain value: scalars keep their text and whether they were written unquoted
/// (only an unquoted scalar may be read as null, a boolean or a number by the loader);
/// mappings keep their pairs in document order with duplicate keys already removed.
/// Trees built by ``YAMLDocument/parse(_:file:language:firstLine:limits:)`` are at most
/// ``YAMLLimits/maxDepth`` levels deep, so walking them recursively is safe.
public struct YAMLNode: Sendable, Equatable {
    /// What the node holds.
    public enum Kind: Sendable, Equatable {
        /// Scalar text; `plain` is true when it was written without quotes or block indicator
        /// and carries no tag, so the loader may read null, a boolean or a number from it.
        case scalar(String, plain: Bool)
        /// Items in document order.
        case sequence([YAMLNode])
        /// Pairs in document order; when a key appears twice, the first pair is kept.
        case mapping([YAMLPair])
    }

    public let kind: Kind
    /// Where the node starts; for a mapping value, where the value (not its key) starts.
    public let location: SourceLocation

    public init(_ kind: Kind, location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// True for an unquoted empty scalar, `~`, `null`, `Null` or `NULL`.
    public var isNull: Bool {
        guard case .scalar(let text, plain: true) = kind else { return false }
        return Self.nullSpellings.contains(text)
    }

    /// The scalar text; nil for a null scalar and for collections.
    public var string: String? {
        guard case .scalar(let text, _) = kind, !isNull else { return nil }
        return text
    }

    /// True when the node is a scalar written without quotes (see ``Kind/scalar(_:plain:)``).
    public var isPlainScalar: Bool {
        if case .scalar(_, plain: true) = kind { return true }
        return false
    }

    /// The pairs of a mapping; nil for any other node.
    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The items of a sequence; nil for any other node.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The pair of a mapping with this key (to report a problem at the key), or nil.
    public func pair(_ key: String) -> YAMLPair? {
        pairs?.first { $0.key == key }
    }

    /// The value for `key` when the node is a mapping that has it; nil otherwise.
    public subscript(key: String) -> YAMLNode? {
        pair(key)?.value
    }

    /// The kind of value in French, for messages: "texte", "liste", "dictionnaire", "valeur vide".
    public var typeName: String { typeName(in: .fr) }

    /// The kind of value in the portal's language, for messages such as
    /// "`keywords` doit être une liste, pas un texte".
    public func typeName(in language: Language) -> String {
        switch kind {
        case .scalar: isNull ? language.pick("valeur vide", "empty value") : language.pick("texte", "text")
        case .sequence: language.pick("liste", "list")
        case .mapping: language.pick("dictionnaire", "mapping")
        }
    }

    private static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]
}
