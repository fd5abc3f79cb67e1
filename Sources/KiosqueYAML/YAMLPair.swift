public import KiosqueModel

/// One `key: value` entry of a YAML mapping.
public struct YAMLPair: Sendable, Equatable {
    /// The key text (keys are always scalars; other keys are reported as `yaml.complex-key`).
    public let key: String
    /// Where the key starts: the place to report an unknown or misspelt key.
    public let keyLocation: SourceLocation
    public let value: YAMLNode

    public init(key: String, keyLocation: SourceLocation, value: YAMLNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
