@testable import KiosqueTemplate
import Testing

/// What a theme author writes and what the page then says: Mustache's rules, from the specification's cases.
@Suite struct TemplateTests {
    private func render(_ source: String, _ value: TemplateValue, partials: [String: String] = [:]) throws -> String {
        var templates = ["main": try Template(source)]
        for (name, text) in partials { templates[name] = try Template(text) }
        return String(decoding: try #require(TemplateLibrary(templates).render("main", value)), as: UTF8.self)
    }

    private func object(_ entries: [String: Any]) -> TemplateValue { TemplateValue(any: entries) }

    @Test func variablesAreEscapedForHTMLUnlessTripled() throws {
        let value = object(["name": "<b>Sèvres & \"Meudon\"</b> l'été"])
        #expect(try render("{{name}}", value) == "&lt;b&gt;Sèvres &amp; &quot;Meudon&quot;&lt;/b&gt; l&#39;été")
        #expect(try render("{{{name}}}|{{& name}}", value) == "<b>Sèvres & \"Meudon\"</b> l'été|<b>Sèvres & \"Meudon\"</b> l'été")
        #expect(try render("[{{missing}}]", value) == "[]")
    }

    @Test func numbersAndBooleansPrintAsText() throws {
        #expect(try render("{{count}} {{ok}}", object(["count": 12, "ok": true])) == "12 true")
    }

    @Test func dottedNamesLookOutwardsOnlyForTheirFirstPart() throws {
        let value = object(["portal": ["title": "Sceaux"], "dataset": ["title": "Budget"], "root": "../"])
        #expect(try render("{{portal.title}}/{{#dataset}}{{title}} {{root}} {{portal.title}}{{/dataset}}", value) == "Sceaux/Budget ../ Sceaux")
        // `a.b` found `a` but not `b`: nothing, not an outer `b`.
        #expect(try render("{{#dataset}}{{portal.missing}}{{/dataset}}", value) == "")
        #expect(try render("{{#dataset}}[{{.root}}]{{/dataset}}", value) == "[]")
    }

    @Test func anEmptyTextHidesTheOuterValueOfTheSameName() throws {
        let value = object(["description": "Du jeu", "resources": [["title": "CSV", "description": ""]]])
        #expect(try render("{{#resources}}{{title}}:{{description}}{{^description}}-{{/description}}{{/resources}}", value) == "CSV:-")
    }

    @Test func sectionsIterateListsAndShowOnTruth() throws {
        let value = object(["keywords": ["eau", "air"], "yes": true, "no": false, "empty": [String](), "text": "x",
                            "item": ["label": "L"]])
        #expect(try render("{{#keywords}}<{{.}}>{{/keywords}}", value) == "<eau><air>")
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#empty}}E{{/empty}}{{#missing}}M{{/missing}}{{#text}}T{{.}}{{/text}}", value) == "YTx")
        #expect(try render("{{^yes}}Y{{/yes}}{{^no}}N{{/no}}{{^empty}}E{{/empty}}{{^missing}}M{{/missing}}{{^text}}T{{/text}}", value) == "NEM")
        #expect(try render("{{#item}}{{label}}{{/item}}", value) == "L")
    }

    @Test func standaloneTagsTakeTheirWholeLine() throws {
        let source = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n  {{! a comment }}\n</ul>\n"
        #expect(try render(source, object(["items": ["a", "b"]])) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
        // Not alone on its line: the spaces stay.
        #expect(try render("  {{#yes}}x{{/yes}}\n", object(["yes": true])) == "  x\n")
        #expect(try render("a\r\n{{#yes}}\r\nb\r\n{{/yes}}\r\n", object(["yes": true])) == "a\r\nb\r\n")
    }

    @Test func standalonePartialsAreIndentedLineByLine() throws {
        let partials = ["card": "<li>\n  {{title}}\n</li>\n"]
        let value = object(["cards": [["title": "A"], ["title": "B"]]])
        #expect(try render("<ul>\n  {{#cards}}\n  {{> card}}\n  {{/cards}}\n</ul>\n", value, partials: partials)
            == "<ul>\n  <li>\n    A\n  </li>\n  <li>\n    B\n  </li>\n</ul>\n")
        // Inline, a partial is not indented.
        #expect(try render("[{{> card}}]", object(["title": "A"]), partials: partials) == "[<li>\n  A\n</li>\n]")
    }

