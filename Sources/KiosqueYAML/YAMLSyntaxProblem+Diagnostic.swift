import KiosqueModel

/// libyaml's problems retold in plain French or English, with a hint on how to fix them.
extension YAMLSyntaxProblem {
    /// The diagnostic for this problem. It is located at libyaml's problem mark, except for a key
    /// without its colon, which libyaml detects on the next line: that one points at the key.
    func diagnostic(in source: SourceText, file: String, firstLine: Int, language: Language) -> Diagnostic {
        let explanation = explain(in: source, firstLine: firstLine)
        // libyaml puts the end of a stream whose last line has no line break on the next line, past the file: a
        // problem found there is shown where the file ends.
        let end = source.mark(ofByte: source.bytes.count)
        let mark = (explanation.mark.line, explanation.mark.column) > (end.line, end.column) ? end : explanation.mark
        let location = SourceLocation(file: file, line: mark.line + firstLine, column: mark.column + 1)
        return .error(location, explanation.code, language.pick(explanation.fr, explanation.en),
                      hint: language.pick(explanation.hintFr, explanation.hintEn))
    }
}

private extension YAMLSyntaxProblem {
    /// A problem retold: where to report it, what to say, how to fix it.
    struct Explanation {
        var code = "yaml.syntax"
        var mark: YAMLMark
        var fr: String
        var en: String
        var hintFr: String
        var hintEn: String
    }

    static let quoteHintFr = "mettez la valeur entre guillemets si elle contient des caractères spéciaux (: # [ ] { } , & * ! | > ' \" % @ `)"
    static let quoteHintEn = "quote the value if it holds special characters (: # [ ] { } , & * ! | > ' \" % @ `)"
    static let tabHintFr = "YAML n'accepte pas les tabulations pour indenter : utilisez des espaces"
    static let tabHintEn = "YAML does not accept tabs for indentation: use spaces"

