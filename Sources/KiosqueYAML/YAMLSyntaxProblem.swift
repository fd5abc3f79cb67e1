/// The error libyaml stopped on, copied out of the parser.
struct YAMLSyntaxProblem: Error, Equatable {
    enum Stage: Equatable {
        /// Decoding the bytes (bad UTF-8, control characters); located by `offset`.
        case reader
        /// Tokens (indentation, quotes, tabs); located by `mark`.
        case scanner
        /// Structure (missing keys, unclosed brackets); located by `mark`.
        case parser
        /// libyaml could not allocate memory.
        case memory
    }

    var stage: Stage
    /// libyaml's English problem text, such as "could not find expected ':'".
    var problem: String
    /// What libyaml was doing, such as "while scanning a simple key".
    var context: String?
    var mark: YAMLMark
    var contextMark: YAMLMark?
    /// For reader errors: the byte offset of the bad character.
    var offset: Int
}
