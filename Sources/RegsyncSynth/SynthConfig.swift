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
    /// The share of households with two or more children that have a twin pair among them
    /// (tuned so that ≈ 2 % of children are twins: ≈ 1 % of deliveries in Japan are multiple
    /// births).
    public var twinRate: Double = 0.035
    /// The share of twin pairs whose given names have the same reading in different kanji.
    public var twinSameReadingShare: Double = 0.25
    /// The share of vehicle and real-estate records made for a pair of adult twins (one owns,
    /// the other uses the car; both co-own the property), on top of the twins drawn at random:
    /// designed cases, like the namesake pairs, so that twins can be measured at 100k.
    public var twinRecordRate: Double = 0.003
    /// The share of married women (the wife of a couple household) with a registered former
    /// surname (旧氏).
    public var formerSurnameRate: Double = 0.03
    /// The share of households whose extract keeps only the current and the previous
    /// address of each member.
    public var truncatedHistoryRate: Double = 0.35
    /// The share of ledger person names written with a typo.
    public var typoRate: Double = 0.015
    /// The probability that a ledger writes a surname character that has a variant form
    /// (高/髙, 辺/邊 …) in the other form than the register; half of it for given names.
    public var ledgerVariantRate: Double = 0.1

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

    /// The committed samples: a few hundred rows per file, with DV-protected households,
    /// namesakes, twins, former surnames and typos at raised rates so that every case and
    /// every difficulty class appears at least a few times.
    public static func samples(seed: UInt64, asOf: DayNumber = defaultAsOf) -> SynthConfig {
        SynthConfig(
            seed: seed, residents: 400, vehicles: 240, properties: 250, corporations: 120, officersPerCorporation: 2.2,
            asOf: asOf, tonightRate: 0.2, dvRate: 0.05, namesakeRate: 0.5, twinRate: 0.9, twinSameReadingShare: 0.8,
            twinRecordRate: 0.02,
            formerSurnameRate: 0.5, truncatedHistoryRate: 0.5, typoRate: 0.06, ledgerVariantRate: 0.4)
    }

    /// 0.2 % (real rates are 0.02–0.03 % a day; a larger one gives the nightly path work
    /// to do at every size), at least 30 / n, at most 10 %.
    public static func tonightRate(for n: Int) -> Double {
        min(0.1, max(0.002, 30 / Double(max(n, 1))))
    }
}
