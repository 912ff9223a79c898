/// A compiled comparison over the two sides' feature columns: it writes the level of each
/// comparison it serves into a pair's level vector, and knows the term frequency of an
/// agreeing value. Levels are indexes into ``ComparisonSpec/levelLabels`` (0 = null).
protocol Comparer: Sendable {
    /// Writes the levels of pair (`i` left, `j` right) into `levels` at this comparer's slots.
    func compare(_ i: Int, _ j: Int, into levels: inout [UInt8])
    /// log2 of the share of records on the right side with the value pair (`i`, `j`) agrees
    /// on, for the comparison in `slot` at `level`; nil when unknown.
    func termFrequencyLog2(slot: Int, level: UInt8, _ i: Int, _ j: Int) -> Float?
}

/// Counts of values on the right side, as log2 shares (term frequencies).
struct FrequencyTable: Sendable {
    private var log2Share: [UInt64: Float] = [:]
    /// log2 of the share of a value never seen (one record in the whole side).
    let unseen: Float

    init<S: Sequence>(values: S, total: Int) where S.Element == UInt64 {
        var counts: [UInt64: Int] = [:]
        for value in values where value != 0 { counts[value, default: 0] += 1 }
        let denominator = Double(max(total, 1))
        for (value, count) in counts { log2Share[value] = Float(log2(Double(count) / denominator)) }
        unseen = Float(log2(1 / denominator))
    }

    func log2Share(of value: UInt64) -> Float { log2Share[value] ?? unseen }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
