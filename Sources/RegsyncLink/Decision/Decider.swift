/// Applies the decision rules to one record's scored candidates: thresholds, the margin over
/// the runner-up, anchors, weak name evidence and household look-alikes (DESIGN §5).
struct Decider: Sendable {
    let spec: DecisionSpec
    /// Per comparison slot: the level indexes of each condition list.
    let anchors: [(slot: Int, levels: Set<UInt8>)]
    let fuzzy: [(slot: Int, levels: Set<UInt8>)]
    let fuzzyAnchors: [(slot: Int, levels: Set<UInt8>)]
    let strong: [(slot: Int, levels: Set<UInt8>)]
    let groups: GroupColumn?

    init(spec: DecisionSpec, comparisons: [ComparisonSpec], right: FeatureTable) {
        self.spec = spec
        func resolve(_ conditions: [LevelCondition]) -> [(slot: Int, levels: Set<UInt8>)] {
            conditions.compactMap { condition in
                guard let slot = comparisons.firstIndex(where: { $0.name == condition.comparison }) else { return nil }
                let labels = comparisons[slot].levelLabels
                return (slot, Set(condition.levels.compactMap { labels.firstIndex(of: $0).map(UInt8.init) }))
            }
        }
        anchors = resolve(spec.anchors)
        fuzzy = resolve(spec.fuzzy)
        fuzzyAnchors = resolve(spec.fuzzyAnchors)
        strong = resolve(spec.strong)
        groups = spec.groupFeature.flatMap { right.groupColumn($0) }
    }

    private static func any(_ conditions: [(slot: Int, levels: Set<UInt8>)], _ levels: [UInt8]) -> Bool {
        conditions.contains { $0.levels.contains(levels[$0.slot]) }
    }

    /// The decision for sorted candidates (best first).
    func decide(_ candidates: [LinkCandidate]) -> (LinkDecision, LinkReason) {
        guard let best = candidates.first else { return (.noLink, .noCandidate) }
        if best.weight < spec.reviewWeight { return (.noLink, .belowThreshold) }
        if best.weight < spec.linkWeight { return (.review, .betweenThresholds) }
        if !anchors.isEmpty && !Self.any(anchors, best.levels) { return (.review, .noAnchor) }
        // The margin is kept from every runner-up that could be linked on its own evidence: an
        // unanchored one (name and municipality only, e.g. a namesake elsewhere in the town)
        // is no rival to an anchored best — unless no anchors are configured at all.
        if candidates.dropFirst().contains(where: {
            best.weight - $0.weight < spec.margin && (anchors.isEmpty || Self.any(anchors, $0.levels))
        }) {
            return (.review, .closeRunnerUp)
        }
        if Self.any(fuzzy, best.levels) && !Self.any(fuzzyAnchors, best.levels) { return (.review, .fuzzyName) }
        if let groups, !strong.isEmpty {
            let group = groups.values[best.right]
            if group != 0,
                candidates.dropFirst().contains(where: {
                    groups.values[$0.right] == group && $0.weight >= spec.reviewWeight
                }),
                !strong.allSatisfy({ $0.levels.contains(best.levels[$0.slot]) })
            {
                return (.review, .householdLookalike)
            }
        }
        return (.link, .aboveThreshold)
    }
}
