/// What to generate: the seed, the number of records per file, the night the change feed
/// is for, and the rate of tonight's resident events.
public struct SynthConfig: Sendable, Hashable {
    /// The seed every record's generator derives from.
    public var seed: UInt64
    /// Residents in the register extract.
    public var residents: Int
    /// Vehicle registrations.
    public var vehicles: Int
    /// Real-estate properties (each with one to three owners: ≈ 1.25 owner rows each).
    public var properties: Int
    /// Corporations in the corporate-number full set.
    public var corporations: Int
    /// Officers per corporation on average.
    public var officersPerCorporation: Double
    /// The night the change feed is for (its 処理日); the register extract is the state
    /// before it.
    public var asOf: DayNumber
    /// The share of residents with an event tonight.
    public var tonightRate: Double
    /// The share of households under DV support measures.
    public var dvRate: Double = 0.002
    /// The share of block pairs (32 residents) with a designed namesake pair.
    public var namesakeRate: Double = 0.03

    /// The default night: 2026-11-27.
    public static let defaultAsOf = DateNotation.day(year: 2026, month: 11, day: 27)

    /// Sizes scaled from the number of residents `n`: vehicles 0.6 n, real-estate owner rows
    /// ≈ 0.8 n (0.71 n properties), corporations 0.05 n with two officers each (≈ 0.1 n), and tonight's events
    /// for 0.2 % of residents, raised for small sizes so that they still have some (at
    /// least 30 residents with an event, at most 10 %).
    public static func scaled(residents n: Int, seed: UInt64, asOf: DayNumber = defaultAsOf) -> SynthConfig {
        SynthConfig(
            seed: seed, residents: n, vehicles: Int((Double(n) * 0.6).rounded()),
            properties: Int((Double(n) * 0.71).rounded()), corporations: max(1, Int((Double(n) * 0.05).rounded())),
            officersPerCorporation: 2, asOf: asOf, tonightRate: tonightRate(for: n))
    }

    /// The committed samples: a few hundred rows per file, with DV-protected households and
    /// namesakes at raised rates so that every case appears at least a few times.
    public static func samples(seed: UInt64, asOf: DayNumber = defaultAsOf) -> SynthConfig {
        SynthConfig(
            seed: seed, residents: 400, vehicles: 240, properties: 250, corporations: 120, officersPerCorporation: 2.2,
            asOf: asOf, tonightRate: 0.2, dvRate: 0.05, namesakeRate: 0.5)
    }

    /// 0.2 % (real rates are 0.02–0.03 % a day; a larger one gives the nightly path work
    /// to do at every size), at least 30 / n, at most 10 %.
    public static func tonightRate(for n: Int) -> Double {
        min(0.1, max(0.002, 30 / Double(max(n, 1))))
    }
}
