import KiosqueFuzzChecks
import KiosqueFuzzDriver

runFuzzer { input in
    let problems = MarkdownFuzzCheck.run(input)
    if !problems.isEmpty { fuzzFailure(problems.joined(separator: "\n")) }
}
