import KiosqueMarkdown
import KiosqueModel
import KiosqueYAML

extension RepositoryLoader {
    /// Reads every `site/pages/<slug>.md`.
    func loadPages(_ messages: Messages, _ diagnostics: inout [Diagnostic]) -> [Page] {
        markdownFiles(in: "site/pages").compactMap { file in
            let slug = Self.stem(file)
            guard checkID(slug, file: file, messages, &diagnostics),
                  let (reader, body) = frontMatter(file, keys: ["title", "description"], messages, &diagnostics),
                  let title = reader.string("title", required: true, &diagnostics) else { return nil }
            return Page(slug: slug, title: title, description: reader.string("description", &diagnostics), body: body)
        }
    }

    /// Reads every `site/news/<yyyy-mm-dd>-<slug>.md`.
    func loadNews(_ messages: Messages, _ diagnostics: inout [Diagnostic]) -> [NewsPost] {
        markdownFiles(in: "site/news").compactMap { file in
            let slug = Self.stem(file)
            guard checkID(slug, file: file, messages, &diagnostics) else { return nil }
            let nameDate = slug.count > 11 ? DateStamp.parse(String(slug.prefix(10))) : nil
            if nameDate == nil {
                diagnostics.append(.warning(SourceLocation(file: file), "news.file-name", messages.newsFileName(slug + ".md")))
            }
            guard let (reader, body) = frontMatter(file, keys: ["title", "description", "date", "summary", "image"], messages, &diagnostics)
            else { return nil }
            let title = reader.string("title", required: true, &diagnostics)
            let date = reader.date("date", &diagnostics) ?? nameDate
            if date == nil, !reader.has("date") {
                diagnostics.append(.error(reader.location, "descriptor.missing-field", messages.missingField("date"),
                                          hint: messages.missingFieldHint("date", example: "2024-05-02")))
            }
            let image = assetPath(reader, "image", near: "site/news", messages, &diagnostics)
            guard let title, let date else { return nil }
            return NewsPost(slug: slug, title: title, date: date, summary: reader.string("summary", &diagnostics),
                            description: reader.string("description", &diagnostics), image: image, body: body)
        }
    }

    private func markdownFiles(in folder: String) -> [String] {
        (fileSystem.list(absolute(folder)) ?? []).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.map { folder + "/" + $0 }
    }

    /// The front matter of a Markdown file as a mapping reader, and its body.
    private func frontMatter(_ file: String, keys: [String], _ messages: Messages,
                             _ diagnostics: inout [Diagnostic]) -> (MappingReader, String)? {
        guard let bytes = try? fileSystem.read(absolute(file), limit: 8 << 20) else {
            diagnostics.append(.error(SourceLocation(file: file), "file.unreadable", messages.unreadable(file)))
            return nil
        }
        let split = FrontMatter.split(String(decoding: bytes, as: UTF8.self))
        guard let yaml = split.yaml else {
            diagnostics.append(.error(SourceLocation(file: file), "frontmatter.missing", messages.missingFrontMatter("title"),
                                      hint: messages.frontMatterHint))
            return nil
        }
        let (root, found) = YAMLDocument.parse(Array(yaml.utf8), file: file, language: messages.language, firstLine: split.yamlFirstLine)
        diagnostics += found
        guard let reader = MappingReader(root, what: file, allowedKeys: keys, messages: messages,
                                         fallback: SourceLocation(file: file, line: split.yamlFirstLine), diagnostics: &diagnostics) else {
            return nil
        }
        reader.checkUnknownKeys(&diagnostics)
        return (reader, split.body)
    }

    /// Files under `site/assets/`, repository-relative; links that leave the repository are refused.
    func listAssets(_ messages: Messages, _ diagnostics: inout [Diagnostic]) -> [String] {
        var result: [String] = []
        var stack = ["site/assets"]
        while let folder = stack.popLast() {
            for name in fileSystem.list(absolute(folder)) ?? [] where !name.hasPrefix(".") {
                let path = folder + "/" + name
                if fileSystem.isSymbolicLink(absolute(path)), !isInsideRepository(path) {
                    diagnostics.append(.error(SourceLocation(file: path), "path.symlink-out", messages.symlinkOut(path), hint: messages.symlinkHint))
                } else if fileSystem.isDirectory(absolute(path)) {
                    if !fileSystem.isSymbolicLink(absolute(path)) { stack.append(path) }
                } else if fileSystem.exists(absolute(path)) {
                    result.append(path)
                }
            }
        }
        return result.sorted()
    }

    /// Pages whose slug would take the URL of a built-in section.
    func checkPublishedPaths(pages: [Page], news: [NewsPost], _ messages: Messages, _ diagnostics: inout [Diagnostic]) {
        let reserved: Set = ["datasets", "organizations", "themes", "reuses", "news", "assets", "search", "theme", "quality",
                             "socle-commun"]
        for page in pages where reserved.contains(page.slug) {
            diagnostics.append(.error(SourceLocation(file: "site/pages/\(page.slug).md"), "path.collision",
                                      messages.urlCollision(page.slug + "/index.html")))
        }
    }
}
