import KiosqueModel

extension License {
    /// The licence IRI that data.gouv.fr (udata) and CKAN (ckanext-dcat) map to their own licence: they know
    /// the Creative Commons licences by their Open Definition address, not by creativecommons.org.
    /// `url`, the licence text a reader opens, stays the link of the pages, data.json and schema.org.
    var harvestIRI: String {
        switch id {
        case "cc-by-4.0": "http://www.opendefinition.org/licenses/cc-by"
        case "cc-by-sa-4.0": "http://www.opendefinition.org/licenses/cc-by-sa"
        case "cc0-1.0": "http://www.opendefinition.org/licenses/cc-zero"
        default: url
        }
    }
}
