import KiosqueModel

extension RepositoryLoader {
    /// The largest `history.versions` a portal may ask for.
    static let maximumHistoryVersions = 50

    /// `history: {versions: N}` of `site/portal.yaml`: how many previous versions of each file stay downloadable.
    func historyVersions(_ reader: MappingReader, _ messages: Messages, _ diagnostics: inout [Diagnostic]) -> Int {
        guard let history = reader.mapping("history", allowedKeys: ["versions"], &diagnostics) else { return Portal.defaultHistoryVersions }
        history.checkUnknownKeys(&diagnostics)
        guard let text = history.string("versions", &diagnostics) else { return Portal.defaultHistoryVersions }
        guard let count = Int(text), (0...Self.maximumHistoryVersions).contains(count) else {
            diagnostics.append(.error(history.value("versions")?.location ?? history.location, "portal.history-versions",
                                      messages.historyVersions(text, maximum: Self.maximumHistoryVersions)))
            return Portal.defaultHistoryVersions
        }
        return count
    }

    /// The history with, for every published file, its last `keep` previous versions (the content of the file as
    /// published now left out), copied out of Git by one `git cat-file --batch` for the whole build.
    func keepingVersions(_ history: RepositoryHistory, of datasets: [Dataset], keep: Int) async -> RepositoryHistory {
        guard keep > 0, !history.commits.isEmpty else { return history }
        var byPath: [String: [(RepositoryHistory.Commit, String)]] = [:]
        for commit in history.commits {
            for change in commit.changes { if let blob = change.blob { byPath[change.path, default: []].append((commit, blob)) } }
        }
        var files: [(path: String, size: Int, commits: [(RepositoryHistory.Commit, String)])] = []
        for dataset in datasets {
            for distribution in dataset.distributions {
                guard case let .file(_, path, size) = distribution.source, let commits = byPath[path] else { continue }
                files.append((path, size, commits))
            }
        }
        // The blob of each file as it is now, to leave it out of its previous versions: hashed in parallel.
        let current = await withTaskGroup(of: (String, String?).self) { group in
            for file in files {
                group.addTask {
                    let compute = {
                        try? GitBlobID.of(size: file.size) { body in
                            try fileSystem.readChunks(absolute(file.path), chunkSize: 1 << 20, body)
                        }
                    }
                    let blob = options.cache.map { $0.gitBlobID(absolute(file.path), compute: compute) } ?? compute()
                    return (file.path, blob)
                }
            }
            var result: [String: String] = [:]
            for await (path, blob) in group { if let blob { result[path] = blob } }
            return result
        }
        var wanted: [String: [(RepositoryHistory.Commit, String)]] = [:]
        for file in files {
            var seen: Set<String> = current[file.path].map { [$0] } ?? []
            var kept: [(RepositoryHistory.Commit, String)] = []
            for (commit, blob) in file.commits where seen.insert(blob).inserted {
                kept.append((commit, blob))
                if kept.count == keep { break }
            }
            if !kept.isEmpty { wanted[file.path] = kept }
        }
        let store = GitBlobStore(root: root)
        let present = store.fetch(wanted.values.flatMap { $0.map(\.1) })
        var versions: [String: [FileVersion]] = [:]
        for (path, kept) in wanted {
            let found = kept.compactMap { commit, blob -> FileVersion? in
                guard present.contains(blob), let size = store.size(of: blob) else { return nil }
                return FileVersion(commit: commit.hash, date: commit.date, subject: commit.subject, blob: blob,
                                   sourcePath: store.path(of: blob), byteSize: size)
            }
            if !found.isEmpty { versions[path] = found }
        }
        return history.with(versions: versions)
    }
}
