import Foundation
import KiosqueCSV
import KiosqueModel

/// Writes the derived files of one table as its records stream by: the UTF-8 comma-separated copy, the JSON
/// records and the JSON pages, into the dataset's cache folder (`<cacheName>.json`…).
///
/// When this writer makes that folder, nothing is in it to replace and the files are written under their names: a
/// build killed halfway leaves them half-written, but no cache entry names them, and the next build, finding the
/// folder, replaces them. In a folder that exists, each file (and the pages' folder) is written under a temporary
/// name (`<name>.partial-<pid>-<n>`) and renamed over the old one at the end: the old files may be hard-linked into the
/// output, and are never changed in place. Stale files of this table (a copy no longer needed) are removed then, and
/// the temporary files that killed builds left.
final class DerivedWriter {
    private let request: DerivedRequest
    private let header: [String]
    private let keys: [[UInt8]]
    private let width: Int
    private let leaf: String
    /// `folder/cacheName`: the derived files' names add a suffix to it.
    private let base: String
    /// The folder was made by this writer: files go straight under their names.
    private let fresh: Bool
    /// This table's files found in the existing folder (suffixes: `.utf8.csv`, `.json`, `.pages`).
    private var existing: Set<String> = []
    /// The temporary names in use and their final names (an existing folder only).
    private var staged: [(temporary: String, final: String)] = []
    private let pagesFolder: String
    private var fields: FieldWriter
    private var csv: ByteSink?
    private var records: ByteSink?
    private var page: ByteSink?
    private var pageNames: [String] = []
    private var rows = 0
    private var madePagesFolder = false

    static let suffixes = [".utf8.csv", ".json", ".pages"]

    init(request: DerivedRequest, header: [String], dialect: CSVDialect) throws {
        self.request = request
        self.header = header
        width = header.count
        keys = DerivedWriter.uniqueKeys(header).map { Array(JSONValue.string($0).serialized(pretty: false).utf8) + [UInt8(ascii: ":")] }
        leaf = request.baseName.split(separator: "/").last.map(String.init) ?? request.baseName
        base = request.folder + "/" + request.cacheName
        fields = FieldWriter(encoding: dialect.encoding)
        // One mkdir: it succeeds on a first build (the derived root exists), fails with EEXIST on a rebuild.
        if mkdir(request.folder, 0o755) == 0 {
            fresh = true
        } else if errno == ENOENT {
            try FileManager.default.createDirectory(atPath: request.folder, withIntermediateDirectories: true)
            fresh = true
        } else if errno == EEXIST {
            fresh = false
        } else {
            throw ByteSink.Failure.cannotCreate(path: request.folder, errno: errno)
        }
        if !fresh { existing = DerivedWriter.scan(request.folder, cacheName: request.cacheName) }
        pagesFolder = base + ".pages"
        let wantsCSV = request.utf8CSV ?? (!dialect.encoding.isUTF8 || dialect.delimiter != UInt8(ascii: ","))
        if wantsCSV {
            let sink = try ByteSink(path: target(".utf8.csv"))
            try writeCSVRecord(header.map { Array($0.utf8) }, to: sink)
            csv = sink
        }
        if request.jsonRecords {
            let sink = try ByteSink(path: target(".json"))
            try sink.append(UInt8(ascii: "["))
            records = sink
        }
        // The pages' folder is made with the first page's file, which is created only when its bytes must go out:
        // a table that ends up inline has neither.
    }

    /// Where the file (or folder) of this suffix is written: its name in a new folder, else a temporary name.
    private func target(_ suffix: String) -> String {
        let final = base + suffix
        guard !fresh else { return final }
        if let known = staged.first(where: { $0.final == final }) { return known.temporary }
        let temporary = final + ".partial-\(DerivedWriter.processID)-\(DerivedWriter.nextNumber())"
        staged.append((temporary, final))
        return temporary
    }

    static let processID = getpid()
    private static let counterLock = NSLock()
    nonisolated(unsafe) private static var counter = 0

    /// Temporary names from a counter: no `getpid`/`getrandom` per file.
    private static func nextNumber() -> Int {
        counterLock.lock()
        defer { counterLock.unlock() }
        counter += 1
        return counter
    }

