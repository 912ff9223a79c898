import Foundation

/// Links the records of a left feature table to those of a right one: blocking by the
/// configured rules (union, pairs de-duplicated), comparison levels per pair, a
/// Fellegi–Sunter model (u sampled, m by EM, or given), term-frequency adjusted weights,
/// and decisions with their reasons. Deterministic: the same inputs and configuration give
/// the same model and decisions, whatever the number of workers.
public struct LinkEngine: Sendable {
    public let config: LinkConfig
    /// Left records per unit of parallel work.
    static let chunkSize = 4_096

    public init(config: LinkConfig) {
        self.config = config
    }

    /// What a run found and decided.
    public struct Run: Sendable {
        /// One result per left record, in order.
        public var results: [LinkResult]
        public var model: MatchModel
        public var statistics: Statistics
    }

    /// Figures of a run, for summaries and benchmarks.
    public struct Statistics: Sendable {
        /// Distinct pairs compared.
        public var pairs = 0
        /// Pairs each rule found (a pair found by two rules counts for both).
        public var pairsPerRule: [String: Int] = [:]
        /// Blocks skipped as larger than the rule's `max_block` (left keys that hit one).
        public var skippedBlocks: [String: Int] = [:]
        /// Seconds per phase: index, compare, train, decide.
        public var seconds: [String: Double] = [:]
    }

    /// Progress of a long phase: its name, records done and the total.
    public typealias Progress = @Sendable (_ phase: String, _ done: Int, _ total: Int) -> Void

    /// Runs the linkage.
    /// - Parameters:
    ///   - model: a model to score with; nil trains one on these inputs.
    ///   - stewards: decisions that override the engine's.
    ///   - workers: parallel workers (at most the number of cores is useful).
    public func run(
        left: FeatureTable, right: FeatureTable, model given: MatchModel? = nil,
        stewards: StewardDecisions = StewardDecisions(), workers: Int = 2, progress: Progress? = nil
    ) async throws -> Run {
        var statistics = Statistics()
        var clock = ContinuousClock.now
        func lap(_ phase: String) {
            let now = ContinuousClock.now
            let elapsed = now - clock
            statistics.seconds[phase, default: 0] +=
                Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            clock = now
        }
        var right = right
        for spec in config.comparisons where spec.kind == .addressHistory && spec.termFrequency {
            if let column = right.addressColumn(spec.feature) {
                let table = FrequencyTable(values: column.entries.lazy.map(\.place), total: right.count)
                right.setPlaceFrequencies(feature: spec.feature) { table.log2Share(of: $0) }
            }
        }
        let rightTable = right
        let compiled = try ComparisonSet(config: config, left: left, right: rightTable)
        guard compiled.patternSpace <= Int(UInt32.max) else {
            throw ComparisonSet.Mismatch(description: "too many comparison levels: their combinations exceed 2^32")
        }
        let rules = config.blocking
        let leftKeys = try rules.map { try BlockingKeys(rule: $0, table: left) }
        let rightKeys = try rules.map { try BlockingKeys(rule: $0, table: rightTable) }
        let indexes = await Self.buildIndexes(rightKeys, count: rightTable.count)
        lap("index")

        // Sessions for EM: the configured ones, or one per set of features the rules block on.
        let sessions = sessionRules()
        let sessionMasks: [UInt32] = sessions.map { names in
            names.reduce(UInt32(0)) { mask, name in mask | (rules.firstIndex { $0.name == name }.map { 1 << $0 } ?? 0) }
        }
        let entity = Self.entityFlags(left)
        let chunkCount = (left.count + Self.chunkSize - 1) / Self.chunkSize
        let pass = ComparePass(
            comparisons: compiled, leftKeys: leftKeys, indexes: indexes, maxBlock: rules.map(\.maxBlock),
            sessionMasks: sessionMasks, entity: entity, leftCount: left.count, stewards: stewards)
        let compared = await Self.parallel(chunks: chunkCount, workers: workers) { chunk in
            let result = pass.compare(chunk: chunk)
            progress?("compare", min((chunk + 1) * Self.chunkSize, left.count), left.count)
            return result
        }
        for chunk in compared {
            statistics.pairs += chunk.pairs
            for (index, rule) in rules.enumerated() {
                statistics.pairsPerRule[rule.name, default: 0] += chunk.pairsPerRule[index]
                statistics.skippedBlocks[rule.name, default: 0] += chunk.skipped[index]
            }
        }
        lap("compare")

        let model: MatchModel
        if let given {
            model = given
        } else {
            var sessionCounts = [Trainer.SessionCounts](repeating: Trainer.SessionCounts(), count: sessions.count)
            for chunk in compared {
                for index in sessions.indices {
                    sessionCounts[index].pairs += chunk.sessions[index].pairs
                    for (pattern, count) in chunk.sessions[index].counts {
                        sessionCounts[index].counts[pattern, default: 0] += count
                    }
                }
            }
            model = train(
                comparisons: compiled, sessions: sessions, sessionMasks: sessionMasks, counts: sessionCounts,
                chunks: compared,
                left: left, right: rightTable)
        }
        lap("train")

        let decider = Decider(spec: config.decision, comparisons: config.comparisons, right: rightTable)
        let scorer = Scorer(comparisons: compiled, model: model, decider: decider, keep: config.decision.keepCandidates)
        let decided = await Self.parallel(chunks: chunkCount, workers: workers) { chunk in
            let results = scorer.decide(compared[chunk], entity: entity, left: left, stewards: stewards)
            progress?("decide", min((chunk + 1) * Self.chunkSize, left.count), left.count)
            return results
        }
        lap("decide")
        return Run(results: decided.flatMap { $0 }, model: model, statistics: statistics)
    }

