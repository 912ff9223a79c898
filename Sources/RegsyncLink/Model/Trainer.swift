import Foundation
import RegsyncCore

/// Estimates a ``MatchModel``: u from random pairs (seeded), m by expectation–maximisation
/// over the blocked pairs in sessions (a session's blocking rules bias the comparisons they
/// block on, so those are left out of it), the prior from the expected number of matches.
struct Trainer {
    let config: LinkConfig
    let comparisons: ComparisonSet

    /// Counts of level patterns among the pairs of one session.
    struct SessionCounts: Sendable {
        var counts: [UInt64: Int] = [:]
        var pairs = 0
    }

    /// u per comparison and level, from `pairs` random pairs drawn with `seed`.
    func sampleU(leftCount: Int, rightCount: Int, pairs: Int, seed: UInt64) -> [[Double]] {
        var counts = comparisons.levelCounts.map { [Int](repeating: 0, count: $0) }
        guard leftCount > 0, rightCount > 0 else { return counts.map { $0.map(Double.init) } }
        var random = SplitMix64(state: seed ^ 0x5A5A_1234_ABCD_0001)
        var levels = [UInt8](repeating: 0, count: comparisons.count)
        let total = min(pairs, leftCount * rightCount)
        for _ in 0..<total {
            let i = random.below(leftCount)
            let j = random.below(rightCount)
            comparisons.levels(i, j, into: &levels)
            for slot in levels.indices { counts[slot][Int(levels[slot])] += 1 }
        }
        return counts.map { row in
            let observed = row.dropFirst().reduce(0, +)
            // Half a pair for a level never seen keeps its u above zero without inventing mass.
            let denominator = Double(max(observed, 1))
            return row.enumerated().map { level, count in
                level == 0 ? 1 : max(Double(count), 0.5) / denominator
            }
        }
    }

    /// Initial m: most mass on the strongest level, decreasing, little on `else`.
    func initialM() -> [[Double]] {
        comparisons.levelCounts.map { count in
            guard count > 2 else { return [1, 1] }
            var values = [1.0]
            for level in 1..<count {
                values.append(level == count - 1 ? 0.02 : 0.9 * pow(0.25, Double(level - 1)))
            }
            let total = values.dropFirst().reduce(0, +)
            return values.enumerated().map { $0 == 0 ? 1 : $1 / total }
        }
    }

    /// Runs EM on one session's pattern counts for the comparisons in `included`.
    ///
    /// With `freeU`, u is estimated too (within the session's pairs) and discarded afterwards:
    /// the non-matches that blocking brings together are not random pairs (a household shares
    /// surname and address), and holding u at its random-pair value would make EM explain them
    /// as matches with a different given name. Scoring keeps the sampled u.
    /// - Returns: m for the included comparisons and the share of matches among the pairs.
    func expectationMaximisation(
        _ session: SessionCounts, included: [Int], u sampled: [[Double]], initial: [[Double]], freeU: Bool
    ) -> (m: [[Double]], lambda: Double, iterations: Int) {
        var u = sampled
        // Project the full patterns onto the included comparisons.
        var projected: [[UInt8]: Int] = [:]
        for (pattern, count) in session.counts {
            let levels = comparisons.decode(pattern)
            projected[included.map { levels[$0] }, default: 0] += count
        }
        let patterns = projected.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        var m = initial
        var lambda = 0.3
        var iterations = 0
        for iteration in 0..<config.training.emIterations {
            iterations = iteration + 1
            var expected = included.map { [Double](repeating: 0, count: comparisons.levelCounts[$0]) }
            var expectedU = expected
            var matchMass = 0.0
            var totalMass = 0.0
            for (levels, count) in patterns {
                var pm = lambda
                var pu = 1 - lambda
                for (position, slot) in included.enumerated() {
                    let level = Int(levels[position])
                    guard level > 0 else { continue }
                    pm *= m[slot][level]
                    pu *= u[slot][level]
                }
                let responsibility = pm + pu > 0 ? pm / (pm + pu) : 0
                let weight = responsibility * Double(count)
                matchMass += weight
                totalMass += Double(count)
                for (position, _) in included.enumerated() {
                    expected[position][Int(levels[position])] += weight
                    expectedU[position][Int(levels[position])] += Double(count) - weight
                }
            }
            guard totalMass > 0, matchMass > 0 else { break }
            var change = abs(matchMass / totalMass - lambda)
            lambda = matchMass / totalMass
            for (position, slot) in included.enumerated() {
                let nonNull = expected[position].dropFirst().reduce(0, +)
                guard nonNull > 0 else { continue }
                for level in 1..<expected[position].count {
                    let value = max(expected[position][level] / nonNull, MatchModel.floor)
                    change = max(change, abs(value - m[slot][level]))
                    m[slot][level] = value
                }
                let nonNullU = expectedU[position].dropFirst().reduce(0, +)
                guard freeU, nonNullU > 0 else { continue }
                for level in 1..<expectedU[position].count {
                    u[slot][level] = max(expectedU[position][level] / nonNullU, MatchModel.floor)
                }
            }
            if change < config.training.emTolerance { break }
        }
        return (m, lambda, iterations)
    }

    /// The comparisons a set of blocking rules blocks on (those reading a feature the rules use).
    func blockedComparisons(rules: [BlockingRule]) -> Set<Int> {
        let features = Set(rules.flatMap { $0.parts.map(\.feature) })
        return Set(comparisons.specs.indices.filter { features.contains(comparisons.specs[$0].feature) })
    }
}
