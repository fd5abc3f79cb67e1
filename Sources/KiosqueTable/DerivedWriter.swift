import Foundation
import KiosqueCSV
import KiosqueModel

/// Writes the derived files of one table as its records stream by: the UTF-8 comma-separated copy, the JSON
/// records and the JSON pages. Everything goes into a staging folder that replaces the cache folder at the end,
/// so a build killed halfway never leaves half a file behind as if it were whole.
final class DerivedWriter {
    private let request: DerivedRequest
    private let header: [String]
    private let keys: [[UInt8]]
    private let width: Int
    private let staging: String
    private let leaf: String
    private var fields: FieldWriter
    private var csv: ByteSink?
    private var records: ByteSink?
    private var page: ByteSink?
    private var pageNames: [String] = []
    private var rows = 0
    private var madePagesFolder = false

    init(request: DerivedRequest, header: [String], dialect: CSVDialect) throws {
        self.request = request
        self.header = header
        width = header.count
        keys = DerivedWriter.uniqueKeys(header).map { Array(JSONValue.string($0).serialized(pretty: false).utf8) + [UInt8(ascii: ":")] }
        leaf = request.baseName.split(separator: "/").last.map(String.init) ?? request.baseName
        staging = request.folder + ".partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        fields = FieldWriter(encoding: dialect.encoding)
        let manager = FileManager.default
        // One mkdir when the dataset's folder of the cache exists (a rebuild); two when only `.kiosque/derived/` does
        // (a first build: nothing stale to remove then); the whole path otherwise.
        if mkdir(staging, 0o755) == 0 {
            DerivedWriter.removeStaleStaging(of: request.folder)
        } else if mkdir((request.folder as NSString).deletingLastPathComponent, 0o755) != 0 || mkdir(staging, 0o755) != 0 {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        }
        let wantsCSV = request.utf8CSV ?? (!dialect.encoding.isUTF8 || dialect.delimiter != UInt8(ascii: ","))
        if wantsCSV {
            let sink = try ByteSink(path: staging + "/" + leaf + ".utf8.csv")
            try writeCSVRecord(header.map { Array($0.utf8) }, to: sink)
            csv = sink
        }
        if request.jsonRecords {
            let sink = try ByteSink(path: staging + "/" + leaf + ".json")
            try sink.append(UInt8(ascii: "["))
            records = sink
        }
        // The pages' folder is made with the first page's file, which is created only when its bytes must go out:
        // a table that ends up inline has neither.
    }

    /// Whether the pages will be published: not for a table that fits inline (see ``DerivedRequest/inlineRows``).
    private var publishesPages: Bool {
        request.pages && (rows > request.inlineRows || rows >= request.pageSize)
    }

    private var pagesFolder: String { staging + "/" + leaf + ".pages" }

    private func makePagesFolder() throws {
        guard !madePagesFolder else { return }
        if mkdir(pagesFolder, 0o755) != 0 && errno != EEXIST {
            try FileManager.default.createDirectory(atPath: pagesFolder, withIntermediateDirectories: true)
        }
        madePagesFolder = true
    }

    deinit {
        fields.release()
    }

    /// Object keys for the JSON files: the header names, made unique (`nom`, `nom_2`), `column_N` for an empty name.
    static func uniqueKeys(_ header: [String]) -> [String] {
        var seen: Set<String> = []
        return header.enumerated().map { index, name in
            var key = name.isEmpty ? "column_\(index + 1)" : name
            var suffix = 2
            while seen.contains(key) {
                key = (name.isEmpty ? "column_\(index + 1)" : name) + "_\(suffix)"
                suffix += 1
            }
            seen.insert(key)
            return key
        }
    }

    func add(_ record: CSVRawRecord) throws {
        if let csv {
            for index in record.indices {
                if index > 0 { try csv.append(UInt8(ascii: ",")) }
                try fields.csv(record[index], to: csv)
            }
            try csv.append(0x0A)
        }
        if let records {
            try records.append(rows == 0 ? [0x0A, UInt8(ascii: "{")] : [UInt8(ascii: ","), 0x0A, UInt8(ascii: "{")])
            for index in 0..<max(width, record.count) {
                if index > 0 { try records.append(UInt8(ascii: ",")) }
                if index < width {
                    try records.append(keys[index])
                } else {
                    try records.append("\"column_\(index + 1)\":")
                }
                if index < record.count {
                    try fields.json(record[index], to: records)
                } else {
                    try records.append("null")
                }
            }
            try records.append(UInt8(ascii: "}"))
        }
        if request.pages {
            if rows % request.pageSize == 0 { try startPage() }
            guard let page else { return }
            try page.append(rows % request.pageSize == 0 ? [0x0A, UInt8(ascii: "[")] : [UInt8(ascii: ","), 0x0A, UInt8(ascii: "[")])
            for index in 0..<width {
                if index > 0 { try page.append(UInt8(ascii: ",")) }
                if index < record.count {
                    try fields.json(record[index], to: page)
                } else {
                    try page.append([UInt8(ascii: "\""), UInt8(ascii: "\"")])
                }
            }
            try page.append(UInt8(ascii: "]"))
        }
        rows += 1
    }

