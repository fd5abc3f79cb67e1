import Foundation
import KiosqueTable

extension RepositoryLoader {
    /// The folder of the derived files: `.kiosque/derived/`.
    static func derivedRoot(_ root: String) -> String { root + "/.kiosque/derived" }

    /// Where the files derived from `data/<id>/<name>` go (`.kiosque/derived/<id>/<name>.json`…) and under which names they
    /// are published beside it; nil when the loader writes no derived files.
    ///
    /// The names are `<stem>.utf8.csv`, `<stem>.json` and `<stem>.pages/`; the whole file name replaces the stem when
    /// another file of the folder has the same stem (`budget.csv` and `budget.tsv`), and a name already taken by a
    /// file of the folder is not derived at all. A table of at most `inlineRows` rows (the preview's) gets no pages.
    func derivedRequest(name: String, folder: String, inlineRows: Int, listings: FolderListings? = nil) -> DerivedRequest? {
        guard options.derivedFiles else { return nil }
        let parts = name.split(separator: "/").map(String.init)
        let fileName = parts.last ?? name
        let subfolder = parts.dropLast().joined(separator: "/")
        let parent = absolute(subfolder.isEmpty ? folder : folder + "/" + subfolder)
        let siblings = ((listings?.list(parent, fileSystem) ?? fileSystem.list(parent)) ?? []).filter { $0 != fileName }
        let stem = Self.stem(fileName)
        let sharedStem = siblings.contains { Self.stem($0) == stem }
        let base = sharedStem ? fileName : stem
        let prefix = subfolder.isEmpty ? "" : subfolder + "/"
        // One cache folder per dataset; a file's derived files are named after it (`budget.csv.json`), a `/` of its
        // path written `%2F` (and `%` itself `%25`).
        let cacheName = name.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "/", with: "%2F")
        var request = DerivedRequest(folder: Self.derivedRoot(root) + "/" + folder.dropFirst("data/".count), baseName: prefix + base,
                                     cacheName: cacheName)
        if siblings.contains(base + ".utf8.csv") { request.utf8CSV = false }
        if siblings.contains(base + ".json") { request.jsonRecords = false }
        if siblings.contains(base + ".pages") { request.pages = false }
        // A table the dataset page shows whole needs no pages.
        request.inlineRows = inlineRows
        return request
    }
}
