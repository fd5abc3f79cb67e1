import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The system calls the writer makes, few per file: `open` + `write` + `close` for bytes, `link` for a file of
/// Kiosque's own cache or of the previous output, `copy_file_range` (or `read`/`write`) for a repository file,
/// `mkdir` once per folder.
enum OutputFiles {
    /// Writes every byte, retrying short writes and interruptions.
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
    }

    /// Writes every byte at an offset.
    static func pwriteAll(_ descriptor: Int32, _ bytes: [UInt8], at offset: Int) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let count = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                done += count
            }
            return true
        }
    }

    /// Fills `bytes` from an offset; false when the file ends first.
    static func preadAll(_ descriptor: Int32, _ bytes: inout [UInt8], at offset: Int) -> Bool {
        let wanted = bytes.count
        return bytes.withUnsafeMutableBytes { buffer in
            var done = 0
            while done < wanted {
                let count = pread(descriptor, buffer.baseAddress! + done, wanted - done, off_t(offset + done))
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                done += count
            }
            return true
        }
    }

    /// A new file (none may exist at `path`) holding `bytes`.
    static func create(_ path: String, _ bytes: [UInt8]) throws(OutputWriter.Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io("\(path): \(String(cString: strerror(errno)))") }
        let written = writeAll(descriptor, bytes)
        let closed = close(descriptor) == 0
        guard written, closed else { throw .io("\(path): \(String(cString: strerror(errno)))") }
    }

    /// A new file with the bytes of `source`.
    static func copy(_ source: String, to path: String) throws(OutputWriter.Failure) {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw .io("\(source): \(String(cString: strerror(errno)))") }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0 else { throw .io("\(source): \(String(cString: strerror(errno)))") }
        let output = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw .io("\(path): \(String(cString: strerror(errno)))") }
        var failed = false
        var remaining = Int(info.st_size)
        if let copyRange = CopyFileRange.function {
            while remaining > 0 {
                let count = copyRange(input, nil, output, nil, remaining, 0)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                remaining -= count
            }
        }
        if remaining > 0 || info.st_size == 0 {
            // copy_file_range refused (another file system, or a file that grew): plain reads and writes from the start.
            if lseek(input, 0, SEEK_SET) < 0 || ftruncate(output, 0) != 0 || lseek(output, 0, SEEK_SET) < 0 { failed = true }
            let size = 1 << 16
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
            defer { buffer.deallocate() }
            while !failed {
                let count = read(input, buffer, size)
                if count < 0, errno == EINTR { continue }
                if count < 0 { failed = true }
                if count <= 0 { break }
                var offset = 0
                while offset < count {
                    let written = write(output, buffer + offset, count - offset)
                    if written < 0, errno == EINTR { continue }
                    if written <= 0 {
                        failed = true
                        break
                    }
                    offset += written
                }
            }
        }
        if close(output) != 0 { failed = true }
        if failed { throw .io("\(path): \(String(cString: strerror(errno)))") }
    }

    /// A hard link to `source` at `path`; false when the file system refuses (another device, no links).
    static func link(_ source: String, to path: String) -> Bool { Glibc.link(source, path) == 0 }

    /// Creates a folder and the missing ones above it, remembering those that exist.
    static func makeFolder(_ path: String, known: inout Set<String>) throws(OutputWriter.Failure) {
        guard !known.contains(path) else { return }
        if mkdir(path, 0o755) != 0 {
            if errno == ENOENT {
                let parent = (path as NSString).deletingLastPathComponent
                guard parent != path, !parent.isEmpty else { throw .io("\(path): \(String(cString: strerror(errno)))") }
                try makeFolder(parent, known: &known)
                guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw .io("\(path): \(String(cString: strerror(errno)))") }
            } else if errno != EEXIST {
                throw .io("\(path): \(String(cString: strerror(errno)))")
            }
        }
        known.insert(path)
    }

    /// In a folder this build made whole (where every folder that exists is in `known`): the missing parents first,
    /// then the folder, so that no `mkdir` fails for want of its parent.
    static func makeFreshFolder(_ path: String, known: inout Set<String>) throws(OutputWriter.Failure) {
        guard !known.contains(path) else { return }
        let parent = (path as NSString).deletingLastPathComponent
        if parent != path, !parent.isEmpty, !known.contains(parent) { try makeFreshFolder(parent, known: &known) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw .io("\(path): \(String(cString: strerror(errno)))") }
        known.insert(path)
    }

    /// Removes a folder and everything in it (a stale temporary folder, an unusable staging copy).
    static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// `copy_file_range(2)`, looked up at run time: Glibc's Swift overlay does not declare it. The kernel copies the bytes
/// (or shares them, on file systems that can) without passing them through the process.
enum CopyFileRange {
    typealias Function = @convention(c) (Int32, UnsafeMutablePointer<Int64>?, Int32, UnsafeMutablePointer<Int64>?, Int, UInt32) -> Int

    static let function: Function? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "copy_file_range") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
        #else
        return nil
        #endif
    }()
}
