import RegsyncCore

/// Derives residents from (seed, index) without storing any: residents live in blocks of
/// 16 consecutive indexes split into households; a household's surname, head and address
/// history come from the household's own generator, each member's details from the
/// member's. Any resident can therefore be re-derived in O(1), which is how registry
/// records point at residents without the generator holding the register in memory.
public struct Population: Sendable {
    /// The run's configuration.
    public let config: SynthConfig
    let places: PlaceCatalogue
    let names: NameCatalogue

    /// Residents per block.
    static let blockSize = 16
    /// Household sizes 1…6 and their shares among households (2020 census, rounded).
    static let householdSizeWeights: [Double] = [0.38, 0.28, 0.16, 0.12, 0.04, 0.02]

    /// Creates the population of a run.
    public init(config: SynthConfig, places: PlaceCatalogue = .shared, names: NameCatalogue = .shared) {
        self.config = config
        self.places = places
        self.names = names
    }

    /// The kinds of household.
    enum HouseholdKind {
        case single, couple, singleParent
    }

    /// What members of a household share.
    struct Household {
        let key: Int
        let size: Int
        let kind: HouseholdKind
        var surname: NameCatalogue.Entry
        var headGiven: NameCatalogue.Entry
        var headFemale: Bool
        let headBirth: DayNumber
        var history: [Resident.HistoryEntry]
        /// The head of a block whose name the previous block's first household copies.
        var namesakeSource: Bool
        /// Under DV support measures: the victim and the family members living with them
        /// (支援措置 covers both), so that no member's record reveals the address.
        var dvProtected: Bool
        /// A twin pair among the children, if any.
        var twins: Twins?
        /// Whether the extract keeps only the current and the previous address of each member.
        var truncated: Bool
    }

    /// The household containing resident `index`: its first index and the member number.
    func locate(_ index: Int) -> (start: Int, member: Int) {
        let block = index / Self.blockSize
        var rng = SplitMix64(seed: config.seed, stream: .blockLayout, index: UInt64(block))
        var start = block * Self.blockSize
        let end = start + Self.blockSize
        while true {
            let size = 1 + rng.pick(weights: Self.householdSizeWeights)
            if index < start + size || start + size >= end { return (start, index - start) }
            start += size
        }
    }

    /// The size of the household starting at `start` (as the layout drew it, cut at the
    /// block's end and at the register's end).
    func householdSize(start: Int) -> Int {
        let block = start / Self.blockSize
        var rng = SplitMix64(seed: config.seed, stream: .blockLayout, index: UInt64(block))
        var cursor = block * Self.blockSize
        let end = min(cursor + Self.blockSize, config.residents)
        while true {
            let size = 1 + rng.pick(weights: Self.householdSizeWeights)
            if cursor == start || cursor + size >= end { return min(size, end - cursor) }
            cursor += size
        }
    }

    /// Whether the household at the start of even block `pairIndex * 2` copies the name of
    /// the head of block `pairIndex * 2 + 1` (`namesakeRate` of block pairs).
    func isNamesakePair(_ pairIndex: Int) -> Bool {
        let hash = SplitMix64.hash(config.seed, .namesake, UInt64(pairIndex))
        return Double(hash >> 11) * 0x1.0p-53 < config.namesakeRate
            && (pairIndex * 2 + 1) * Self.blockSize < config.residents
    }

    /// The household's kind: the first draw of its generator.
    static func kind(size: Int, _ rng: inout SplitMix64) -> HouseholdKind {
        if size == 1 { return .single }
        return rng.chance(size == 2 ? 0.75 : 0.86) ? .couple : .singleParent
    }

