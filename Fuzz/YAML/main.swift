import KiosqueFuzzChecks
import KiosqueFuzzDriver

runFuzzer { input in
    let problems = YAMLFuzzCheck.run(input)
    if !problems.isEmpty { fuzzFailure(problems.joined(separator: "\n")) }
}
