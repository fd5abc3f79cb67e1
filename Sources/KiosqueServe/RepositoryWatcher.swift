import Foundation

/// Notices changes to a portal repository by polling: the modification time and size of every file under
/// `data/`, `site/` and `themes/`. `public/` and `.kiosque/` are never looked at, nor are hidden files and editor
/// backups (`.dataset.yaml.swp`, `portal.yaml~`), which the build ignores too.
struct RepositoryWatcher: Sendable {
    struct Stamp: Sendable, Equatable {
        let seconds: Int
        let nanoseconds: Int
        let size: Int64
    }

    static let folders = ["data", "site", "themes"]

    let root: String

    /// Relative path → stamp of every watched file.
    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        var pending = Self.folders
        while let folder = pending.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder) else { continue }
            for name in names where !name.hasPrefix(".") && !name.hasSuffix("~") {
                let relative = folder + "/" + name
                let path = root + "/" + relative
                var link = stat(), info = stat()
                guard lstat(path, &link) == 0 else { continue }
                // A symbolic link is stamped as the file it points to, and never followed into a folder.
                let isLink = (link.st_mode & S_IFMT) == S_IFLNK
                guard stat(path, &info) == 0 else {
                    stamps[relative] = Self.stamp(link)
                    continue
                }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    if isLink { stamps[relative] = Self.stamp(link) } else { pending.append(relative) }
                } else {
                    stamps[relative] = Self.stamp(info)
                }
            }
        }
        return stamps
    }

    /// The paths added, removed or modified between two snapshots, sorted.
    static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> [String] {
        var changed = new.filter { old[$0.key] != $0.value }.map(\.key)
        changed += old.keys.filter { new[$0] == nil }
        return changed.sorted()
    }

    private static func stamp(_ info: stat) -> Stamp {
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Stamp(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), size: Int64(info.st_size))
    }
}