    func household(start: Int) -> Household {
        var rng = SplitMix64(seed: config.seed, stream: .household, index: UInt64(start))
        let size = householdSize(start: start)
        let kind = Self.kind(size: size, &rng)
        let age: Int
        switch kind {
        case .single:
            let u = rng.unit()
            age = u < 0.4 ? rng.int(in: 20...35) : (u < 0.7 ? rng.int(in: 36...64) : rng.int(in: 65...97))
        case .couple:
            age = size == 2 ? (rng.chance(0.6) ? rng.int(in: 60...92) : rng.int(in: 25...59)) : rng.int(in: 28...62)
        case .singleParent:
            age = size == 2 && rng.chance(0.4) ? rng.int(in: 55...90) : rng.int(in: 26...60)
        }
        let headBirth = config.asOf - DayNumber(age * 365 + rng.below(365) + age / 4)
        let headFemale = kind == .couple ? rng.chance(0.12) : rng.chance(kind == .singleParent ? 0.8 : 0.5)
        let surnameEntry = names.surnames[names.drawSurname(&rng)]
        // The register keeps the 戸籍 form: some families write 高橋 as 髙橋, 渡辺 as 渡邊.
        let surname = NameCatalogue.Entry(
            text: VariantKanji.toVariant(surnameEntry.text, rate: 0.08, &rng), reading: surnameEntry.reading)
        let headGiven = names.drawGivenName(female: headFemale, birthYear: DateNotation.year(headBirth), &rng)
        var household = Household(
            key: start, size: size, kind: kind, surname: surname, headGiven: headGiven, headFemale: headFemale,
            headBirth: headBirth, history: history(headBirth: headBirth, &rng), namesakeSource: false,
            dvProtected: rng.chance(config.dvRate), twins: nil,
            truncated: Double(SplitMix64.hash(config.seed, .truncation, UInt64(start)) >> 11) * 0x1.0p-53
                < config.truncatedHistoryRate)
        household.twins = twins(start: start, size: size, kind: kind, headBirth: headBirth)

        let block = start / Self.blockSize
        if start == block * Self.blockSize {
            if block % 2 == 0, isNamesakePair(block / 2) {
                // A namesake: same name as the head of the next block, same municipality.
                let source = self.household(start: start + Self.blockSize)
                household.surname = source.surname
                household.headGiven = source.headGiven
                household.headFemale = source.headFemale
                let municipality = Int(source.history[source.history.count - 1].place.municipality)
                let last = household.history.count - 1
                household.history[last].place = places.drawPlace(in: municipality, &rng)
                // Whatever the entry was (even an administrative change), it is now a move
                // into this municipality, and its 異動事由 says which kind.
                if last > 0 {
                    let within = Int(household.history[last - 1].place.municipality) == municipality
                    household.history[last].cause = within ? .moveWithin : .moveInter
                }
            } else if block % 2 == 1, isNamesakePair(block / 2) {
                household.namesakeSource = true
            }
        }
        return household
    }

    /// One to five addresses from the head's early adulthood to a month before tonight,
    /// sometimes with an administrative change.
    func history(headBirth: DayNumber, _ rng: inout SplitMix64) -> [Resident.HistoryEntry] {
        let latest = config.asOf - 30
        let adult = headBirth + DayNumber(365 * rng.int(in: 18...30))
        let start = min(max(adult, DateNotation.day(year: 1960, month: 1, day: 1)), latest - 60)
        let count = 1 + rng.pick(weights: [0.35, 0.30, 0.18, 0.11, 0.06])
        var moves: [DayNumber] = (1..<count).map { _ in start + 30 + DayNumber(rng.below(Int(latest - start - 30))) }
        moves.sort()
        var entries = [
            Resident.HistoryEntry(
                place: places.drawPlace(in: places.drawMunicipality(&rng), &rng), from: start, to: nil, cause: .first)
        ]
        for move in moves where move - entries[entries.count - 1].from >= 30 {
            let previous = entries[entries.count - 1].place
            let u = rng.unit()
            let municipality =
                u < 0.55
                ? Int(previous.municipality)
                : (u < 0.8
                    ? places.drawMunicipality(inPrefectureOf: Int(previous.municipality), &rng)
                    : places.drawMunicipality(&rng))
            entries[entries.count - 1].to = move
            let cause: Resident.Cause = municipality == Int(previous.municipality) ? .moveWithin : .moveInter
            entries.append(.init(place: places.drawPlace(in: municipality, &rng), from: move, to: nil, cause: cause))
        }
        // 住居表示 implementations and town renamings: 3 % of households lived through one.
        let last = entries[entries.count - 1]
        if rng.chance(0.03), latest - last.from > 90,
            let changed = places.administrativeChange(of: last.place, &rng)
        {
            let day = last.from + 30 + DayNumber(rng.below(Int(latest - last.from - 60)))
            entries[entries.count - 1].to = day
            entries.append(.init(place: changed, from: day, to: nil, cause: .administrative))
        }
        return entries
    }

