internal import CCmarkGFM
internal import Foundation

/// The process-wide state cmark-gfm needs, set up once.
///
/// - The GFM core extensions must be registered before any parser looks them up; without it,
///   tables silently stay text. `cmark_gfm_core_extensions_ensure_registered` is not itself
///   thread-safe, so it runs inside a `static let` initializer (run exactly once, thread-safely).
/// - cmark-gfm 0.29 keeps the table of "special inline characters" in process globals, and
///   every `cmark_parser_finish` adds the extensions' characters (`~`, `:`, `w`…) on entry and
///   removes them on exit (`cmark_manage_extensions_special_characters`). Two parses at once race
///   on that table and lose strikethrough or autolinks at random (github/cmark-gfm#176, #221).
///   Parsing therefore holds `parseLock`; walking and rendering the trees run in parallel.
enum CMarkRuntime {
    /// The extensions every parser gets: GitHub-flavoured tables, autolinks, ~~strikethrough~~
    /// and the tag filter.
    static let extensionNames = ["table", "autolink", "strikethrough", "tagfilter"]

    /// Serializes `cmark_parser_feed` and `cmark_parser_finish` (see the type's documentation).
    static let parseLock = NSLock()

    /// Registers the core extensions; evaluate it (`_ = CMarkRuntime.registration`) before parsing.
    static let registration: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()
}
