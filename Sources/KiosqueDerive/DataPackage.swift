import KiosqueModel

/// `datasets/<id>/datapackage.json`: a Frictionless Data Package of the dataset's CSV and TSV files, with what
/// `frictionless validate` needs to read them as they are published: encoding, delimiter, size, SHA-256 and a
/// Table Schema (the declared one when it is published beside the data, else one inferred from the file).
public enum DataPackage {
    /// nil for a dataset without a readable tabular file.
    public static func document(_ dataset: Dataset, in catalog: Catalog) -> JSONValue? {
        let tables = dataset.distributions.filter { $0.isTabular && $0.fileName != nil && $0.table != nil }
        guard !tables.isEmpty else { return nil }
        let site = SiteAddress(catalog.portal)
        var license: [String: JSONValue] = ["path": .string(URIText.escaped(dataset.license.url)), "title": .string(dataset.license.title)]
        if let id = dataset.license.id { license["name"] = .string(id) }
        var names: [String] = []
        var package: [String: JSONValue] = [
            "name": .string(dataset.id),
            "title": .string(dataset.title),
            "description": .string(dataset.description),
            "licenses": [.object(license)],
            "resources": .array(tables.map { resource($0, dataset: dataset, catalog: catalog, names: &names) }),
        ]
        if let site {
            package["id"] = .string(site.datasetNode(dataset.id))
            package["homepage"] = .string(site.dataset(dataset.id))
        }
        if !dataset.keywords.isEmpty { package["keywords"] = .array(dataset.keywords.map(JSONValue.string)) }
        if let organization = catalog.organization(dataset.organizationID) {
            var contributor: [String: JSONValue] = ["title": .string(organization.name), "role": "publisher"]
            if let url = organization.url { contributor["path"] = .string(URIText.escaped(url)) }
            if let email = organization.email { contributor["email"] = .string(email) }
            package["contributors"] = [.object(contributor)]
        }
        return .object(package)
    }

    /// One tabular resource. `names` holds the resource names already given, to keep each one unique.
    static func resource(_ distribution: Distribution, dataset: Dataset, catalog: Catalog, names: inout [String]) -> JSONValue {
        let file = distribution.fileName ?? ""
        let table = distribution.table
        var node: [String: JSONValue] = [
            "name": .string(uniqueName(for: file, among: &names)),
            "path": .string(file),
            "title": .string(distribution.title),
            "format": .string(distribution.format.lowercased()),
            "mediatype": .string(MediaType.essence(distribution.mediaType) ?? (distribution.format.uppercased() == "TSV"
                ? "text/tab-separated-values" : "text/csv")),
        ]
        if let description = distribution.description { node["description"] = .string(description) }
        if let size = distribution.byteSize { node["bytes"] = .integer(size) }
        if let digest = distribution.sha256 { node["hash"] = .string("sha256:" + digest) }
        if let table {
            node["encoding"] = .string(encoding(table.encoding))
            node["dialect"] = ["delimiter": .string(table.delimiter)]
        }
        if let reference = catalog.schemaReference(of: distribution, in: dataset),
           let (owner, name) = catalog.publishedSchemaFile(reference, for: dataset), owner.id == dataset.id {
            node["schema"] = .string(name)
        } else if let table {
            node["schema"] = InferredSchema.schema(table)
        }
        return .object(node)
    }

    /// The encoding name Frictionless (Python's codecs) reads the file with. A UTF-8 byte-order mark is skipped
    /// by Frictionless under `utf-8`; a byte-order mark before Windows-1252 text is not (see ``InferredSchema``).
    static func encoding(_ sniffed: String) -> String {
        switch sniffed {
        case "utf-8", "utf-8-sig": "utf-8"
        case "windows-1252", "windows-1252-bom": "windows-1252"
        default: sniffed
        }
    }

    /// A resource name as Frictionless wants it: lower-case letters, digits, `-`, `_` and `.`, unique in the package.
    static func uniqueName(for file: String, among names: inout [String]) -> String {
        var base = ""
        for scalar in file.lowercased().unicodeScalars {
            let keep = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "-" || scalar == "_" || scalar == "."
            base.unicodeScalars.append(keep ? scalar : "-")
        }
        if base.isEmpty { base = "resource" }
        var name = base, counter = 2
        while names.contains(name) {
            name = base + "-\(counter)"
            counter += 1
        }
        names.append(name)
        return name
    }
}