    /// The resident at `index`.
    public func resident(_ index: Int) -> Resident {
        let (start, member) = locate(index)
        return resident(index, household: household(start: start), member: member)
    }

    /// The members of the household starting at `start` (for co-owners).
    func members(ofHouseholdStarting start: Int) -> [Resident] {
        let household = household(start: start)
        return (0..<household.size).map { resident(start + $0, household: household, member: $0) }
    }

    func resident(_ index: Int, household: Household, member: Int) -> Resident {
        var rng = SplitMix64(seed: config.seed, stream: .person, index: UInt64(index))
        var female: Bool
        var birth: DayNumber
        var given: NameCatalogue.Entry
        var formerSurname: NameCatalogue.Entry?
        if member == 0 {
            female = household.headFemale
            birth = household.headBirth
            given = household.headGiven
            if household.kind == .couple, female {
                // A wife who heads the household (her own stream: the head's draws stay as they were).
                var own = SplitMix64(seed: config.seed, stream: .formerSurname, index: UInt64(index))
                if own.chance(config.formerSurnameRate) {
                    formerSurname = drawFormerSurname(differentFrom: household.surname, &own)
                }
            }
        } else if member == 1 && household.kind == .couple {
            female = !household.headFemale
            birth = household.headBirth + DayNumber(rng.int(in: -2200...2200))
            given = names.drawGivenName(female: female, birthYear: DateNotation.year(birth), &rng)
            if female, rng.chance(config.formerSurnameRate) {
                formerSurname = drawFormerSurname(differentFrom: household.surname, &rng)
            }
        } else {
            female = rng.chance(0.49)
            birth = min(
                config.asOf - 1 - DayNumber(rng.below(200)),
                household.headBirth + DayNumber(365 * rng.int(in: 22...40) + rng.below(365)))
            given = names.drawGivenName(female: female, birthYear: DateNotation.year(birth), &rng)
        }
        var twin: Int?
        if let twins = household.twins, member == twins.first || member == twins.first + 1 {
            let second = member == twins.first + 1
            female = second ? twins.secondFemale : twins.firstFemale
            birth = twins.birth
            given = second ? twins.secondGiven : twins.firstGiven
            twin = second ? index - 1 : index + 1
        }
        // A member's history is the household's from the day they were born.
        var history = household.history.filter { $0.to.map { $0 > birth } ?? true }
        if history[0].from < birth { history[0].from = birth }
        if history.count > 1, history[0].from >= history[1].from { history.removeFirst() }
        // The member's first row is a birth when it begins on the birth day; otherwise the
        // member moved in with the household at its first address.
        history[0].cause = history[0].from == birth ? .birth : .first

        var resident = Resident(
            index: index, code: Identifiers.residentCode(index, seed: config.seed),
            individualNumber: Identifiers.individualNumber(index, seed: config.seed),
            householdNumber: Identifiers.householdNumber(household.key, seed: config.seed),
            surname: household.surname.text, givenName: VariantKanji.toVariant(given.text, rate: 0.03, &rng),
            surnameReading: household.surname.reading, givenReading: given.reading, formerSurname: formerSurname?.text,
            formerSurnameReading: formerSurname?.reading, marriage: nil, female: female, birth: birth,
            status: .active, statusDate: nil, dvProtected: false, history: history, keptFrom: 0,
            householdSize: household.size, twin: twin,
            twinSameReading: twin != nil && household.twins?.sameReading == true, tonight: nil,
            hasNamesake: member == 0 && household.namesakeSource, extractReading: "")
        resident.extractReading = resident.reading
        if formerSurname != nil { resident.marriage = marriageDay(of: resident) }
        if member == 0, household.key % Self.blockSize == 0, (household.key / Self.blockSize) % 2 == 0,
            isNamesakePair(household.key / Self.blockSize / 2)
        {
            resident.hasNamesake = true
        }

        let age = resident.age(on: config.asOf)
        let lastFrom = history[history.count - 1].from
        let span = Int(config.asOf - 1 - lastFrom)
        let deathRate = age >= 80 ? 0.12 : (age >= 65 ? 0.04 : (age >= 40 ? 0.01 : 0.002))
        let u = rng.unit()
        if u < deathRate, span > 2 {
            resident.status = .deceased
            resident.statusDate = lastFrom + 1 + DayNumber(rng.below(span - 1))
        } else if u < deathRate + (age >= 20 && age <= 60 ? 0.008 : 0.002), span > 2 {
            resident.status = .movedAbroad
            let day = lastFrom + 1 + DayNumber(rng.below(span - 1))
            resident.statusDate = day
            resident.history[resident.history.count - 1].to = day
        } else if u < deathRate + 0.011 {
            resident.status = .removed
        }
        if resident.status == .active, household.dvProtected {
            resident.dvProtected = true
        }
        if household.truncated { resident.keptFrom = max(0, resident.history.count - 2) }
        if resident.status == .active, isTonight(index) {
            resident.tonight = tonight(for: resident)
            if resident.tonight?.kind == .kanaCorrection {
                // The extract holds the reading the correction fixes: small kana written large.
                resident.extractReading = Self.enlargeSmallKana(resident.reading)
            }
        }
        return resident
    }

