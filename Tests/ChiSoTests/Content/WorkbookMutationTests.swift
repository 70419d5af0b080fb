import Testing
@testable import ChiSo

/// Random damage to a valid workbook, reproducibly: `Workbook.read` must return, read or refused.
extension WorkbookTests {
    /// What a seeded mutation run came to.
    struct MutationTally: CustomStringConvertible {
        var read = 0
        var refused: [String: Int] = [:]

        var description: String {
            "\(read) read, \(refused.values.reduce(0, +)) refused: "
                + refused.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }

        mutating func count(_ result: Result<Workbook, Diagnostic>) {
            switch result {
            case .success: read += 1
            case .failure(let diagnostic):
                let problem = diagnostic.problem
                refused[Mirror(reflecting: problem).children.first?.label ?? "\(problem)", default: 0] += 1
            }
        }
    }

    /// `bytes` with one random change: a flipped bit, a cut, or up to 16 random bytes inserted.
    static func mutated(_ bytes: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var result = bytes
        let at = Int.random(in: 0..<result.count, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: result[at] ^= 1 << UInt8.random(in: 0..<8, using: &generator)
        case 1: result.removeSubrange(at...)
        default:
            result.insert(
                contentsOf: (0..<Int.random(in: 1...16, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) },
                at: at)
        }
        return result
    }

    @Test("500 seeded mutations of the zip: every read returns")
    func zipMutations() throws {
        let valid = try Hostile.valid.bytes()
        var generator = SeededGenerator(seed: 0x43_48_49_53_4F)
        var tally = MutationTally()
        for _ in 0..<500 { tally.count(Workbook.read(Self.mutated(valid, using: &generator), path: "m.xlsx")) }
        print("Workbook zip mutations: \(tally)")
        #expect(tally.read + tally.refused.values.reduce(0, +) == 500)
    }

    @Test("500 seeded mutations of the XML parts, zipped soundly: every read returns")
    func partMutations() throws {
        let parts = Hostile.valid.allParts
        var generator = SeededGenerator(seed: 0x58_4C_53_58)
        var tally = MutationTally()
        for _ in 0..<500 {
            var damaged = parts
            let index = Int.random(in: 2..<parts.count, using: &generator)
            damaged[index].bytes = Self.mutated(parts[index].bytes, using: &generator)
            tally.count(Workbook.read(try TestWorkbook.zip(damaged), path: "m.xlsx"))
        }
        print("Workbook part mutations: \(tally)")
        #expect(tally.read + tally.refused.values.reduce(0, +) == 500)
    }
}
