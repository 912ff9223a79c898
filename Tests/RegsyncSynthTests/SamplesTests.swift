import Foundation
import Testing

@testable import RegsyncSynth

/// The default rates of the difficult cases, and the committed samples.
@Suite("Rates of difficult cases and the committed samples")
struct SamplesTests {
    @Test("default rates: ≈ 2 % of children are twins, 35 % of households truncated, 3 % of wives with a 旧氏")
    func defaultRates() {
        let residents = 30_000
        let population = Population(config: .scaled(residents: residents, seed: 21))
        var children = 0
        var twins = 0
        var sameReading = 0
        var households = 0
        var truncated = 0
        var wives = 0
        var former = 0
        var start = 0
        while start < residents {
            let household = population.household(start: start)
            let members = (0..<household.size).map {
                population.resident(start + $0, household: household, member: $0)
            }
            households += 1
            if household.truncated { truncated += 1 }
            children += max(0, household.size - (household.kind == .couple ? 2 : 1))
            twins += members.filter { $0.twin != nil }.count
            sameReading += members.filter(\.twinSameReading).count
            if household.kind == .couple, let wife = members.prefix(2).first(where: \.female) {
                wives += 1
                if wife.formerSurname != nil {
                    former += 1
                    #expect(wife.marriage != nil)
                }
            }
            start += household.size
        }
        let twinShare = Double(twins) / Double(children)
        #expect(twinShare > 0.013 && twinShare < 0.028, "\(twins) twins of \(children) children")
        #expect(sameReading > 0 && sameReading < twins / 2)
        let truncatedShare = Double(truncated) / Double(households)
        #expect(abs(truncatedShare - 0.35) < 0.03, "\(truncated) of \(households) households")
        let formerShare = Double(former) / Double(wives)
        #expect(formerShare > 0.02 && formerShare < 0.04, "\(former) of \(wives) wives")
    }

    static let samplesSeed: UInt64 = 20_261_129

    /// The samples preset written once per test process.
    static let generated: Result<String, any Error> = Result(catching: {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("regsync-synth-samples-\(UUID().uuidString)").path
        _ = try Generator(config: .samples(seed: samplesSeed), directory: directory).run()
        return directory
    })

    /// Files under `directory`, relative, sorted; `broken/` left out.
    static func files(under directory: String) throws -> [String] {
        let names = try FileManager.default.subpathsOfDirectory(atPath: directory)
        return names.filter { name in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue && !name.hasPrefix("broken/")
        }.sorted()
    }

    @Test("the samples preset shows every difficulty class at least three times")
    func samplesShowEveryClass() throws {
        let directory = try Self.generated.get()
        var count: [String: Int] = [:]
        for link in try SynthFixture.rows(directory, "truth/links.csv").dropFirst() where !link[5].isEmpty {
            for name in link[5].split(separator: ";") { count[String(name), default: 0] += 1 }
        }
        for difficultyClass in DifficultyClass.allCases {
            #expect(count[difficultyClass.rawValue, default: 0] >= 3, "\(difficultyClass.rawValue)")
        }
    }

    @Test("the committed samples/ are exactly what `regsync-synth --preset samples --seed 20261129` writes")
    func committedSamplesAreCurrent() throws {
        let directory = try Self.generated.get()
        let committed = SynthFixture.packageRoot + "/samples"
        let names = try Self.files(under: directory)
        // Written by people, not by the generator: the demo's propagation policies, the
        // nightly job's configuration and the verdicts a steward gave on the review queue
        // (scripts/sample-verdicts).
        let handWritten = { (name: String) in
            ["propagation.yaml", "sync.yaml"].contains(name) || name.hasPrefix("steward/")
        }
        #expect(try Self.files(under: committed).filter { !handWritten($0) } == names)
        var total = 0
        for name in names {
            let bytes = try SynthFixture.bytes(directory, name)
            total += bytes.count
            #expect(try SynthFixture.bytes(committed, name) == bytes, "samples/\(name) is stale")
        }
        #expect(total < 1_000_000, "the samples stay under 1 MB")
    }
}
