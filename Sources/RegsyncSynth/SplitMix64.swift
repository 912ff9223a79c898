/// A small, fast, seedable random number generator (SplitMix64, Steele et al. 2014) with
/// the helpers the generator draws with. Every record gets its own generator, seeded from
/// the run's seed, a stream and the record's index, so that any record can be re-derived
/// alone and the output does not depend on the order records are written in.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a raw 64-bit state.
    public init(state: UInt64) {
        self.state = state
    }

    /// Creates the generator of record `index` in `stream` for a run seeded with `seed`.
    public init(seed: UInt64, stream: Stream, index: UInt64) {
        state = Self.hash(seed, stream, index)
    }

    /// The independent sequences of draws: one per kind of record.
    public enum Stream: UInt64, Sendable {
        case blockLayout = 1, household, person, tonight, tonightKind, twin
        case vehicle, property, corporation, officer, diff, event, outsider, building
    }

    /// A well-mixed 64-bit value for (seed, stream, index), without running a generator.
    public static func hash(_ seed: UInt64, _ stream: Stream, _ index: UInt64) -> UInt64 {
        mix(mix(seed &+ stream.rawValue &* 0xD1B5_4A32_D192_ED03) ^ index &* 0x9E37_79B9_7F4A_7C15)
    }

    /// The SplitMix64 finaliser.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift; the bias is below 2⁻³²
    /// for the bounds used here).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(((next() >> 32) &* UInt64(bound)) >> 32)
    }

    /// A uniform integer in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform double in [0, 1).
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// One element of a non-empty collection.
    public mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element where C.Index == Int {
        items[items.startIndex + below(items.count)]
    }

    /// The index of the first weight whose running total exceeds a uniform draw.
    public mutating func pick(weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var draw = unit() * total
        for (index, weight) in weights.enumerated() {
            draw -= weight
            if draw < 0 { return index }
        }
        return weights.count - 1
    }
}

/// A table to draw indexes from in proportion to fixed weights: a cumulative sum searched
/// by bisection (a few thousand entries at most).
public struct WeightedTable: Sendable {
    private let cumulative: [Double]

    /// Creates a table; weights must be non-negative with a positive sum.
    public init(_ weights: [Double]) {
        var running = 0.0
        cumulative = weights.map {
            running += $0
            return running
        }
    }

    /// The number of entries.
    public var count: Int { cumulative.count }

    /// An index drawn in proportion to its weight.
    public func draw(_ rng: inout SplitMix64) -> Int {
        let target = rng.unit() * (cumulative.last ?? 0)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// Stable hashing of text (FNV-1a over UTF-8): Swift's `Hasher` is seeded per process and
/// must never decide anything that ends up in a file.
enum StableHash {
    static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
