import Foundation
import RegsyncCore
import RegsyncSynth
import Testing

@Suite("Determinism")
struct DeterminismTests {
    static let files = [
        "residents.csv", "resident-addresses.csv", "resident-events.csv", "vehicles.csv", "realestate-owners.csv",
        "realestate-owners.xml", "corporations-sjis.csv", "corporations-unicode.csv", "corporations.xml",
        "corporations-diff.csv", "officers.csv", "truth/links.csv", "truth/expected-changes.csv", "truth/README.md",
    ]

    @Test("the same seed and size give byte-identical files")
    func sameSeedSameBytes() throws {
        let first = try SynthFixture.generate(residents: 500, seed: 42)
        let second = try SynthFixture.generate(residents: 500, seed: 42)
        for name in Self.files {
            #expect(try SynthFixture.bytes(first, name) == SynthFixture.bytes(second, name), "\(name)")
        }
    }

    @Test("different seeds give different data")
    func differentSeedsDiffer() throws {
        let first = try SynthFixture.generate(residents: 300, seed: 1)
        let second = try SynthFixture.generate(residents: 300, seed: 2)
        for name in ["residents.csv", "vehicles.csv", "corporations-unicode.csv"] {
            #expect(try SynthFixture.bytes(first, name) != SynthFixture.bytes(second, name), "\(name)")
        }
    }

    @Test("a resident re-derived alone equals the one written in the extract")
    func rederivation() throws {
        let directory = try SynthFixture.generate(residents: 300, seed: 9)
        let rows = try SynthFixture.rows(directory, "residents.csv")
        let population = Population(config: .scaled(residents: 300, seed: 9))
        for index in [0, 1, 17, 150, 299] {
            let resident = population.resident(index)
            #expect(rows[index + 1][0] == resident.code)
            #expect(rows[index + 1][1] == resident.name)
        }
    }

    @Test("the draw helpers stay in range and are roughly uniform")
    func drawsInRange() {
        var rng = SplitMix64(seed: 3, stream: .person, index: 0)
        var counts = Array(repeating: 0, count: 10)
        for _ in 0..<100_000 { counts[rng.below(10)] += 1 }
        #expect(counts.allSatisfy { (9_000...11_000).contains($0) })
    }
}
