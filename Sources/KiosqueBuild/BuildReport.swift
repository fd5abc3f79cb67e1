import KiosqueModel

/// What a build did: its diagnostics, how long each stage took, what it wrote.
public struct BuildReport: Sendable {
    public struct Stage: Sendable {
        public let name: String
        public let seconds: Double
    }

    public let diagnostics: [Diagnostic]
    public let language: Language
    public let stages: [Stage]
    /// Number of files written (0 for a check or a failed build).
    public let fileCount: Int
    /// True when the output folder now holds the new site.
    public let wrote: Bool

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}
