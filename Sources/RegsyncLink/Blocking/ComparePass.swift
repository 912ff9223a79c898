/// The first pass over the left records of one chunk: candidates from every blocking rule
/// (union, de-duplicated), each candidate's level pattern, pattern counts per EM session.
struct ComparePass: Sendable {
    let comparisons: ComparisonSet
    let leftKeys: [BlockingKeys]
    let indexes: [BlockingIndex]
    let maxBlock: [Int]
    let sessionMasks: [UInt32]
    let entity: [Bool]
    let leftCount: Int
    let stewards: StewardDecisions
    /// Candidates per left record at most (a pathological key cannot flood one record).
    static let candidateLimit = 20_000

    /// The pairs of one chunk, as compressed rows.
    struct Chunk: Sendable {
        var start: Int
        /// Per left record of the chunk, where its pairs begin (one more entry at the end).
        var offsets: [UInt32] = [0]
        var rights: [UInt32] = []
        var patterns: [UInt32] = []
        var rules: [UInt32] = []
        var pairs = 0
        var pairsPerRule: [Int]
        var skipped: [Int]
        var sessions: [Trainer.SessionCounts]

        func pairRange(_ local: Int) -> Range<Int> { Int(offsets[local])..<Int(offsets[local + 1]) }
    }

    func compare(chunk index: Int) -> Chunk {
        let start = index * LinkEngine.chunkSize
        let end = min(start + LinkEngine.chunkSize, leftCount)
        var chunk = Chunk(
            start: start, pairsPerRule: [Int](repeating: 0, count: indexes.count),
            skipped: [Int](repeating: 0, count: indexes.count),
            sessions: [Trainer.SessionCounts](repeating: Trainer.SessionCounts(), count: sessionMasks.count))
        var found: [(right: UInt32, rules: UInt32)] = []
        var keys: [UInt64] = []
        var scratch: [UInt64] = []
        var levels = [UInt8](repeating: 0, count: comparisons.count)
        for i in start..<end {
            found.removeAll(keepingCapacity: true)
            if !entity[i] {
                for (rule, reader) in leftKeys.enumerated() {
                    reader.keys(of: i, into: &keys, scratch: &scratch)
                    for key in keys {
                        let block = indexes[rule].records(for: key)
                        if block.count > maxBlock[rule] {
                            chunk.skipped[rule] += 1
                            continue
                        }
                        guard found.count + block.count <= Self.candidateLimit else { break }
                        for j in block { found.append((j, 1 << rule)) }
                    }
                }
            }
            if let confirmed = stewards.confirmed[i] { found.append((UInt32(confirmed), 0)) }
            if !found.isEmpty {
                found.sort { $0.right < $1.right }
                let rejected = stewards.rejected[i]
                var k = 0
                while k < found.count {
                    let j = found[k].right
                    var mask: UInt32 = 0
                    while k < found.count && found[k].right == j {
                        mask |= found[k].rules
                        k += 1
                    }
                    if let rejected, rejected.contains(Int(j)) { continue }
                    comparisons.levels(i, Int(j), into: &levels)
                    let pattern = comparisons.pattern(levels)
                    chunk.rights.append(j)
                    chunk.patterns.append(UInt32(pattern))
                    chunk.rules.append(mask)
                    chunk.pairs += 1
                    for rule in indexes.indices where mask & (1 << rule) != 0 { chunk.pairsPerRule[rule] += 1 }
                    for (session, sessionMask) in sessionMasks.enumerated() where mask & sessionMask != 0 {
                        chunk.sessions[session].counts[pattern, default: 0] += 1
                        chunk.sessions[session].pairs += 1
                    }
                }
            }
            chunk.offsets.append(UInt32(chunk.rights.count))
        }
        return chunk
    }
}

/// The second pass: weights of every candidate (term-frequency adjusted), sorted, and the
/// decision rules applied.
struct Scorer: Sendable {
    let comparisons: ComparisonSet
    let model: MatchModel
    let decider: Decider
    let keep: Int
    /// Weight per comparison and level (no term frequency).
    let table: [[Double]]
    /// Whether a comparison's level is term-frequency adjusted.
    let adjusted: [[Bool]]

    init(comparisons: ComparisonSet, model: MatchModel, decider: Decider, keep: Int) {
        self.comparisons = comparisons
        self.model = model
        self.decider = decider
        self.keep = keep
        table = model.comparisons.indices.map { c in
            model.comparisons[c].levels.indices.map { model.weight(c, $0) }
        }
        adjusted = model.comparisons.map { comparison in
            comparison.levels.map { comparison.termFrequency && comparison.termFrequencyLevels.contains($0.label) }
        }
    }

    /// The scored candidate for a pair with `pattern`.
    func candidate(_ i: Int, _ j: Int, pattern: UInt64, rules: UInt32) -> LinkCandidate {
        let levels = comparisons.decode(pattern)
        var weights = [Double](repeating: 0, count: levels.count)
        var total = model.priorWeight
        for slot in levels.indices {
            let level = Int(levels[slot])
            var weight = table[slot][level]
            if adjusted[slot][level],
                let share = comparisons.termFrequencyLog2(slot: slot, level: levels[slot], i, j)
            {
                weight = model.weight(slot, level, termFrequencyLog2: share)
            }
            weights[slot] = weight
            total += weight
        }
        return LinkCandidate(right: j, weight: total, levels: levels, weights: weights, rules: rules)
    }

    /// Decides every left record of a compared chunk.
    func decide(_ chunk: ComparePass.Chunk, entity: [Bool], left: FeatureTable, stewards: StewardDecisions)
        -> [LinkResult]
    {
        var results: [LinkResult] = []
        let count = chunk.offsets.count - 1
        results.reserveCapacity(count)
        var scored: [LinkCandidate] = []
        for local in 0..<count {
            let i = chunk.start + local
            if entity[i] {
                results.append(LinkResult(decision: .noLink, reason: .legalEntity, candidates: []))
                continue
            }
            scored.removeAll(keepingCapacity: true)
            for k in chunk.pairRange(local) {
                scored.append(
                    candidate(i, Int(chunk.rights[k]), pattern: UInt64(chunk.patterns[k]), rules: chunk.rules[k]))
            }
            // Best first; equal weights in record order, so the result never depends on timing.
            scored.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.right < $1.right }
            if let confirmed = stewards.confirmed[i], let position = scored.firstIndex(where: { $0.right == confirmed })
            {
                let pair = scored.remove(at: position)
                scored.insert(pair, at: 0)
                results.append(
                    LinkResult(decision: .link, reason: .stewardConfirmed, candidates: Array(scored.prefix(keep))))
                continue
            }
            if scored.isEmpty, let rejected = stewards.rejected[i], !rejected.isEmpty {
                results.append(LinkResult(decision: .noLink, reason: .stewardRejected, candidates: []))
                continue
            }
            if scored.isEmpty, Self.nameIsEmpty(left, i) {
                results.append(LinkResult(decision: .noLink, reason: .emptyName, candidates: []))
                continue
            }
            let (decision, reason) = decider.decide(scored)
            results.append(LinkResult(decision: decision, reason: reason, candidates: Array(scored.prefix(keep))))
        }
        return results
    }

    static func nameIsEmpty(_ table: FeatureTable, _ index: Int) -> Bool {
        for column in table.columns {
            if case .name(let names) = column { return names.forms[index].isEmpty }
        }
        return false
    }
}
