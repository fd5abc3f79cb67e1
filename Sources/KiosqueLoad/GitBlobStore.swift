import Foundation

/// Previous versions of files, copied out of Git into the repository's cache (`.kiosque/history/<blob>`), where they
/// are named by their blob and so never fetched twice. All the missing blobs of a build come out of one
/// `git cat-file --batch` process, never one process per file.
struct GitBlobStore: Sendable {
    /// The repository (or a folder inside it).
    let root: String
    /// Absolute cache folder.
    let folder: String

    init(root: String) {
        self.root = root
        self.folder = root + "/.kiosque/history"
    }

    func path(of blob: String) -> String { folder + "/" + blob }

    /// Size of a cached blob, nil when absent.
    func size(of blob: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path(of: blob)))?[.size] as? Int
    }

    /// Writes every blob missing from the cache; returns the blobs the cache holds afterwards.
    func fetch(_ blobs: [String]) -> Set<String> {
        let wanted = Array(Set(blobs.filter { Self.isObjectName($0) })).sorted()
        var present = Set(wanted.filter { FileManager.default.fileExists(atPath: path(of: $0)) })
        let missing = wanted.filter { !present.contains($0) }
        guard !missing.isEmpty else { return present }
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch { return present }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root, "cat-file", "--batch"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return present }
        // Requests are written from another thread while this one reads, so that neither pipe fills up and blocks.
        let requests = Data(missing.map { $0 + "\n" }.joined().utf8)
        let writer = input.fileHandleForWriting
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? writer.write(contentsOf: requests)
            try? writer.close()
            done.signal()
        }
        var reader = BatchReader(handle: output.fileHandleForReading)
        for blob in missing {
            guard let header = reader.line() else { break }
            let fields = header.split(separator: " ")
            guard fields.count == 3, fields[0] == blob, fields[1] == "blob", let size = Int(fields[2]) else { continue }
            let temporary = path(of: blob) + ".part"
            FileManager.default.createFile(atPath: temporary, contents: nil)
            guard let file = FileHandle(forWritingAtPath: temporary) else { reader.skip(size + 1); continue }
            reader.copy(size, to: file)
            try? file.close()
            reader.skip(1)
            if rename(temporary, path(of: blob)) == 0 { present.insert(blob) }
        }
        done.wait()
        reader.drain()
        process.waitUntilExit()
        return present
    }

    static func isObjectName(_ text: String) -> Bool {
        text.utf8.count == 40 && text.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
    }
}

/// Reads `git cat-file --batch` output: header lines and exact byte counts, in bounded chunks.
private struct BatchReader {
    let handle: FileHandle
    var buffer: [UInt8] = []
    var position = 0

    init(handle: FileHandle) { self.handle = handle }

    private mutating func fill() -> Bool {
        if position > 0 { buffer.removeFirst(position); position = 0 }
        guard let data = try? handle.read(upToCount: 1 << 16), !data.isEmpty else { return false }
        buffer.append(contentsOf: data)
        return true
    }

    mutating func line() -> String? {
        while true {
            if let end = buffer[position...].firstIndex(of: 10) {
                let text = String(decoding: buffer[position..<end], as: UTF8.self)
                position = end + 1
                return text
            }
            guard fill() else { return nil }
        }
    }

    mutating func copy(_ count: Int, to file: FileHandle) {
        var left = count
        while left > 0 {
            if position == buffer.count, !fill() { return }
            let take = min(left, buffer.count - position)
            try? file.write(contentsOf: Data(buffer[position..<(position + take)]))
            position += take
            left -= take
        }
    }

    mutating func skip(_ count: Int) {
        var left = count
        while left > 0 {
            if position == buffer.count, !fill() { return }
            let take = min(left, buffer.count - position)
            position += take
            left -= take
        }
    }

    mutating func drain() { while fill() { position = buffer.count } }
}
