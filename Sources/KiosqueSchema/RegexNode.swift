/// A parsed regular expression.
indirect enum RegexNode {
    case scalar(UInt32)
    case any
    case set(Int)
    case start, end, absoluteEnd
    case wordBoundary(Bool)
    case sequence([RegexNode])
    case alternation([RegexNode])
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)

    /// True when the node can match the empty text (a repeated one would loop).
    var isNullable: Bool {
        switch self {
        case .scalar, .any, .set: false
        case .start, .end, .absoluteEnd, .wordBoundary: true
        case let .sequence(items): items.allSatisfy(\.isNullable)
        case let .alternation(branches): branches.contains(where: \.isNullable)
        case let .repetition(node, min, _, _): min == 0 || node.isNullable
        }
    }
}
