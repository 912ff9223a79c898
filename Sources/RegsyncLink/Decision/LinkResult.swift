/// What the engine decided for a left record.
public enum LinkDecision: String, Sendable, Codable, CaseIterable {
    case link
    case review
    case noLink = "no-link"
}

/// Why, in stable codes (reports and the steward queue show them).
public enum LinkReason: String, Sendable, Codable, CaseIterable {
    /// The best candidate passed every rule.
    case aboveThreshold = "above_threshold"
    /// A steward confirmed the pair.
    case stewardConfirmed = "steward_confirmed"
    /// The best weight is between the review and the link thresholds.
    case betweenThresholds = "between_thresholds"
    /// The runner-up is within the margin of the best.
    case closeRunnerUp = "close_runner_up"
    /// Another member of the best candidate's household is plausible, and the name does not tell them apart.
    case householdLookalike = "household_lookalike"
    /// Nothing anchors the pair (no address agreement, no equal birth date): name and municipality only.
    case noAnchor = "no_anchor"
    /// The name agrees only at a weak level (a typo) and nothing else confirms it.
    case fuzzyName = "fuzzy_name"
    /// The best weight is below the review threshold.
    case belowThreshold = "below_threshold"
    /// No candidate shares a blocking key.
    case noCandidate = "no_candidate"
    /// The holder is a legal entity, never a resident.
    case legalEntity = "legal_entity"
    /// The record has no name to compare.
    case emptyName = "empty_name"
    /// A steward rejected every candidate that remained.
    case stewardRejected = "steward_rejected"
}

/// One candidate pair as scored: the right record, its weight and the levels and weights of
/// each comparison (the waterfall of an explanation).
public struct LinkCandidate: Sendable, Hashable {
    /// Index of the right record.
    public var right: Int
    /// The match weight (bits): the prior plus every comparison's weight.
    public var weight: Double
    /// Level index per comparison (into ``ComparisonSpec/levelLabels``).
    public var levels: [UInt8]
    /// Weight per comparison, term-frequency adjusted where it applies.
    public var weights: [Double]
    /// The blocking rules that found the pair (bit per rule in configuration order).
    public var rules: UInt32

    public var probability: Double { MatchModel.probability(weight: weight) }
}

/// The engine's outcome for one left record.
public struct LinkResult: Sendable {
    public var decision: LinkDecision
    public var reason: LinkReason
    /// Candidates, best first (at most the configured number kept; a confirmed pair first).
    public var candidates: [LinkCandidate]

    /// The linked right record, when the decision is a link.
    public var linked: Int? { decision == .link ? candidates.first?.right : nil }
    /// The best candidate's weight (-infinity without candidates).
    public var weight: Double { candidates.first?.weight ?? -.infinity }
}

/// Steward decisions the engine respects: confirmed pairs link, rejected pairs are never candidates.
public struct StewardDecisions: Sendable {
    /// Left index → the right index a steward confirmed.
    public var confirmed: [Int: Int]
    /// Left index → right indexes a steward rejected.
    public var rejected: [Int: Set<Int>]

    public init(confirmed: [Int: Int] = [:], rejected: [Int: Set<Int>] = [:]) {
        self.confirmed = confirmed
        self.rejected = rejected
    }
}