    /// Fields whose bytes were not valid UTF-8.
    var repairedFields: Int { fields.repaired }

    /// Closes every file, writes the page index, swaps the staging folder in; returns the files, published names first.
    func finish(fields profiles: [ColumnProfile]) throws -> [TablePreview.DerivedFile] {
        try csv?.finish()
        if let records {
            try records.append(rows == 0 ? [UInt8(ascii: "]"), 0x0A] : [0x0A, UInt8(ascii: "]"), 0x0A])
            try records.finish()
        }
        if request.pages && !publishesPages {
            // All the rows fit in the dataset page: no pages, no folder (unless the first page's bytes had to go out).
            page?.discard()
            page = nil
            pageNames = []
            if madePagesFolder { rmdir(pagesFolder) }
        }
        if publishesPages {
            try endPage()
            let index: JSONValue = [
                "header": .array(header.map(JSONValue.string)),
                "keys": .array(DerivedWriter.uniqueKeys(header).map(JSONValue.string)),
                "types": .array(profiles.map { .string($0.type) }),
                "rows": .integer(rows),
                "pageSize": .integer(request.pageSize),
                "pages": .array(pageNames.map(JSONValue.string)),
            ]
            let sink = try ByteSink(path: staging + "/" + leaf + ".pages/index.json", capacity: 4096)
            try sink.append(index.serialized(pretty: false))
            try sink.finish()
        }
        // The new folder replaces the old one; a first build has none, and the rename alone does it.
        if rename(staging, request.folder) != 0 {
            let manager = FileManager.default
            try? manager.removeItem(atPath: request.folder)
            try manager.moveItem(atPath: staging, toPath: request.folder)
        }

        let prefix = request.baseName.utf8.contains(UInt8(ascii: "/")) ? String(request.baseName[...request.baseName.lastIndex(of: "/")!]) : ""
        func file(_ name: String, _ kind: TablePreview.DerivedFile.Kind, _ mediaType: String) -> TablePreview.DerivedFile {
            TablePreview.DerivedFile(name: prefix + name, sourcePath: request.folder + "/" + name, kind: kind, mediaType: mediaType)
        }
        var files: [TablePreview.DerivedFile] = []
        if csv != nil { files.append(file(leaf + ".utf8.csv", .utf8CSV, "text/csv")) }
        if records != nil { files.append(file(leaf + ".json", .jsonRecords, "application/json")) }
        if publishesPages {
            files.append(file(leaf + ".pages/index.json", .pageIndex, "application/json"))
            files += pageNames.map { file(leaf + ".pages/" + $0, .page, "application/json") }
        }
        return files
    }

    /// Removes the staging folders that killed builds left beside `folder` (`<name>.partial-<pid>-<n>` whose process is
    /// gone): they are never read, but would hold a copy of the table each.
    static func removeStaleStaging(of folder: String) {
        let parent = (folder as NSString).deletingLastPathComponent
        let prefix = (folder as NSString).lastPathComponent + ".partial-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
            guard let pid = entry.dropFirst(prefix.count).split(separator: "-").first.flatMap({ pid_t($0) }) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(atPath: parent + "/" + entry)
            }
        }
    }

    /// Removes the staging folder after a failure.
    func abandon() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    private func writeCSVRecord(_ cells: [[UInt8]], to sink: ByteSink) throws {
        for (index, cell) in cells.enumerated() {
            if index > 0 { try sink.append(UInt8(ascii: ",")) }
            try cell.withUnsafeBufferPointer { bytes in
                var writer = FieldWriter(encoding: .utf8)
                defer { writer.release() }
                try writer.csv(bytes, to: sink)
            }
        }
        try sink.append(0x0A)
    }

    private func startPage() throws {
        try endPage()
        let number = pageNames.count + 1
        let text = String(number)
        let name = String(repeating: "0", count: max(0, 4 - text.count)) + text + ".json"
        pageNames.append(name)
        let sink = ByteSink(deferredPath: pagesFolder + "/" + name) { [unowned self] in try makePagesFolder() }
        try sink.append("{\"page\":\(number),\"first\":\(rows + 1),\"rows\":[")
        page = sink
    }

    private func endPage() throws {
        guard let page else { return }
        try page.append([0x0A, UInt8(ascii: "]"), UInt8(ascii: "}"), 0x0A])
        try page.finish()
        self.page = nil
    }
}
