/// Which files to derive from a table while it is read, and where to keep them.
public struct DerivedRequest: Sendable, Equatable {
    /// The cache folder for this one file (`<root>/.kiosque/derived/<dataset>/<file>`); replaced as a whole.
    public var folder: String
    /// The published name without extension, relative to the dataset folder (`budget-2024`, `annexes/budget-2024`).
    public var baseName: String
    /// A UTF-8, comma-separated copy: nil makes it when the file is not UTF-8 or not comma-separated.
    public var utf8CSV: Bool?
    /// `<baseName>.json`: an array of objects keyed by header.
    public var jsonRecords: Bool
    /// `<baseName>.pages/0001.json`…, plus `index.json`.
    public var pages: Bool
    /// Rows per page.
    public var pageSize: Int
    /// A table of at most this many rows (and fewer than `pageSize`) gets no pages: the dataset page shows all of its
    /// rows, and the viewer sorts and filters them there. The loader gives the preview's row count; 0 always pages.
    public var inlineRows: Int

    public init(folder: String, baseName: String, utf8CSV: Bool? = nil, jsonRecords: Bool = true, pages: Bool = true, pageSize: Int = 500,
                inlineRows: Int = 0) {
        self.folder = folder
        self.baseName = baseName
        self.utf8CSV = utf8CSV
        self.jsonRecords = jsonRecords
        self.pages = pages
        self.pageSize = max(1, pageSize)
        self.inlineRows = max(0, inlineRows)
    }

    /// The published names of the files this request can make.
    public var utf8CSVName: String { baseName + ".utf8.csv" }
    public var jsonRecordsName: String { baseName + ".json" }
    public var pagesFolderName: String { baseName + ".pages" }
}
