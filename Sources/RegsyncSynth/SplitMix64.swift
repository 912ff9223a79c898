import RegsyncCore

/// The generator's use of ``SplitMix64``: every record gets its own generator, seeded from
/// the run's seed, a stream and the record's index, so that any record can be re-derived
/// alone and the output does not depend on the order records are written in.
extension SplitMix64 {
    /// Creates the generator of record `index` in `stream` for a run seeded with `seed`.
    public init(seed: UInt64, stream: Stream, index: UInt64) {
        self.init(state: Self.hash(seed, stream, index))
    }

    /// The independent sequences of draws: one per kind of record. New kinds of draw get a
    /// stream of their own, so that adding them leaves every earlier draw (and file) as it was.
    public enum Stream: UInt64, Sendable {
        case blockLayout = 1, household, person, tonight, tonightKind, namesake
        case vehicle, property, corporation, officer, diff, event, outsider, building
        case twins, formerSurname, marriage, truncation, nameTypo, twinRecord
    }

    /// A well-mixed 64-bit value for (seed, stream, index), without running a generator.
    public static func hash(_ seed: UInt64, _ stream: Stream, _ index: UInt64) -> UInt64 {
        mix(mix(seed &+ stream.rawValue &* 0xD1B5_4A32_D192_ED03) ^ index &* 0x9E37_79B9_7F4A_7C15)
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
