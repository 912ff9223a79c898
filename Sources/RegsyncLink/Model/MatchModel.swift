import Foundation

/// The Fellegi–Sunter model of a linkage: per comparison and level, m (the probability of
/// the level among matches) and u (among non-matches), and the prior probability that two
/// random records match. Stored with each run, so that a decision can always be explained.
public struct MatchModel: Sendable, Codable, Hashable {
    /// One level's parameters.
    public struct Level: Sendable, Codable, Hashable {
        public var label: String
        public var m: Double
        public var u: Double
        /// Where the values came from: `em`, `sample`, `config`, `default`.
        public var mSource: String
        public var uSource: String
    }

    /// One comparison's parameters.
    public struct Comparison: Sendable, Codable, Hashable {
        public var name: String
        public var levels: [Level]
        public var termFrequency: Bool
        public var termFrequencyLevels: [String]
    }

    public var comparisons: [Comparison]
    /// The probability that two random records match (λ).
    public var prior: Double
    /// How the model was trained: sessions, EM iterations, pairs sampled.
    public var notes: [String]

    /// log2 of the prior odds.
    public var priorWeight: Double { log2(prior / (1 - prior)) }

    /// The match weight (log2 m/u) of comparison `index` at `level`; 0 for null.
    public func weight(_ index: Int, _ level: Int) -> Double {
        guard level > 0 else { return 0 }
        let entry = comparisons[index].levels[level]
        return log2(max(entry.m, Self.floor) / max(entry.u, Self.floor))
    }

    /// The weight with a term-frequency adjustment: log2(m / share of the value).
    public func weight(_ index: Int, _ level: Int, termFrequencyLog2: Float) -> Double {
        let entry = comparisons[index].levels[level]
        // The value's own share replaces u, never making agreement weaker than disagreement on it.
        return max(log2(max(entry.m, Self.floor)) - Double(termFrequencyLog2), 0.5)
    }

    /// The probability of a match weight.
    public static func probability(weight: Double) -> Double {
        let odds = pow(2, weight)
        return odds.isInfinite ? 1 : odds / (1 + odds)
    }

    /// The smallest probability a parameter takes (keeps weights finite).
    static let floor = 1e-9
}
