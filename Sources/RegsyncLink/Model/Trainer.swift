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

    /// The m a comparison starts from, and the shape of the pseudo-counts that keep a level
    /// seen rarely in small data from getting m = 0 (an infinitely negative weight): typical
    /// values for registry data, strongest level first.
    func initialM() -> [[Double]] {
        comparisons.specs.map { spec in
            let labels = spec.levelLabels
            let typical: [String: Double]
            switch spec.kind {
            case .surname:
                typical = ["exact": 0.85, "variant": 0.04, "former": 0.02, "reading": 0.03, "typo": 0.03, "else": 0.03]
            case .givenName:
                typical = ["exact": 0.88, "variant": 0.03, "reading": 0.03, "typo": 0.03, "else": 0.03]
            case .date:
                typical = ["exact": 0.9, "partial": 0.05, "else": 0.05]
            case .addressHistory:
                typical = [
                    "exact_valid": 0.5, "exact_other": 0.2, "town": 0.05, "municipality": 0.1, "predates_history": 0.05,
                    "else": 0.1,
                ]
            case .exact, .text:
                typical = [:]
            }
            var values = [1.0]
            for level in 1..<labels.count {
                let fallback = level == labels.count - 1 ? 0.05 : 0.8 * pow(0.3, Double(level - 1))
                values.append(typical[labels[level]] ?? fallback)
            }
            let total = values.dropFirst().reduce(0, +)
            return values.enumerated().map { $0 == 0 ? 1 : $1 / total }
        }
    }

    /// Pseudo-matches added to EM's expected counts in the shape of ``initialM()``: negligible
    /// with thousands of matches, decisive with a handful.
    static let pseudoMatches = 20.0

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
                    let smoothed = expected[position][level] + Self.pseudoMatches * initial[slot][level]
                    let value = max(smoothed / (nonNull + Self.pseudoMatches), MatchModel.floor)
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

extension Trainer {
    /// EM in which each left record has at most one match among its candidates (a record is
    /// one person): responsibilities are shared out among a record's candidates and a "none"
    /// option, so that household members — who agree on surname and address with the
    /// person — do not count as matches, as they do for EM over independent pairs.
    ///
    /// Per record i with C candidates of likelihood ratios LRⱼ (Π m/u over the included
    /// comparisons): rⱼ = (π/C)·LRⱼ / ((1 − π) + (π/C)·Σₖ LRₖ); m is re-estimated from the
    /// responsibilities, π from their mean; u stays as sampled.
    /// - Returns: m for the included comparisons, π, and the expected number of matches.
    func assignmentEM(
        _ chunks: [ComparePass.Chunk], sessionMask: UInt32, included: [Int], u: [[Double]], initial: [[Double]]
    ) -> (m: [[Double]], share: Double, matches: Double, iterations: Int) {
        // Project every full pattern onto the included comparisons once.
        var projectedIDs: [[UInt8]: Int] = [:]
        var projected: [[UInt8]] = []
        var lookup: [UInt64: Int32] = [:]
        for chunk in chunks {
            for k in chunk.rights.indices where chunk.rules[k] & sessionMask != 0 {
                let pattern = UInt64(chunk.patterns[k])
                guard lookup[pattern] == nil else { continue }
                let levels = comparisons.decode(pattern)
                let key = included.map { levels[$0] }
                if let id = projectedIDs[key] {
                    lookup[pattern] = Int32(id)
                } else {
                    projectedIDs[key] = projected.count
                    lookup[pattern] = Int32(projected.count)
                    projected.append(key)
                }
            }
        }
        // Per record: the projected id of each session pair, back to back.
        var ids: [Int32] = []
        var ends: [Int] = []
        for chunk in chunks {
            for local in 0..<(chunk.offsets.count - 1) {
                let before = ids.count
                for k in chunk.pairRange(local) where chunk.rules[k] & sessionMask != 0 {
                    ids.append(lookup[UInt64(chunk.patterns[k])]!)
                }
                if ids.count > before { ends.append(ids.count) }
            }
        }
        var m = initial
        var share = 0.5
        var matches = 0.0
        var iterations = 0
        guard !ends.isEmpty else { return (m, share, 0, 0) }
        var ratio = [Double](repeating: 0, count: projected.count)
        for iteration in 0..<config.training.emIterations {
            iterations = iteration + 1
            for (id, levels) in projected.enumerated() {
                var value = 1.0
                for (position, slot) in included.enumerated() where levels[position] > 0 {
                    let level = Int(levels[position])
                    value *= max(m[slot][level], MatchModel.floor) / max(u[slot][level], MatchModel.floor)
                }
                ratio[id] = value
            }
            var responsibility = [Double](repeating: 0, count: projected.count)
            var start = 0
            var total = 0.0
            for end in ends {
                let count = Double(end - start)
                var sum = 0.0
                for k in start..<end { sum += ratio[Int(ids[k])] }
                let prior = share / count
                let denominator = (1 - share) + prior * sum
                if denominator > 0 {
                    for k in start..<end {
                        let r = prior * ratio[Int(ids[k])] / denominator
                        responsibility[Int(ids[k])] += r
                        total += r
                    }
                }
                start = end
            }
            matches = total
            let newShare = min(max(total / Double(ends.count), 1e-6), 1 - 1e-6)
            var change = abs(newShare - share)
            share = newShare
            guard total > 0 else { break }
            for (position, slot) in included.enumerated() {
                var expected = [Double](repeating: 0, count: comparisons.levelCounts[slot])
                for (id, levels) in projected.enumerated() { expected[Int(levels[position])] += responsibility[id] }
                let nonNull = expected.dropFirst().reduce(0, +)
                guard nonNull > 0 else { continue }
                for level in 1..<expected.count {
                    let smoothed = expected[level] + Self.pseudoMatches * initial[slot][level]
                    let value = max(smoothed / (nonNull + Self.pseudoMatches), MatchModel.floor)
                    change = max(change, abs(value - m[slot][level]))
                    m[slot][level] = value
                }
            }
            if change < config.training.emTolerance { break }
        }
        return (m, share, matches, iterations)
    }
}
