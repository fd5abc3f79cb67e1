import KiosqueModel

extension PageContext {
    /// The badge beside a file on the dataset page: valid, how many errors (linking to the report), or not checked.
    func validationBadge(_ validation: SchemaValidation, report: String?, root: String) -> [String: Any] {
        let schema = validation.schemaTitle ?? validation.schema
        let (state, label): (String, String) = switch (validation.status, validation.valid) {
        case (.checked, true): ("valid", fill(t("validation.badge.valid"), ["schema": schema]))
        case (.checked, false): ("invalid", fill(t(validation.errors == 1 ? "validation.badge.invalid_one" : "validation.badge.invalid_other"),
                                                 ["count": format.integer(validation.errors), "schema": schema]))
        default: ("unchecked", t("validation.badge.unchecked"))
        }
        return [
            "state": state,
            "label": label,
            "url": report.map { root + $0 } ?? "",
            "link_label": t("validation.badge.report"),
            "reason": validation.isChecked ? "" : fill(t("validation.reason.\(validation.status.rawValue)"), ["schema": validation.schema]),
        ]
    }

    /// `datasets/<id>/validation/<slug>/`: the verdict, the counts by error type, then each error kept.
    func validationPage(_ dataset: Dataset, _ distribution: Distribution, path: String) -> [String: Any] {
        let name = distribution.fileName ?? distribution.title
        let title = fill(t("validation.title"), ["file": name])
        var values = common(path: path, title: title, description: nil, section: "datasets")
        let root = values["root"] as? String ?? ""
        guard let validation = distribution.schemaValidation else { return values }
        let schema = validation.schemaTitle ?? validation.schema
        let datasetURL = root + SiteLinks.dataset(dataset.id)
        let anchor = (dataset.distributions.firstIndex(of: distribution)).map { "#ressource-\($0 + 1)" } ?? ""
        let verdict = validation.valid
            ? fill(t("validation.verdict_valid"), ["file": name, "schema": schema])
            : fill(t(validation.errors == 1 ? "validation.verdict_invalid_one" : "validation.verdict_invalid_other"),
                   ["file": name, "schema": schema, "count": format.integer(validation.errors)])
        var schemaURL = ""
        if validation.schema.lowercased().hasPrefix("https://"), isSafeExternal(validation.schema) {
            schemaURL = validation.schema
        } else if let (owner, file) = ValidationPages.publishedSchema(validation.schema, for: dataset, in: catalog) {
            schemaURL = root + SiteLinks.dataset(owner) + SiteLinks.encodePath(file)
        }
        let issues: [[String: Any]] = validation.issues.map { issue in
            let column: String = switch (issue.field, issue.column) {
            case let (field?, number?): "\(field) (\(number))"
            case let (field?, nil): field
            case let (nil, number?): fill(t("validation.column_number"), ["number": String(number)])
            case (nil, nil): "—"
            }
            return [
                "row": issue.row.map { format.integer($0) } ?? t("validation.header_row"),
                "line": issue.line.map { format.integer($0) } ?? "",
                "column": column,
                "value": issue.value ?? "",
                "has_value": !(issue.value ?? "").isEmpty,
                "type": issue.type,
                "message": issue.message,
            ]
        }
        values["report"] = [
            "title": title,
            "dataset_title": dataset.title,
            "dataset_url": datasetURL,
            "resource_url": datasetURL + anchor,
            "file_name": name,
            "file_url": datasetURL + SiteLinks.encodePath(name),
            "schema": schema,
            "schema_reference": validation.schema,
            "schema_url": schemaURL,
            "valid": validation.valid,
            "verdict": verdict,
            "rows": format.integer(validation.rows),
            "errors": format.integer(validation.errors),
            "counts": validation.errorCounts.map { count -> [String: Any] in
                ["type": count.type, "label": t("validation.type.\(count.type)"), "count": format.integer(count.count)]
            },
            "issues": issues,
            "has_issues": !issues.isEmpty,
            "omitted": validation.omittedIssues > 0
                ? fill(t("validation.omitted"), ["shown": format.integer(validation.issues.count),
                                                  "more": format.integer(validation.omittedIssues)]) : "",
            "keys_incomplete": !validation.keyChecksComplete,
        ] as [String: Any]
        return values
    }
}