    func explain(in source: SourceText, firstLine: Int) -> Explanation {
        let opened = contextMark.map { $0.line + firstLine } ?? mark.line + firstLine
        func say(_ fr: String, _ en: String, _ hintFr: String, _ hintEn: String, at mark: YAMLMark? = nil) -> Explanation {
            Explanation(mark: mark ?? self.mark, fr: fr, en: en, hintFr: hintFr, hintEn: hintEn)
        }

        switch stage {
        case .memory:
            return say("le fichier YAML n'a pas pu être lu (mémoire insuffisante)", "the YAML file could not be read (out of memory)",
                       "réduisez la taille du fichier", "make the file smaller")
        case .reader:
            var explanation = say("caractère interdit en YAML (\(problem))", "character not allowed in YAML (\(problem))",
                                  "réenregistrez le fichier en UTF-8 et supprimez les caractères invisibles",
                                  "save the file as UTF-8 and delete invisible characters",
                                  at: source.mark(ofByte: offset))
            explanation.code = "yaml.encoding"
            return explanation
        case .scanner, .parser:
            break
        }

        if problem.contains("tab character") || (problem.hasPrefix("found character that cannot start any token") && source.character(at: mark) == "\t") {
            if source.isIndentation(mark) {
                return say("tabulation utilisée pour indenter", "tab used for indentation", Self.tabHintFr, Self.tabHintEn)
            }
            return say("tabulation inattendue", "unexpected tab",
                       "remplacez la tabulation par une espace ; " + Self.tabHintFr,
                       "replace the tab with a space; " + Self.tabHintEn)
        }

        switch context ?? "" {
        case let text where text.contains("directive"):
            return say("ligne commençant par « % » : YAML la lit comme une directive",
                       "line starting with \"%\": YAML reads it as a directive",
                       "mettez la valeur entre guillemets, ou indentez-la sous sa clé",
                       "quote the value, or indent it under its key")
        case let text where text.contains("block scalar"):
            return say("« | » ou « > » doit être suivi d'un retour à la ligne", "\"|\" or \">\" must be followed by a line break",
                       "écrivez le texte à la ligne suivante, indenté sous sa clé, ou mettez la valeur entre guillemets",
                       "write the text on the next line, indented under its key, or quote the value")
        case let text where text.contains("tag"):
            return say("étiquette (« ! ») invalide", "invalid tag (\"!\")",
                       "mettez la valeur entre guillemets si elle commence par « ! »", "quote the value if it starts with \"!\"")
        default:
            break
        }

        switch problem {
        case let text where text.hasPrefix("found character that cannot start any token"):
            let shown = source.character(at: mark).map { "« \($0) »" } ?? ""
            let shownEn = source.character(at: mark).map { "\"\($0)\"" } ?? ""
            let example = source.character(at: mark).map { "\"\($0)…\"" } ?? "\"…\""
            return say("caractère \(shown) inattendu : il ne peut pas commencer une valeur",
                       "unexpected character \(shownEn): it cannot start a value",
                       "mettez la valeur entre guillemets : \(example)", "quote the value: \(example)")
        case "mapping values are not allowed in this context", "found unexpected ':'":
            return say("« : » inattendu : un deux-points suivi d'une espace ne peut pas figurer dans une valeur sans guillemets",
                       "unexpected \":\": a colon followed by a space cannot appear in an unquoted value",
                       "mettez la valeur entre guillemets, par exemple titre: \"Budget : 2024\" ; ou vérifiez l'indentation de la ligne",
                       "quote the value, for example title: \"Budget: 2024\"; or check the line's indentation")
        case "could not find expected ':'":
            return say("il manque « : » après cette clé", "missing \":\" after this key",
                       "chaque ligne d'un dictionnaire s'écrit « clé: valeur » ; un texte sur plusieurs lignes doit être indenté sous sa clé",
                       "each line of a mapping reads \"key: value\"; text spanning several lines must be indented under its key",
                       at: contextMark)
        case "did not find expected key":
            return say("indentation incohérente : une clé était attendue ici", "inconsistent indentation: a key was expected here",
                       "alignez les clés d'un même dictionnaire sur la même colonne, avec des espaces",
                       "align the keys of one mapping on the same column, with spaces")
        case "did not find expected '-' indicator":
            return say("indentation incohérente : un élément de liste « - » était attendu ici",
                       "inconsistent indentation: a list item \"-\" was expected here",
                       "alignez les « - » d'une même liste sur la même colonne, avec des espaces",
                       "align the \"-\" of one list on the same column, with spaces")
        case "block sequence entries are not allowed in this context":
            return say("élément de liste « - » inattendu à cet endroit", "unexpected list item \"-\" here",
                       "une liste commence à la ligne qui suit sa clé : « clé: » puis « - élément » en dessous",
                       "a list starts on the line after its key: \"key:\" then \"- item\" below it")
        case "block mapping entries are not allowed in this context", "mapping keys are not allowed in this context":
            return say("clé inattendue à cet endroit", "unexpected key here",
                       "vérifiez l'indentation ; " + Self.quoteHintFr, "check the indentation; " + Self.quoteHintEn)
        case "did not find expected node content":
            return say("valeur attendue à cet endroit", "a value was expected here",
                       "vérifiez l'indentation ; " + Self.quoteHintFr, "check the indentation; " + Self.quoteHintEn)
        case "did not find expected ',' or ']'":
            return say("liste entre crochets ouverte ligne \(opened) et non fermée : « , » ou « ] » attendu",
                       "list in brackets opened on line \(opened) is not closed: \",\" or \"]\" expected",
                       "fermez la liste par « ] » et séparez ses éléments par des virgules ; mettez entre guillemets un élément qui contient « : »",
                       "close the list with \"]\" and separate its items with commas; quote an item that contains \":\"")
        case "did not find expected ',' or '}'":
            return say("dictionnaire entre accolades ouvert ligne \(opened) et non fermé : « , » ou « } » attendu",
                       "mapping in braces opened on line \(opened) is not closed: \",\" or \"}\" expected",
                       "fermez le dictionnaire par « } » et séparez ses entrées par des virgules",
                       "close the mapping with \"}\" and separate its entries with commas")
        case "found unexpected end of stream":
            return say("guillemet ouvert ligne \(opened) et jamais fermé", "quote opened on line \(opened) is never closed",
                       "ajoutez le guillemet fermant ; dans un texte entre guillemets simples, écrivez une apostrophe en la doublant ('')",
                       "add the closing quote; inside single quotes, write an apostrophe by doubling it ('')")
        case "found unknown escape character", "did not find expected hexdecimal number", "found invalid Unicode character escape code":
            return say("séquence d'échappement « \\ » invalide dans un texte entre guillemets doubles",
                       "invalid \"\\\" escape sequence in a double-quoted text",
                       "doublez la barre oblique inverse (\\\\) ou utilisez des guillemets simples",
                       "double the backslash (\\\\) or use single quotes")
        case "found unexpected document indicator":
            return say("« --- » ou « ... » en début de ligne à l'intérieur d'un texte entre guillemets",
                       "\"---\" or \"...\" at the start of a line inside a quoted text",
                       "indentez la suite du texte", "indent the rest of the text")
        case "did not find expected alphabetic or numeric character":
            return say("nom d'ancre ou d'alias invalide après « & » ou « * »", "invalid anchor or alias name after \"&\" or \"*\"",
                       "mettez la valeur entre guillemets si elle commence par « * » ou « & »",
                       "quote the value if it starts with \"*\" or \"&\"")
        case "found undefined tag handle", "did not find expected tag URI", "did not find expected whitespace or line break":
            return say("étiquette (« ! ») invalide", "invalid tag (\"!\")",
                       "mettez la valeur entre guillemets si elle commence par « ! »", "quote the value if it starts with \"!\"")
        case "did not find expected <document start>":
            return say("contenu inattendu après la fin du document", "unexpected content after the end of the document",
                       "vérifiez l'indentation de cette ligne", "check this line's indentation")
        default:
            let detail = context.map { "\(problem), \($0)" } ?? problem
            return say("erreur de syntaxe YAML (\(detail))", "YAML syntax error (\(detail))",
                       "vérifiez l'indentation (des espaces, pas de tabulations) ; " + Self.quoteHintFr,
                       "check the indentation (spaces, not tabs); " + Self.quoteHintEn)
        }
    }
}
