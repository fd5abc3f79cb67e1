import KiosqueModel

extension TableError {
    /// A sentence that says what is wrong, for the report page (row and column are shown beside it).
    public func message(in language: Language) -> String {
        let field = fieldName.map { language.pick("« \($0) »", "\"\($0)\"") } ?? ""
        let cell = value.map { language.pick("« \($0) »", "\"\($0)\"") } ?? ""
        switch (code, detail) {
        case let (_, .schema(problem)):
            return problem.message(in: language)
        case let (.typeError, .type(type, format)):
            let formatText = format == "default" ? "" : language.pick(" au format \(format)", " in format \(format)")
            return language.pick("la valeur \(cell) du champ \(field) n’est pas de type \(type)\(formatText)",
                                 "the value \(cell) of field \(field) is not of type \(type)\(formatText)")
        case let (.constraintError, .constraint(name, constraint, inItem)):
            return constraintMessage(name, constraint, inItem: inItem, field: field, cell: cell, language: language)
        case let (.uniqueError, .duplicate(previous)):
            return language.pick("la valeur \(cell) du champ \(field) doit être unique ; elle figure déjà ligne \(previous ?? 0)",
                                 "the value \(cell) of field \(field) must be unique; it already appears in row \(previous ?? 0)")
        case let (.primaryKey, .duplicate(previous?)):
            return language.pick("la clé primaire de cette ligne figure déjà ligne \(previous)",
                                 "this row's primary key already appears in row \(previous)")
        case (.primaryKey, _):
            return language.pick("les cellules de la clé primaire sont toutes vides", "the primary key cells are all empty")
        case (.missingCell, _):
            return language.pick("la ligne n’a pas de cellule pour le champ \(field)", "the row has no cell for field \(field)")
        case (.extraCell, _):
            return language.pick("la ligne a une cellule en trop (colonne \(fieldNumber ?? 0)) : \(cell)",
                                 "the row has an extra cell (column \(fieldNumber ?? 0)): \(cell)")
        case (.blankRow, _):
            return language.pick("la ligne est vide", "the row is blank")
        case (.missingLabel, _):
            return language.pick("l’en-tête n’a pas de colonne pour le champ \(field)", "the header has no column for field \(field)")
        case (.extraLabel, _):
            return language.pick("la colonne \(cell) n’est pas dans le schéma", "the column \(cell) is not in the schema")
        case (.blankLabel, _):
            return language.pick("la colonne \(fieldNumber ?? 0) n’a pas de nom (attendu : \(field))",
                                 "column \(fieldNumber ?? 0) has no name (expected: \(field))")
        case let (.duplicateLabel, .duplicateLabel(positions)):
            let list = positions.map(String.init).joined(separator: ", ")
            return language.pick("la colonne \(cell) est en double (déjà en position \(list))",
                                 "the column \(cell) is duplicated (already at position \(list))")
        case (.incorrectLabel, _):
            return language.pick("la colonne \(fieldNumber ?? 0) s’appelle \(cell) mais le schéma attend \(field) à cette place",
                                 "column \(fieldNumber ?? 0) is named \(cell) but the schema expects \(field) there")
        case (.unmatchedHeader, _):
            return language.pick("aucune colonne de l’en-tête ne correspond à un champ du schéma",
                                 "no column of the header matches a field of the schema")
        case (.sourceError, _):
            return language.pick("le fichier est vide", "the file is empty")
        default:
            return code.rawValue
        }
    }

    private func constraintMessage(_ name: String, _ constraint: String, inItem: Bool, field: String, cell: String,
                                   language: Language) -> String {
        let subject = inItem ? language.pick("un élément de la valeur \(cell)", "an item of the value \(cell)")
                             : language.pick("la valeur \(cell)", "the value \(cell)")
        switch name {
        case "required":
            return language.pick("le champ \(field) est obligatoire et la cellule est vide",
                                 "field \(field) is required and the cell is empty")
        case "pattern":
            return language.pick("\(subject) du champ \(field) ne respecte pas le motif \(constraint)",
                                 "\(subject) of field \(field) does not match the pattern \(constraint)")
        case "enum":
            return language.pick("\(subject) du champ \(field) n’est pas une des valeurs permises : \(constraint)",
                                 "\(subject) of field \(field) is not one of the allowed values: \(constraint)")
        case "minLength":
            return language.pick("\(subject) du champ \(field) est trop courte (au moins \(constraint))",
                                 "\(subject) of field \(field) is too short (at least \(constraint))")
        case "maxLength":
            return language.pick("\(subject) du champ \(field) est trop longue (au plus \(constraint))",
                                 "\(subject) of field \(field) is too long (at most \(constraint))")
        case "minimum":
            return language.pick("\(subject) du champ \(field) est inférieure au minimum \(constraint)",
                                 "\(subject) of field \(field) is below the minimum \(constraint)")
        case "maximum":
            return language.pick("\(subject) du champ \(field) dépasse le maximum \(constraint)",
                                 "\(subject) of field \(field) is above the maximum \(constraint)")
        case "exclusiveMinimum":
            return language.pick("\(subject) du champ \(field) doit être strictement supérieure à \(constraint)",
                                 "\(subject) of field \(field) must be greater than \(constraint)")
        default:
            return language.pick("\(subject) du champ \(field) doit être strictement inférieure à \(constraint)",
                                 "\(subject) of field \(field) must be less than \(constraint)")
        }
    }
}