    /// The sessions' rule names.
    func sessionRules() -> [[String]] {
        if !config.training.sessions.isEmpty { return config.training.sessions }
        var groups: [Set<String>: [String]] = [:]
        var order: [Set<String>] = []
        for rule in config.blocking {
            let features = Set(rule.parts.map(\.feature))
            if groups[features] == nil { order.append(features) }
            groups[features, default: []].append(rule.name)
        }
        return order.map { groups[$0]! }
    }

    private func train(
        comparisons: ComparisonSet, sessions: [[String]], sessionMasks: [UInt32], counts: [Trainer.SessionCounts],
        chunks: [ComparePass.Chunk], left: FeatureTable, right: FeatureTable
    ) -> MatchModel {
        let trainer = Trainer(config: config, comparisons: comparisons)
        let u = trainer.sampleU(
            leftCount: left.count, rightCount: right.count, pairs: config.training.uSamplePairs,
            seed: config.training.seed)
        let initial = trainer.initialM()
        var sums = initial.map { $0.map { _ in 0.0 } }
        var estimates = [Int](repeating: 0, count: comparisons.count)
        var expectedMatches = 0.0
        var notes: [String] = []
        for (index, names) in sessions.enumerated() {
            let rules = config.blocking.filter { names.contains($0.name) }
            let blocked = trainer.blockedComparisons(rules: rules)
            let included = comparisons.specs.indices.filter { !blocked.contains($0) }
            guard !included.isEmpty, counts[index].pairs > 0 else {
                notes.append("session \(names.joined(separator: "+")): nothing to estimate")
                continue
            }
            let m: [[Double]]
            let iterations: Int
            switch config.training.method {
            case .assignment:
                let result = trainer.assignmentEM(
                    chunks, sessionMask: sessionMasks[index], included: included, u: u, initial: initial)
                (m, iterations) = (result.m, result.iterations)
                expectedMatches = max(expectedMatches, result.matches)
            case .pairs:
                let result = trainer.expectationMaximisation(
                    counts[index], included: included, u: u, initial: initial, freeU: config.training.sessionU)
                (m, iterations) = (result.m, result.iterations)
                expectedMatches = max(expectedMatches, result.lambda * Double(counts[index].pairs))
            }
            for slot in included {
                estimates[slot] += 1
                for level in sums[slot].indices { sums[slot][level] += m[slot][level] }
            }
            let estimated = included.map { comparisons.specs[$0].name }.joined(separator: ", ")
            notes.append(
                "session \(names.joined(separator: "+")): \(counts[index].pairs) pairs, \(iterations) EM iterations, "
                    + "estimated \(estimated)")
        }
        let leftPersons = Double(max(left.count, 1))
        let share = config.training.matchShare ?? min(max(expectedMatches / leftPersons, 0.01), 1)
        let prior = min(max(share / Double(max(right.count, 1)), 1e-12), 0.5)
        notes.append(
            "u from \(min(config.training.uSamplePairs, left.count * right.count)) random pairs (seed \(config.training.seed))"
        )
        var parameters: [MatchModel.Comparison] = []
        for (slot, spec) in comparisons.specs.enumerated() {
            let labels = spec.levelLabels
            var levels: [MatchModel.Level] = []
            for (level, label) in labels.enumerated() {
                var m = estimates[slot] > 0 ? sums[slot][level] / Double(estimates[slot]) : initial[slot][level]
                var mSource = level == 0 ? "null" : (estimates[slot] > 0 ? "em" : "default")
                var uValue = u[slot][level]
                var uSource = level == 0 ? "null" : "sample"
                if let value = config.overrides.m[spec.name]?[label] {
                    m = value
                    mSource = "config"
                }
                if let value = config.overrides.u[spec.name]?[label] {
                    uValue = value
                    uSource = "config"
                }
                levels.append(MatchModel.Level(label: label, m: m, u: uValue, mSource: mSource, uSource: uSource))
            }
            parameters.append(
                MatchModel.Comparison(
                    name: spec.name, levels: levels, termFrequency: spec.termFrequency,
                    termFrequencyLevels: spec.termFrequency ? spec.termFrequencyLevels.sorted() : []))
        }
        notes.append(
            "prior: \(share) of left records expected to match (\(config.training.matchShare == nil ? "EM" : "config"))"
        )
        return MatchModel(comparisons: parameters, prior: prior, notes: notes)
    }

