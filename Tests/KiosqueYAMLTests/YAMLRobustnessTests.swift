import KiosqueModel
import Testing
import KiosqueYAML

@Suite("YAML robustness")
struct YAMLRobustnessTests {
    static let seed = Array("""
        title: "Budget primitif"
        description: |
          Le **budget** de la commune.
        license: {name: Licence Ouverte, url: https://www.etalab.gouv.fr/licence-ouverte}
        keywords: [budget, finances, 'été']
        base: &base
          format: csv
        resources:
          - path: budget.csv
            <<: *base
          - url: https://example.org/api # commentaire
        temporal: {start: 2024-01-01, end: 2024-12-31}

        """.utf8)

    /// A small deterministic generator, so a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    @Test("thousands of damaged descriptors never crash, and every diagnostic points into the file")
    func mutations() {
        var generator = Generator(state: 2024)
        let alphabet = Array(":-[]{},&*!|>'\"#%@` \t\n\r?".utf8) + [0x00, 0xC3, 0xA9, 0xFF, 0x80]
        let lineCount = Self.seed.filter { $0 == 0x0A }.count + 2
        for _ in 0..<3_000 {
            var bytes = Self.seed
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[index] = alphabet.randomElement(using: &generator) ?? 0x20
                case 1: bytes.insert(alphabet.randomElement(using: &generator) ?? 0x20, at: index)
                default: bytes.remove(at: index)
                }
            }
            let (_, diagnostics) = YAMLDocument.parse(bytes, file: "m.yaml", language: .fr, firstLine: 1)
            for diagnostic in diagnostics {
                #expect((1...lineCount).contains(diagnostic.location.line), "\(diagnostic) in \(String(decoding: bytes, as: UTF8.self))")
                #expect(diagnostic.location.column >= 1)
                #expect(!diagnostic.message.isEmpty)
            }
        }
    }
}
