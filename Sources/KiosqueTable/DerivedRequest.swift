import Foundation

/// Which files to derive from a table while it is read, and where to keep them.
public struct DerivedRequest: Sendable, Equatable {
    /// The cache folder of the dataset (`<root>/.kiosque/derived/<dataset>`), shared by its tables: this file's derived
    /// files are `<cacheName>.utf8.csv`, `<cacheName>.json` and the folder `<cacheName>.pages/` in it.
    public var folder: String
    /// The prefix of this file's names in `folder` (the loader gives the data file's name, `budget.csv`).
    public var cacheName: String
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

    /// `cacheName` defaults to the last part of `baseName`.
    public init(folder: String, baseName: String, cacheName: String? = nil, utf8CSV: Bool? = nil, jsonRecords: Bool = true, pages: Bool = true,
                pageSize: Int = 500, inlineRows: Int = 0) {
        self.folder = folder
        self.baseName = baseName
        self.cacheName = cacheName ?? baseName.split(separator: "/").last.map(String.init) ?? baseName
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

extension DerivedRequest {
    /// The layout of `.kiosque/derived/` (written in its `.layout` file). 2: one folder per dataset, files named after
    /// the data file; 1 (no `.layout`): a folder per data file, replaced as a whole.
    public static let cacheLayout = "2"

    /// Makes the derived files' root folder ready for this layout: a folder of another layout (or none) is removed
    /// and made again with its `.layout` file, so that no file of an older Kiosque lingers beside the new ones.
    public static func prepareCacheRoot(_ root: String) {
        let marker = root + "/.layout"
        if let bytes = FileManager.default.contents(atPath: marker), String(decoding: bytes, as: UTF8.self) == cacheLayout + "\n" { return }
        try? FileManager.default.removeItem(atPath: root)
        guard (try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)) != nil else { return }
        _ = FileManager.default.createFile(atPath: marker, contents: Data((cacheLayout + "\n").utf8))
    }
}
