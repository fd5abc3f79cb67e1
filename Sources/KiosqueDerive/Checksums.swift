import KiosqueModel

/// `SHA256SUMS`: the SHA-256 of every published data file, in the format of `sha256sum`, paths from the site
/// root, so that `sha256sum -c SHA256SUMS` run in the downloaded site checks every file.
public enum Checksums {
    public static func file(_ catalog: Catalog) -> String {
        var lines: [String] = []
        for dataset in catalog.datasets {
            for distribution in dataset.distributions {
                guard let name = distribution.fileName, let digest = distribution.sha256 else { continue }
                lines.append(line(digest, path: "datasets/\(dataset.id)/\(name)"))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `<hex>  <path>`; a path holding a backslash or a line feed is escaped and the line starts with `\`,
    /// as GNU coreutils does.
    static func line(_ digest: String, path: String) -> String {
        // Byte by byte (the three are ASCII): Foundation's substring search costs more than the line.
        guard path.utf8.contains(where: { $0 == 0x5C || $0 == 0x0A || $0 == 0x0D }) else { return digest + "  " + path }
        let escaped = path.replacingAll("\\", with: "\\\\").replacingAll("\n", with: "\\n").replacingAll("\r", with: "\\r")
        return "\\" + digest + "  " + escaped
    }
}

private extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
