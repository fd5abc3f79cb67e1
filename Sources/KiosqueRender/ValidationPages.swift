import KiosqueModel

/// The validation report pages of a dataset: one per file checked against its Table Schema, at
/// `datasets/<id>/validation/<slug>/`, where the slug is made from the file name (`budget.csv` → `budget-csv`).
enum ValidationPages {
    /// The checked files of a dataset with the slug of their page, in resource order; slugs are unique in the dataset.
    static func reports(of dataset: Dataset) -> [(distribution: Distribution, slug: String)] {
        var taken: Set<String> = []
        var result: [(Distribution, String)] = []
        for distribution in dataset.distributions {
            guard let name = distribution.fileName, distribution.schemaValidation?.isChecked == true else { continue }
            let base = slug(name)
            var candidate = base
            var number = 2
            while !taken.insert(candidate).inserted {
                candidate = base + "-\(number)"
                number += 1
            }
            result.append((distribution, candidate))
        }
        return result
    }

    /// The page of one distribution, relative to the site root; nil when it has none.
    static func path(of distribution: Distribution, in dataset: Dataset) -> String? {
        guard let name = distribution.fileName, distribution.schemaValidation?.isChecked == true else { return nil }
        return reports(of: dataset).first { $0.distribution.fileName == name }.map { SiteLinks.validation(dataset.id, $0.slug) }
    }

    /// The dataset id and file name under which a schema given as a repository path is published, if one is: from the
    /// repository root, or from the dataset's folder.
    static func publishedSchema(_ reference: String, for dataset: Dataset, in catalog: Catalog) -> (String, String)? {
        for owner in [dataset] + catalog.datasets {
            for distribution in owner.distributions {
                guard case let .file(name, repositoryPath, _) = distribution.source else { continue }
                if repositoryPath == reference || (owner.id == dataset.id && repositoryPath == "data/\(dataset.id)/" + reference) {
                    return (owner.id, name)
                }
            }
        }
        return nil
    }

    /// Lower-case ASCII letters and digits, other characters as single dashes (`Budget 2024.csv` → `budget-2024-csv`).
    static func slug(_ name: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.slug.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "fichier" : slug
    }
}

private enum CharacterSet {
    case slug

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}

extension SiteLinks {
    /// `datasets/<id>/validation/<slug>/`: the validation report of one file.
    static func validation(_ datasetID: String, _ slug: String) -> String { dataset(datasetID) + "validation/\(slug)/" }
}