    static func entityFlags(_ table: FeatureTable) -> [Bool] {
        for column in table.columns {
            if case .name(let names) = column { return names.entity }
        }
        return [Bool](repeating: false, count: table.count)
    }

    static func buildIndexes(_ keys: [BlockingKeys], count: Int) async -> [BlockingIndex] {
        await withTaskGroup(of: (Int, BlockingIndex).self) { group in
            for (index, reader) in keys.enumerated() {
                group.addTask { (index, BlockingIndex(keys: reader, count: count)) }
            }
            var indexes = [BlockingIndex?](repeating: nil, count: keys.count)
            for await (index, built) in group { indexes[index] = built }
            return indexes.map { $0! }
        }
    }

    /// Runs `body` for every chunk on `workers` parallel workers (worker w takes chunks w,
    /// w + workers, …) and returns the results in chunk order.
    static func parallel<T: Sendable>(
        chunks: Int, workers: Int, _ body: @escaping @Sendable (Int) -> T
    ) async -> [T] {
        let workers = max(1, min(workers, chunks))
        return await withTaskGroup(of: [(Int, T)].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var out: [(Int, T)] = []
                    var chunk = worker
                    while chunk < chunks {
                        out.append((chunk, body(chunk)))
                        chunk += workers
                    }
                    return out
                }
            }
            var results = [T?](repeating: nil, count: chunks)
            for await part in group {
                for (chunk, value) in part { results[chunk] = value }
            }
            return results.map { $0! }
        }
    }
}
