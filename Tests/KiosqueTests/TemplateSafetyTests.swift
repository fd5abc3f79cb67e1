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
}
