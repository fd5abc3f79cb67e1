/// A theme's templates by name, parsed once and compiled into one `TemplateProgram`; renders one of them over a
/// `TemplateValue` into UTF-8 bytes. Immutable once made, so any number of workers render from one library at the same
/// time.
public struct TemplateLibrary: Sendable {
    private let templates: [String: Template]
    private let program: TemplateProgram

    /// Partials nested deeper than this print nothing more (a template that includes itself without end).
    static let maximumDepth = 64

    public init(_ templates: [String: Template]) {
        self.templates = templates
        program = TemplateProgram(templates)
    }

    /// Every `{{> name}}` or `{{<name}}` that names no template: the including template, and the problem located.
    public func unknownPartials() -> [(template: String, error: Template.SyntaxError)] {
        var unknown: [(template: String, error: Template.SyntaxError)] = []
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            for include in template.includes where templates[include.name] == nil {
                unknown.append((name, Template.SyntaxError(problem: .unknownPartial(include.name), line: include.line, column: include.column)))
            }
        }
        return unknown
    }

    /// The template `name` rendered over `value`, nil when there is no such template.
    public func render(_ name: String, _ value: TemplateValue) -> [UInt8]? {
        guard let number = program.templateNumbers[name] else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(32 * 1024)
        TemplateRenderer.render(program, template: number, value, into: &output)
        return output
    }
}
