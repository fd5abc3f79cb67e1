/// A position as libyaml reports it: 0-based line, 0-based column counted in characters.
struct YAMLMark: Equatable {
    var line: Int
    var column: Int
}
