import KiosqueModel
import KiosqueTemplate

extension SiteRenderer.TemplateError {
    /// A template's syntax error, told in the portal's language with a hint.
    init(_ name: String, _ error: Template.SyntaxError, _ language: Language) {
        func t(_ fr: String, _ en: String) -> String { language.pick(fr, en) }
        let message: String
        let hint: String
        switch error.problem {
        case let .unclosedSection(section):
            message = t("la section « \(section) » n'est jamais fermée", "the section '\(section)' is never closed")
            hint = t("ajoutez {{/\(section)}} là où elle se termine", "add {{/\(section)}} where it ends")
        case let .wrongClosingTag(expected?, found):
            message = t("{{/\(found)}} ferme une section qui n'est pas ouverte ici", "{{/\(found)}} closes a section that is not open here")
            hint = t("la section ouverte est « \(expected) » : fermez-la d'abord avec {{/\(expected)}}",
                     "the open section is '\(expected)': close it first with {{/\(expected)}}")
        case let .wrongClosingTag(nil, found):
            message = t("{{/\(found)}} ferme une section qui n'est pas ouverte", "{{/\(found)}} closes a section that is not open")
            hint = t("ouvrez-la avec {{#\(found)}} ou retirez cette balise", "open it with {{#\(found)}} or remove this tag")
        case .unfinishedTag:
            message = t("balise inachevée ou nom invalide", "unfinished tag or invalid name")
            hint = t("un nom ne contient que des lettres, chiffres, « . », « - » et « _ », suivis de }}",
                     "a name holds only letters, digits, '.', '-' and '_', followed by }}")
        case .badDelimiters:
            message = t("changement de délimiteurs mal écrit", "badly written delimiter change")
            hint = t("écrivez par exemple {{=<% %>=}}", "write for example {{=<% %>=}}")
        case let .transform(name):
            message = t("« \(name) » : les fonctions et lambdas ne sont pas prises en charge",
                        "'\(name)': functions and lambdas are not supported")
            hint = t("préparez la valeur dans les données du portail ; un gabarit ne fait qu'afficher des valeurs",
                     "prepare the value in the portal's data; a template only shows values")
        case .pragma:
            message = t("les pragmas {{% … }} ne sont pas pris en charge", "pragmas {{% … }} are not supported")
            hint = t("retirez cette balise : les valeurs sont toujours échappées pour HTML", "remove this tag: values are always escaped for HTML")
        case .notABlock:
            message = t("dans {{<gabarit}}…{{/gabarit}}, seuls des blocs {{$nom}}…{{/nom}} sont permis",
                        "inside {{<template}}…{{/template}}, only {{$name}}…{{/name}} blocks are allowed")
            hint = t("placez ce contenu dans un bloc, par exemple {{$content}}…{{/content}}",
                     "put this content in a block, for example {{$content}}…{{/content}}")
        case .tooDeep:
            message = t("sections imbriquées sur plus de 100 niveaux", "sections nested more than 100 deep")
            hint = t("fermez les sections plus tôt ou découpez le gabarit en partiels", "close sections sooner or split the template into partials")
        case let .unknownPartial(partial):
            message = t("le gabarit « \(partial) » n'existe pas", "the template '\(partial)' does not exist")
            hint = t("créez templates/\(partial).mustache dans le thème ou corrigez le nom",
                     "create templates/\(partial).mustache in the theme or fix the name")
        }
        self.init(template: "templates/\(name).mustache", line: error.line, column: error.column, message: message, hint: hint)
    }
}
