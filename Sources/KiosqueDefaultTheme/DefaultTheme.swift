/// The default theme, embedded in the binary so that a portal without a `themes/` folder still builds.
///
/// `DefaultTheme+Files.swift` is generated from `themes/default/` by the test `DefaultThemeEmbeddingTests`
/// (`RECORD_SNAPSHOTS=1 swift test --filter DefaultThemeEmbedding` re-records it); that test fails when the two differ.
public enum DefaultTheme {
    /// Theme-relative path (`templates/layout.mustache`) → text.
    public static var files: [String: String] { embeddedFiles }
}
