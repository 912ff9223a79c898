import Foundation
import RegsyncCore
import Testing

@testable import RegsyncLink

/// Estimation: EM must recover the m probabilities that generated the comparison data, as
/// Splink's own test does, and term frequencies must weigh common values less.
@Suite("training: EM recovers known parameters; term frequencies")
struct TrainingTests {
    /// Three text comparisons with 4, 3 and 5 levels (null first, else last).
    static let config = LinkConfig(
        name: "em",
        features: ["a", "b", "c"].map { FeatureSpec(name: $0, kind: .text) },
        comparisons: [
            ComparisonSpec(name: "a", kind: .text, feature: "a", textLevels: [.jaroWinkler(0.9)]),
            ComparisonSpec(name: "b", kind: .exact, feature: "b"),
            ComparisonSpec(name: "c", kind: .text, feature: "c", textLevels: [.jaroWinkler(0.9), .levenshtein(2)]),
        ],
        blocking: [BlockingRule(name: "a", parts: [KeyPart(feature: "a", key: .value)])])

    // Levels 1... (0 is null): truth per comparison.
    static let trueM: [[Double]] = [[0, 0.85, 0.1, 0.05], [0, 0.9, 0.1], [0, 0.7, 0.15, 0.1, 0.05]]
    static let trueU: [[Double]] = [[0, 0.02, 0.08, 0.9], [0, 0.1, 0.9], [0, 0.01, 0.04, 0.15, 0.8]]
    static let lambda = 0.25

    static func draw(_ probabilities: [Double], _ random: inout SplitMix64) -> UInt8 {
        var x = random.unit()
        for level in 1..<probabilities.count {
            x -= probabilities[level]
            if x < 0 { return UInt8(level) }
        }
        return UInt8(probabilities.count - 1)
    }

    @Test("EM recovers m and the match share from 200,000 pairs drawn from a known model, within 0.01")
    func recoversM() throws {
        let empty = FeatureTable(features: Self.config.features)
        let set = try ComparisonSet(config: Self.config, left: empty, right: empty)
        var random = SplitMix64(state: 42)
        var session = Trainer.SessionCounts()
        for _ in 0..<200_000 {
            let match = random.chance(Self.lambda)
            let levels = (0..<3).map { Self.draw(match ? Self.trueM[$0] : Self.trueU[$0], &random) }
            session.counts[set.pattern(levels), default: 0] += 1
            session.pairs += 1
        }
        let trainer = Trainer(config: Self.config, comparisons: set)
        let result = trainer.expectationMaximisation(
            session, included: [0, 1, 2], u: Self.trueU.map { [1] + $0.dropFirst() }, initial: trainer.initialM(),
            freeU: false)
        #expect(abs(result.lambda - Self.lambda) < 0.01)
        for slot in 0..<3 {
            for level in 1..<Self.trueM[slot].count {
                #expect(abs(result.m[slot][level] - Self.trueM[slot][level]) < 0.01, "m[\(slot)][\(level)]")
            }
        }
        // With u free as well, EM still finds m (u is then estimated within the session).
        let free = trainer.expectationMaximisation(
            session, included: [0, 1, 2], u: Self.trueU.map { _ in [1, 0.3, 0.3, 0.3, 0.3] },
            initial: trainer.initialM(),
            freeU: true)
        for slot in 0..<3 {
            for level in 1..<Self.trueM[slot].count {
                #expect(abs(free.m[slot][level] - Self.trueM[slot][level]) < 0.02, "free m[\(slot)][\(level)]")
            }
        }
    }

    @Test("term frequencies: agreeing on a common surname weighs less than on a rare one")
    func termFrequencies() async throws {
        typealias R = LinkFixture.Resident
        let address = "東京都千代田区霞が関一丁目3番1号"
        var residents = [
            R(code: "1", name: "勅使河原　一郎", household: "h1", addresses: [(address, "2000-01-01", "")]),
            R(code: "2", name: "佐藤　一郎", household: "h2", addresses: [(address, "2000-01-01", "")]),
        ]
        for index in 0..<400 {
            residents.append(R(code: "s\(index)", name: "佐藤　次郎\(index)", household: "x\(index)", addresses: []))
        }
        let left = LinkFixture.ledger([
            .init(key: "rare", name: "勅使河原 一郎", address: address),
            .init(key: "common", name: "佐藤 一郎", address: address),
        ])
        let right = LinkFixture.residents(residents)
        let run = try await LinkEngine(config: LinkFixture.fixedModel("vehicle")).run(left: left, right: right)
        let rare = try #require(run.results[0].candidates.first { right.keys[$0.right] == "1" })
        let common = try #require(run.results[1].candidates.first { right.keys[$0.right] == "2" })
        #expect(rare.levels[0] == 1 && common.levels[0] == 1)
        #expect(rare.weights[0] > common.weights[0] + 5)
    }
}
