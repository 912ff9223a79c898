import RegsyncCore

/// Twins, former surnames and marriages: the family facts that make registry persons hard
/// to tell apart. Each has its own stream, so that adding them left the draws of every
/// other resident as they were.
extension Population {
    /// A twin pair among a household's children: members `first` and `first + 1`.
    struct Twins {
        let first: Int
        let birth: DayNumber
        let firstFemale: Bool
        let secondFemale: Bool
        let firstGiven: NameCatalogue.Entry
        let secondGiven: NameCatalogue.Entry
        /// The given names have the same reading in different kanji.
        let sameReading: Bool
    }

    /// The twin pair of the household starting at `start`, if it has one: `twinRate` of the
    /// households with two or more children, two adjacent children with one birth date.
    func twins(start: Int, size: Int, kind: HouseholdKind, headBirth: DayNumber) -> Twins? {
        guard var rng = twinDraw(start: start, size: size, kind: kind) else { return nil }
        let firstChild = kind == .couple ? 2 : 1
        let first = firstChild + rng.below(size - firstChild - 1)
        // The same rule as any child's birth (Population.resident).
        let birth = min(
            config.asOf - 1 - DayNumber(rng.below(200)),
            headBirth + DayNumber(365 * rng.int(in: 22...40) + rng.below(365)))
        if rng.chance(config.twinSameReadingShare) {
            let female = rng.chance(0.49)
            let (a, b) = names.sameReadingPair(female: female, &rng)
            return Twins(
                first: first, birth: birth, firstFemale: female, secondFemale: female, firstGiven: a, secondGiven: b,
                sameReading: true)
        }
        let firstFemale = rng.chance(0.49)
        let secondFemale = rng.chance(0.49)
        let year = DateNotation.year(birth)
        let a = names.drawGivenName(female: firstFemale, birthYear: year, &rng)
        var b = names.drawGivenName(female: secondFemale, birthYear: year, &rng)
        var attempts = 0
        while b.reading == a.reading, attempts < 8 {
            b = names.drawGivenName(female: secondFemale, birthYear: year, &rng)
            attempts += 1
        }
        if b.reading == a.reading {
            // Siblings in one 戸籍 never share a name; a same-reading pair in different kanji instead.
            let (x, y) = names.sameReadingPair(female: firstFemale, &rng)
            return Twins(
                first: first, birth: birth, firstFemale: firstFemale, secondFemale: firstFemale, firstGiven: x,
                secondGiven: y, sameReading: true)
        }
        return Twins(
            first: first, birth: birth, firstFemale: firstFemale, secondFemale: secondFemale, firstGiven: a,
            secondGiven: b, sameReading: false)
    }

    /// The twin generator of a household with two or more children that drew twins, or nil.
    func twinDraw(start: Int, size: Int, kind: HouseholdKind) -> SplitMix64? {
        guard size - (kind == .couple ? 2 : 1) >= 2 else { return nil }
        var rng = SplitMix64(seed: config.seed, stream: .twins, index: UInt64(start))
        return rng.chance(config.twinRate) ? rng : nil
    }

    /// Whether the household starting at `start` has twins, without deriving it: its size,
    /// the first draw of its generator (the kind) and the twin draw.
    func hasTwins(start: Int) -> Bool {
        let size = householdSize(start: start)
        guard size >= 3 else { return false }
        var rng = SplitMix64(seed: config.seed, stream: .household, index: UInt64(start))
        return twinDraw(start: start, size: size, kind: Self.kind(size: size, &rng)) != nil
    }

    /// Two twins at least `minimumAge` years old tonight, neither removed: the first such pair
    /// from household `from` on (wrapping round), within a bounded search; nil when the
    /// register has none there.
    func adultTwins(from index: Int, minimumAge: Int) -> (Resident, Resident)? {
        var start = locate(index).start
        for _ in 0..<4096 {
            if hasTwins(start: start) {
                let household = household(start: start)
                if let twins = household.twins {
                    let first = resident(start + twins.first, household: household, member: twins.first)
                    let second = resident(start + twins.first + 1, household: household, member: twins.first + 1)
                    if first.age(on: config.asOf) >= minimumAge, first.status != .removed, second.status != .removed {
                        return (first, second)
                    }
                }
            }
            start += householdSize(start: start)
            if start >= config.residents { start = 0 }
        }
        return nil
    }

    /// A surname for a wife's 旧氏, with another reading than the household's surname.
    func drawFormerSurname(differentFrom surname: NameCatalogue.Entry, _ rng: inout SplitMix64)
        -> NameCatalogue.Entry
    {
        var entry = names.surnames[names.drawSurname(&rng)]
        var attempts = 0
        while entry.reading == surname.reading, attempts < 8 {
            entry = names.surnames[names.drawSurname(&rng)]
            attempts += 1
        }
        return entry
    }

    /// The day a resident with a former surname married: within ten years of the first
    /// address the household had together (or of turning 18), at least two months before
    /// the night.
    func marriageDay(of resident: Resident) -> DayNumber {
        var rng = SplitMix64(seed: config.seed, stream: .marriage, index: UInt64(resident.index))
        let earliest = max(resident.history[0].from, resident.birth + 365 * 18 + 5)
        let latest = config.asOf - 60
        guard latest > earliest else { return earliest }
        return earliest + DayNumber(rng.below(min(3650, Int(latest - earliest))))
    }
}
