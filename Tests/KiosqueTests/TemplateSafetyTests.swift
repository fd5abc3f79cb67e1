import Foundation
import KiosqueDefaultTheme
import Testing

/// Templates escape by default: the only unescaped sections are values whose key ends in `_html`,
/// which the renderer makes from Markdown (sanitized) or from its own code.
@Suite struct TemplateSafetyTests {
    @Test func onlyHTMLValuesAreUnescaped() throws {
        let unescaped = try Regex(#"\{\{\{\s*([^}]*?)\s*\}\}\}|\{\{&\s*([^}]*?)\s*\}\}"#)
        for (path, source) in DefaultTheme.files where path.hasSuffix(".mustache") {
            for match in source.matches(of: unescaped) {
                let key = String(source[match.range]).trimmingCharacters(in: CharacterSet(charactersIn: "{}& "))
                #expect(key.hasSuffix("_html"), "\(path): {{{\(key)}}} is not an _html value")
            }
            #expect(!source.contains("{{=") , "\(path) changes the delimiters, which hides sections from this audit")
        }
    }

    /// The layout's Content-Security-Policy allows no inline script or style: templates hold none, so a
    /// portal's pages work under it. (`themes/default/assets/*.js` are external scripts; JSON-LD data blocks are
    /// not run, so the policy does not apply to them.)
    @Test func templatesHaveNoInlineScriptOrStyle() throws {
        let inlineScript = try Regex(#"<script(?![^>]*\bsrc=)(?![^>]*type="application/ld\+json")[^>]*>"#).ignoresCase()
        let styleAttribute = try Regex(#"<[a-zA-Z][^>]*\sstyle\s*="#).ignoresCase()
        let handler = try Regex(#"<[a-zA-Z][^>]*\son[a-z]+\s*="#).ignoresCase()
        for (path, source) in DefaultTheme.files where path.hasSuffix(".mustache") {
            #expect(source.firstMatch(of: inlineScript) == nil, "\(path): an inline <script>")
            #expect(!source.lowercased().contains("<style"), "\(path): a <style> element")
            #expect(source.firstMatch(of: styleAttribute) == nil, "\(path): a style= attribute")
            #expect(source.firstMatch(of: handler) == nil, "\(path): an event handler attribute")
            #expect(!source.contains("javascript:"), "\(path): a javascript: URL")
        }
        let layout = try #require(DefaultTheme.files["templates/layout.mustache"])
        let policy = try #require(layout.firstMatch(of: try Regex(#"<meta http-equiv="Content-Security-Policy" content="([^"]*)">"#)))
        let directives = String(policy.output[1].substring ?? "")
        #expect(!directives.contains("unsafe-inline") && !directives.contains("unsafe-eval"))
        for directive in ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'self'"] {
            #expect(directives.contains(directive), "the policy lacks \(directive)")
        }
    }
}
