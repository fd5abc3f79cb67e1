/// Formats and media types known from file extensions.
public enum FileFormat {
    /// (format, IANA media type) for an extension, lower-case, without the dot.
    static let table: [String: (String, String)] = [
        "csv": ("CSV", "text/csv"), "tsv": ("TSV", "text/tab-separated-values"), "txt": ("TXT", "text/plain"),
        "json": ("JSON", "application/json"), "geojson": ("GEOJSON", "application/geo+json"),
        "xlsx": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "xls": ("XLS", "application/vnd.ms-excel"), "ods": ("ODS", "application/vnd.oasis.opendocument.spreadsheet"),
        "pdf": ("PDF", "application/pdf"), "zip": ("ZIP", "application/zip"), "xml": ("XML", "application/xml"),
        "md": ("MD", "text/markdown"), "html": ("HTML", "text/html"), "parquet": ("PARQUET", "application/vnd.apache.parquet"),
        "shp": ("SHP", "application/octet-stream"), "kml": ("KML", "application/vnd.google-earth.kml+xml"),
        "gpx": ("GPX", "application/gpx+xml"), "png": ("PNG", "image/png"), "jpg": ("JPEG", "image/jpeg"),
        "jpeg": ("JPEG", "image/jpeg"), "svg": ("SVG", "image/svg+xml"), "odt": ("ODT", "application/vnd.oasis.opendocument.text"),
        "docx": ("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "gtfs": ("GTFS", "application/zip"), "ics": ("ICS", "text/calendar"), "rdf": ("RDF", "application/rdf+xml"),
        "ttl": ("TURTLE", "text/turtle"), "jsonld": ("JSON-LD", "application/ld+json"),
    ]

    /// The lower-case extension of a file name.
    public static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    public static func format(forFile name: String) -> String {
        let ext = fileExtension(name)
        return table[ext]?.0 ?? (ext.isEmpty ? "BIN" : ext.uppercased())
    }

    public static func mediaType(forFile name: String) -> String? { table[fileExtension(name)]?.1 }

    /// Media type for a declared format (`csv`, `CSV`).
    public static func mediaType(forFormat format: String) -> String? {
        let lower = format.lowercased()
        return table[lower]?.1 ?? table.values.first { $0.0.lowercased() == lower }?.1
    }

    /// True for formats read as delimited text tables.
    public static func isTabular(_ format: String) -> Bool { ["CSV", "TSV"].contains(format.uppercased()) }
}