    @Test func childrenFillTheirParentsBlocks() throws {
        let layout = "<title>{{$title}}Portail{{/title}}</title>\n<main>\n  {{$content}}\n  vide\n  {{/content}}\n</main>\n"
        let source = "{{<layout}}\n{{$content}}\n<h1>{{name}}</h1>\n<p>x</p>\n{{/content}}\n{{/layout}}\n"
        #expect(try render(source, object(["name": "Budget"]), partials: ["layout": layout])
            == "<title>Portail</title>\n<main>\n  <h1>Budget</h1>\n  <p>x</p>\n</main>\n")
        // A grandchild's block wins over its parent's.
        let middle = "{{<layout}}{{$title}}Milieu{{/title}}{{/layout}}"
        let child = "{{<middle}}{{$title}}Enfant{{/title}}{{/middle}}"
        #expect(try render(child, object([:]), partials: ["layout": "<t>{{$title}}Défaut{{/title}}</t>", "middle": middle]) == "<t>Enfant</t>")
    }

    @Test func delimitersCanChange() throws {
        #expect(try render("{{=<% %>=}}<% name %> {{name}}", object(["name": "x"])) == "x {{name}}")
    }

    @Test func aPartialThatIncludesItselfEndsInsteadOfCrashing() throws {
        #expect(try render("{{> loop}}", object([:]), partials: ["loop": "a{{> loop}}"]).count == TemplateLibrary.maximumDepth)
    }

    @Test func deepNestingEndsInsteadOfExhaustingTheStack() async throws {
        // 99 nested sections in a partial that includes itself: rendered on a worker thread, as pages are.
        let body = String(repeating: "{{#a}}", count: 99) + "x{{> deep}}" + String(repeating: "{{/a}}", count: 99)
        let value = TemplateValue.object(["a": .bool(true)])
        let output = try await Task.detached { try render("{{> deep}}", value, partials: ["deep": body]) }.value
        #expect(output.count > 0 && output.count < 200)
    }

    @Test func mistakesAreLocated() throws {
        func problem(_ source: String) -> Template.SyntaxError? {
            do {
                _ = try Template(source)
                return nil
            } catch {
                return error
            }
        }
        #expect(problem("a\n  {{#items}}\nx") == Template.SyntaxError(problem: .unclosedSection("items"), line: 2, column: 3))
        #expect(problem("{{#a}}{{/b}}") == Template.SyntaxError(problem: .wrongClosingTag(expected: "a", found: "b"), line: 1, column: 7))
        #expect(problem("é {{/b}}") == Template.SyntaxError(problem: .wrongClosingTag(expected: nil, found: "b"), line: 1, column: 3))
        #expect(problem("{{name") == Template.SyntaxError(problem: .unfinishedTag, line: 1, column: 1))
        #expect(problem("{{upper(name)}}") == Template.SyntaxError(problem: .transform("upper(name)"), line: 1, column: 1))
        #expect(problem("{{%CONTENT_TYPE: TEXT}}") == Template.SyntaxError(problem: .pragma, line: 1, column: 1))
        #expect(problem("{{<layout}}{{name}}{{/layout}}") == Template.SyntaxError(problem: .notABlock, line: 1, column: 1))
        #expect(problem("{{=<%>=}}") == Template.SyntaxError(problem: .badDelimiters, line: 1, column: 1))
        #expect(problem(String(repeating: "{{#a}}", count: 100_000))?.problem == .tooDeep)
        let library = TemplateLibrary(["page": try Template("x\n{{> missing}}")])
        #expect(library.unknownPartials().map(\.error) == [Template.SyntaxError(problem: .unknownPartial("missing"), line: 2, column: 1)])
    }
}