    /// This table's files in an existing folder; the temporary files of killed builds (`<name>.partial-<pid>-<n>` whose
    /// process is gone) are removed: they are never read, but would hold a copy of the table each.
    static func scan(_ folder: String, cacheName: String) -> Set<String> {
        var found: Set<String> = []
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where entry.hasPrefix(cacheName) {
            let rest = entry.dropFirst(cacheName.count)
            if let suffix = suffixes.first(where: { rest == $0 }) {
                found.insert(suffix)
                continue
            }
            guard let suffix = suffixes.first(where: { rest.hasPrefix($0 + ".partial-") }) else { continue }
            let numbers = rest.dropFirst(suffix.count + ".partial-".count).split(separator: "-", omittingEmptySubsequences: false)
            guard numbers.count == 2, numbers[1].allSatisfy(\.isASCII), Int(numbers[1]) != nil, let pid = pid_t(numbers[0]) else { continue }
            if pid != processID, kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(atPath: folder + "/" + entry)
            }
        }
        return found
    }

    /// Whether the pages will be published: not for a table that fits inline (see ``DerivedRequest/inlineRows``).
    private var publishesPages: Bool {
        request.pages && (rows > request.inlineRows || rows >= request.pageSize)
    }

    /// Where the pages are written now: the pages' folder, or its temporary name.
    private var pagesTarget: String { fresh ? pagesFolder : target(".pages") }

    private func makePagesFolder() throws {
        guard !madePagesFolder else { return }
        if mkdir(pagesTarget, 0o755) != 0 && errno != EEXIST {
            try FileManager.default.createDirectory(atPath: pagesTarget, withIntermediateDirectories: true)
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

    /// Closes every file, writes the page index, puts the new files in place; returns the files, published names first.
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
            if madePagesFolder { rmdir(pagesTarget) }
            staged.removeAll { $0.final == pagesFolder }
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
            let sink = try ByteSink(path: pagesTarget + "/index.json", capacity: 4096)
            try sink.append(index.serialized(pretty: false))
            try sink.finish()
        }
        // In an existing folder: each new file replaces the old one (a folder of pages is removed first), and this
        // table's files that this read did not make go.
        for (temporary, final) in staged where rename(temporary, final) != 0 {
            let manager = FileManager.default
            try? manager.removeItem(atPath: final)
            try manager.moveItem(atPath: temporary, toPath: final)
        }
        for suffix in existing where !staged.contains(where: { $0.final == base + suffix }) {
            try? FileManager.default.removeItem(atPath: base + suffix)
        }
        staged = []

        let prefix = request.baseName.utf8.contains(UInt8(ascii: "/")) ? String(request.baseName[...request.baseName.lastIndex(of: "/")!]) : ""
        func file(_ name: String, _ source: String, _ kind: TablePreview.DerivedFile.Kind, _ mediaType: String) -> TablePreview.DerivedFile {
            TablePreview.DerivedFile(name: prefix + name, sourcePath: source, kind: kind, mediaType: mediaType)
        }
        var files: [TablePreview.DerivedFile] = []
        if csv != nil { files.append(file(leaf + ".utf8.csv", base + ".utf8.csv", .utf8CSV, "text/csv")) }
        if records != nil { files.append(file(leaf + ".json", base + ".json", .jsonRecords, "application/json")) }
        if publishesPages {
            files.append(file(leaf + ".pages/index.json", pagesFolder + "/index.json", .pageIndex, "application/json"))
            files += pageNames.map { file(leaf + ".pages/" + $0, pagesFolder + "/" + $0, .page, "application/json") }
        }
        return files
    }

    /// Removes what this writer made after a failure: its temporary files, or in a new folder its files.
    func abandon() {
        csv?.discard()
        records?.discard()
        page?.discard()
        let made = fresh ? DerivedWriter.suffixes.map { base + $0 } : staged.map(\.temporary)
        for path in made { try? FileManager.default.removeItem(atPath: path) }
        staged = []
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
        let sink = ByteSink(deferredPath: pagesTarget + "/" + name) { [unowned self] in try makePagesFolder() }
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
