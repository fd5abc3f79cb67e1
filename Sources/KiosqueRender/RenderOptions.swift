import KiosqueModel

/// What rendering needs besides the catalog.
public struct RenderOptions: Sendable {
    /// The build's date (`--now`), shown in the footer and used for "updated" stamps.
    public let now: DateStamp
    public let generator: String

    public init(now: DateStamp, generator: String = "Kiosque") {
        self.now = now
        self.generator = generator
    }
}
