/// A parsed Mustache template: what the theme's `.mustache` file says, as nodes, made once per build.
///
/// The syntax is Mustache's (https://mustache.github.io/mustache.5.html) with template inheritance: variables
/// `{{name}}` (escaped for HTML) and `{{{name}}}` / `{{&name}}` (as they are), dotted names, `{{.}}`, sections
/// `{{#name}}…{{/name}}`, inverted sections `{{^name}}…{{/name}}`, comments, partials `{{> name}}`, parents
/// `{{<layout}}{{$block}}…{{/block}}{{/layout}}` and blocks, and `{{=<% %>=}}` delimiters. Lambdas and
/// transforms `{{f(x)}}` have no place in a static site and are refused when the template is parsed.
public struct Template: Sendable {
    let nodes: [Node]
    /// Names of the partials and parents this template includes, to check they exist.
    let includes: [Include]

    struct Include: Sendable {
        let name: String
        let line: Int
        let column: Int
    }

    /// The name of a value, split at its dots once. `{{.}}` is `current`; `{{.name}}` looks in the current value only.
    struct Name: Sendable {
        let parts: [String]
        let anchored: Bool

        var isCurrent: Bool { parts.isEmpty }

        init(_ text: String) {
            anchored = text.first == "."
            parts = text.split(separator: ".").map(String.init)
        }
    }

    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, [Node])
        case inverted(Name, [Node])
        /// A partial or a parent: `indentation` is set when the tag stands alone on its line, `blocks` for a parent.
        case partial(String, indentation: [UInt8]?, blocks: [String: [Node]]?)
        /// A block of a parent template: the child's version when it gives one, otherwise its own nodes.
        case block(String, [Node], indentation: [UInt8])
        /// A block a child gives its parent; only found directly inside `{{<parent}}…{{/parent}}`.
        case blockDefinition(String, [Node])
    }

    /// A template that cannot be parsed: where, and why.
    public struct SyntaxError: Error, Sendable, Equatable {
        public enum Problem: Sendable, Equatable {
            /// `{{#name}}` (or `{{^name}}`, `{{<name}}`, `{{$name}}`) never closed.
            case unclosedSection(String)
            /// `{{/found}}` where `{{/expected}}` was due; `expected` is nil when no section is open.
            case wrongClosingTag(expected: String?, found: String)
            /// A tag without its closing delimiter, or with characters a name cannot hold.
            case unfinishedTag
            /// `{{=… …=}}` badly written.
            case badDelimiters
            /// `{{f(x)}}`: transforms and lambdas are not supported.
            case transform(String)
            /// `{{% … }}` pragmas are not supported.
            case pragma
            /// Inside `{{<parent}}…{{/parent}}` only `{{$block}}…{{/block}}` and text may appear.
            case notABlock
            /// `{{> name}}` or `{{<name}}` names no template of the theme.
            case unknownPartial(String)
            /// Sections nested more than 100 deep.
            case tooDeep
        }

        public let problem: Problem
        public let line: Int
        public let column: Int
    }

    /// Parses a template's text.
    public init(_ source: String) throws(SyntaxError) {
        var parser = TemplateParser(Array(source.utf8))
        nodes = try parser.parseAll()
        includes = parser.includes
    }
}
