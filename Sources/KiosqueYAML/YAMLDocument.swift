public import KiosqueModel

/// Parses YAML text into a located ``YAMLNode`` tree, turning every problem into a ``Diagnostic``.
///
/// The pipeline: size check → byte check (UTF-8, NUL, control characters) → libyaml's event
/// parser → ``YAMLTreeBuilder`` (duplicate keys, aliases, limits). libyaml stays inside this module.
public enum YAMLDocument {
    /// Parses one YAML document. Never throws, never crashes: every problem becomes a Diagnostic.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes; a leading UTF-8 byte-order mark is skipped.
    ///   - file: the path shown in diagnostics and node locations.
    ///   - language: the language of the diagnostic messages.
    ///   - firstLine: the file line of the first byte (2 for front matter after a `---` line).
    ///   - limits: size, depth and node-count bounds.
    /// - Returns: the root node, or nil for an empty document and after an error that leaves no
    ///   usable tree (syntax, encoding, limits); and the diagnostics in file order.
    public static func parse(_ bytes: [UInt8], file: String, language: Language, firstLine: Int = 1,
                             limits: YAMLLimits = .standard) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        let start = SourceLocation(file: file, line: firstLine, column: 1)
        guard bytes.count <= limits.maxBytes else {
            return (nil, [.yamlTooManyBytes(bytes.count, limit: limits.maxBytes, at: start, language)])
        }
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let source = SourceText(bytes: text)
        if let problem = EncodingProblem.first(in: text) {
            let mark = source.mark(ofByte: problem.offset)
            let location = SourceLocation(file: file, line: mark.line + firstLine, column: mark.column + 1)
            return (nil, [.yamlEncoding(problem.kind, at: location, language)])
        }

        let reader = YAMLEventReader(text)
        var builder = YAMLTreeBuilder(file: file, language: language, firstLine: firstLine, limits: limits)
        do {
            reading: while let step = reader.next() {
                switch step {
                case .success(let event):
                    guard try builder.take(event) else { break reading }
                case .failure(let problem):
                    let diagnostic = problem.diagnostic(in: source, file: file, firstLine: firstLine, language: language)
                    return (nil, (builder.diagnostics + [diagnostic]).sorted())
                }
            }
        } catch {
            return (nil, builder.diagnostics.sorted())
        }
        return (nonEmpty(builder.root), builder.diagnostics.sorted())
    }

    /// Parses YAML text (see ``parse(_:file:language:firstLine:limits:)``).
    public static func parse(_ text: String, file: String, language: Language, firstLine: Int = 1,
                             limits: YAMLLimits = .standard) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        parse(Array(text.utf8), file: file, language: language, firstLine: firstLine, limits: limits)
    }

    /// A document with no content at all (`---` alone) has no root.
    private static func nonEmpty(_ root: YAMLNode?) -> YAMLNode? {
        if let root, case .scalar("", plain: true) = root.kind { return nil }
        return root
    }
}