    /// Whether resident `index` has an event tonight (cheap: one hash).
    public func isTonight(_ index: Int) -> Bool {
        let hash = SplitMix64.hash(config.seed, .tonight, UInt64(index))
        return Double(hash >> 11) * 0x1.0p-53 < config.tonightRate
    }

    func tonight(for resident: Resident) -> Resident.Tonight? {
        var rng = SplitMix64(seed: config.seed, stream: .tonightKind, index: UInt64(resident.index))
        let kinds: [Resident.TonightKind] = [
            .moveWithin, .moveInter, .movedAbroad, .death, .nameChange, .kanaCorrection, .administrative,
            .cancelledMove,
        ]
        var kind = kinds[rng.pick(weights: [40, 30, 4, 10, 5, 3, 5, 3])]
        let last = resident.history[resident.history.count - 1]
        let effective = config.asOf - DayNumber(rng.below(14))
        let current = last.place
        var event = Resident.Tonight(kind: kind, effective: effective, place: nil, surname: nil, nameReading: nil)
        switch kind {
        case .moveWithin, .cancelledMove:
            event.place = places.drawPlace(in: Int(current.municipality), &rng)
        case .moveInter:
            event.place = places.drawPlace(
                in: rng.chance(0.6)
                    ? places.drawMunicipality(inPrefectureOf: Int(current.municipality), &rng)
                    : places.drawMunicipality(&rng), &rng)
        case .administrative:
            event.place = places.administrativeChange(of: current, &rng)
            if event.place == nil {
                kind = .moveWithin
                event.kind = kind
                event.place = places.drawPlace(in: Int(current.municipality), &rng)
            }
        case .nameChange:
            let surname = names.surnames[names.drawSurname(&rng)]
            event.surname = surname.text
            event.nameReading = surname.reading + "\u{3000}" + resident.givenReading
        case .kanaCorrection:
            event.nameReading = resident.reading
        case .movedAbroad, .death:
            break
        }
        return event
    }

    /// シヨウタ for ショウタ: old systems without small kana.
    static func enlargeSmallKana(_ text: String) -> String {
        let pairs: [Character: Character] = [
            "ャ": "ヤ", "ュ": "ユ", "ョ": "ヨ", "ッ": "ツ", "ァ": "ア", "ィ": "イ", "ゥ": "ウ", "ェ": "エ", "ォ": "オ",
        ]
        let changed = String(text.map { pairs[$0] ?? $0 })
        // Without small kana to enlarge, the wrong reading repeats the surname's first mora.
        return changed == text ? String(text.prefix(1)) + text : changed
    }
}
