/// Turns a ``RegexNode`` into instructions, keeping Python's priorities: the left branch of an
/// alternation first, one more repetition first when greedy, one fewer when lazy.
struct NativeRegexCompiler {
    var program: [NativeRegex.Instruction] = []

    mutating func emit(_ node: RegexNode) -> Bool {
        guard program.count < NativeRegex.maxInstructions else { return false }
        switch node {
        case let .scalar(value): program.append(.scalar(value))
        case .any: program.append(.any)
        case let .set(index): program.append(.set(index))
        case .start: program.append(.start)
        case .end: program.append(.end)
        case .absoluteEnd: program.append(.absoluteEnd)
        case let .wordBoundary(flag): program.append(.wordBoundary(flag))
        case let .sequence(items):
            for item in items where !emit(item) { return false }
        case let .alternation(branches):
            var jumps: [Int] = []
            for (offset, branch) in branches.enumerated() {
                if offset < branches.count - 1 {
                    let split = program.count
                    program.append(.split(split + 1, 0))
                    guard emit(branch) else { return false }
                    jumps.append(program.count)
                    program.append(.jump(0))
                    program[split] = .split(split + 1, program.count)
                } else {
                    guard emit(branch) else { return false }
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case let .repetition(body, min, max, greedy):
            for _ in 0..<min where !emit(body) { return false }
            if let max {
                var exits: [Int] = []
                for _ in min..<max {
                    exits.append(program.count)
                    program.append(.split(0, 0))
                    guard emit(body) else { return false }
                }
                for split in exits { program[split] = greedy ? .split(split + 1, program.count) : .split(program.count, split + 1) }
            } else {
                let loop = program.count
                program.append(.split(0, 0))
                guard emit(body) else { return false }
                program.append(.jump(loop))
                program[loop] = greedy ? .split(loop + 1, program.count) : .split(program.count, loop + 1)
            }
        }
        return true
    }
}
