/// One run of the parser over one input: finds the prefecture and municipality
/// candidates, lets the town decide between them, then reads the numbers.
struct AddressParse {
    let store: ReferenceStore
    let input: ParseInput
    /// The town as it enters the key (match-folded), and where the rest starts.
    private var townKey: [UInt32]?
    private var restStart: Int?

    init(store: ReferenceStore, input: ParseInput) {
        self.store = store
        self.input = input
    }

    /// A way to read the start of the input as (prefecture) municipality.
    struct Candidate {
        var municipality: Int
        /// Match positions of the municipality name.
        var start: Int
        var end: Int
        /// 0 full prefecture written, 1 short prefecture (東京), 2 none, 3 a different one.
        var rank: Int
        var town: TownMatch?
        /// The former municipality name that was written (an index in `formers`), or -1.
        var former = -1

        /// Higher is better: a consistent prefecture, a known town (one right after the
        /// municipality or 大字 before one found further on), a name in use today over a
        /// former one, the prefecture as written, the most text consumed, then the most
        /// explicit municipality name.
        var score: (Int, Int, Int, Int, Int, Int) {
            (
                rank == 3 ? 0 : 1, town == nil ? 0 : town?.oaza == nil ? 2 : 1, former < 0 ? 1 : 0, -rank,
                town?.end ?? end, end
            )
        }
    }

    /// A town found after a municipality.
    struct TownMatch {
        /// Matching towns (several only for a designated city written without its ward).
        var towns: [Int]
        /// Match positions of the town name and, in Kyoto, the street before it.
        var start: Int
        var end: Int
        var street: Range<Int>?
        /// The folded town name when the text is an abbreviation of it.
        var key: [UInt32]?
        /// Whether the street is written after the town.
        var streetFollows = false
        /// A 大字 written before a town that the reference lists without it.
        var oaza: Range<Int>?
        /// Whether a ward unknown to the reference was skipped before the town.
        var formerWard = false
    }

    mutating func run(into result: inout NormalizedAddress) {
        let match = input.match
        var prefectureEnds: [(prefecture: Int, end: Int, short: Bool)] = []
        store.prefectureIndex.forEachPrefix(of: match, from: 0, scope: 0) { entry, end in
            if AddressFolding.isBoundary(match, end) {
                prefectureEnds.append((Int(entry.target), end, entry.flags == 1))
            }
        }
        var candidates: [Candidate] = []
        for written in prefectureEnds {
            store.municipalityIndex.forEachPrefix(of: match, from: written.end, scope: 0) { entry, end in
                guard AddressFolding.isBoundary(match, end) else { return }
                let municipality = Int(entry.target)
                let same = Int(store.municipalityPrefecture[municipality]) == written.prefecture
                candidates.append(
                    Candidate(
                        municipality: municipality, start: written.end, end: end,
                        rank: same ? (written.short ? 1 : 0) : 3))
            }
        }
        // A municipality name never starts with a full prefecture name, so without one the
        // text may start with the municipality.
        let unwritten = !prefectureEnds.contains(where: { !$0.short })
        if unwritten {
            store.municipalityIndex.forEachPrefix(of: match, from: 0, scope: 0) { entry, end in
                guard AddressFolding.isBoundary(match, end) else { return }
                candidates.append(Candidate(municipality: Int(entry.target), start: 0, end: end, rank: 2))
            }
        }
        // Former names (北埼玉郡騎西町): the municipality that has the place today.
        for written in prefectureEnds {
            store.formerIndex.forEachPrefix(of: match, from: written.end, scope: 0) { entry, end in
                guard AddressFolding.isBoundary(match, end) else { return }
                let former = store.formers[Int(entry.target)]
                candidates.append(
                    Candidate(
                        municipality: former.municipality, start: written.end, end: end,
                        rank: former.prefecture == written.prefecture ? (written.short ? 1 : 0) : 3,
                        former: Int(entry.target)))
            }
        }
        if unwritten {
            store.formerIndex.forEachPrefix(of: match, from: 0, scope: 0) { entry, end in
                guard AddressFolding.isBoundary(match, end) else { return }
                let former = store.formers[Int(entry.target)]
                candidates.append(
                    Candidate(
                        municipality: former.municipality, start: 0, end: end, rank: 2, former: Int(entry.target)))
            }
        }
        guard !candidates.isEmpty else {
            let prefecture = prefectureEnds.max { $0.end < $1.end }
            if let candidate = wardOfFormerCity(after: prefecture) {
                result.warnings.append(
                    AddressWarning(
                        .formerMunicipality,
                        "a city name that is no municipality today; read as the ward that carries its name"))
                choose([candidate], &result)
                return
            }
            if chooseByTown(after: prefecture, &result) { return }
            noMunicipality(prefecture, &result)
            return
        }
        // A designated city whose own ward is written after it (京都市東山区) is read with that
        // ward only: the ward name is no street or town of the city (東山区東大路通… is not a street).
        let written = candidates
        candidates.removeAll { city in
            store.municipalityIsCityLevel[city.municipality]
                && written.contains {
                    $0.start == city.start && $0.end > city.end
                        && Int(store.municipalityParent[$0.municipality]) == city.municipality
                }
        }
        for k in candidates.indices {
            candidates[k].town = findTown(candidates[k].municipality, at: candidates[k].end)
            if candidates[k].former >= 0, let joined = formerTown(candidates[k]),
                joined.end >= candidates[k].town?.end ?? 0
            {
                candidates[k].town = joined
            }
        }
        if !candidates.contains(where: { $0.town != nil }) {
            for k in candidates.indices {
                candidates[k].town = townWithoutNo(candidates[k].municipality, at: candidates[k].end)
            }
        }
        candidates.sort { $0.score > $1.score }
        // Only a municipality of another prefecture fits (山梨県明野町上神取 finds 茨城県's former
        // 明野町): a town of the prefecture as written, with its municipality left out, wins.
        if candidates[0].rank == 3, let written = prefectureEnds.first(where: { !$0.short }),
            chooseByTown(after: written, &result)
        {
            return
        }
        choose(candidates, &result)
    }

    /// A city that became a ward of a designated city before the merger list starts (浦和市 →
    /// さいたま市浦和区, 清水市 → 静岡市清水区): `X市`, no municipality today, read as the one ward
    /// `X区` (of the prefecture written) when that ward has the town written after it.
    private func wardOfFormerCity(after prefecture: (prefecture: Int, end: Int, short: Bool)?) -> Candidate? {
        let match = input.match
        let start = prefecture?.end ?? 0
        let limit = min(match.count, start + 6)
        var city = start + 2
        while city < limit && match[city] != 0x5E02 { city += 1 }  // 市
        guard city < limit else { return nil }
        let wards = Set(
            store.municipalityIndex.lookup(Array(match[start..<city]) + [0x533A], scope: 0).map { Int($0.target) }  // 区
                .filter { ward in
                    store.municipalityParent[ward] >= 0
                        && (prefecture.map { Int(store.municipalityPrefecture[ward]) == $0.prefecture } ?? true)
                })
        guard wards.count == 1, let ward = wards.first, let town = findTown(ward, at: city + 1) else { return nil }
        return Candidate(
            municipality: ward, start: start, end: city + 1, rank: prefecture.map { $0.short ? 1 : 0 } ?? 2, town: town)
    }

    /// Reads the address as a town of the one municipality that has it, when the municipality is
    /// left out (霞が関1-3-1); false when no town name decides it.
    private mutating func chooseByTown(
        after prefecture: (prefecture: Int, end: Int, short: Bool)?, _ result: inout NormalizedAddress
    ) -> Bool {
        guard let candidate = municipalityOfTown(after: prefecture) else { return false }
        result.warnings.append(
            AddressWarning(
                .municipalityInferred, "municipality omitted; the town name exists in one municipality only"))
        choose([candidate], &result)
        return true
    }

    // MARK: - Choosing among candidates

    private func effectiveMunicipality(_ candidate: Candidate) -> Int {
        guard let town = candidate.town else { return candidate.municipality }
        let first = store.townMunicipality[town.towns[0]]
        for t in town.towns.dropFirst() where store.townMunicipality[t] != first {
            return candidate.municipality
        }
        return Int(first)
    }

    private mutating func choose(_ sorted: [Candidate], _ result: inout NormalizedAddress) {
        var best = sorted[0]
        let bestScore = best.score
        var rivals: [Int] = []
        var chosen = effectiveMunicipality(best)
        for other in sorted.dropFirst() where other.score == bestScore {
            let m = effectiveMunicipality(other)
            if m != chosen && !rivals.contains(m) { rivals.append(m) }
        }
        if !rivals.isEmpty, let postal = result.postalCode,
            let code = Int32(postal.replacingOccurrences(of: "-", with: "")),
            let covered = store.municipalitiesByPostalCode[code]
        {
            // The postal code written with the address may tell the candidates apart.
            let all = [chosen] + rivals
            let kept = all.filter { m in
                covered.contains { Int($0) == m || Int(store.municipalityParent[Int($0)]) == m }
            }
            if kept.count == 1 {
                chosen = kept[0]
                best = sorted.first { effectiveMunicipality($0) == chosen } ?? best
                rivals = []
                result.warnings.append(
                    AddressWarning(
                        .municipalityResolved, "a municipality name shared by several places; the postal code decided"))
            }
        }
        if !rivals.isEmpty {
            ambiguous(best, [chosen] + rivals, &result)
            return
        }
        // A name shared by several municipalities, told apart by the town alone.
        if best.town != nil,
            sorted.contains(where: {
                $0.rank == best.rank && $0.town == nil && effectiveMunicipality($0) != chosen
                    && store.municipalities[$0.municipality].name == store.municipalities[best.municipality].name

            })
        {
            result.warnings.append(
                AddressWarning(
                    .municipalityResolved, "a municipality name shared by several places; only one has the town"))
        }
        result.prefecture = store.prefectures[Int(store.municipalityPrefecture[chosen])].name
        result.municipality = store.municipalities[chosen].name
        result.lgCode = store.municipalities[chosen].lgCode
        if best.former >= 0 {
            let former = store.formers[best.former]
            result.warnings.append(
                AddressWarning(
                    .formerMunicipality,
                    "a former municipality name (changed on \(former.changedOn)); read as today's municipality"))
        }
        if let part = foldedVariant(best) {
            result.warnings.append(
                AddressWarning(.variantFolded, "a variant kanji in the \(part) name was read as the reference form"))
        }
        if best.rank == 2 {
            result.warnings.append(
                AddressWarning(.prefectureInferred, "prefecture omitted; inferred from the municipality"))
        } else if best.rank == 3 {
            result.warnings.append(
                AddressWarning(.prefectureMismatch, "the prefecture written does not contain the municipality"))
        }
        if store.municipalityIsCityLevel[best.municipality], let town = best.town {
            if chosen != best.municipality {
                result.warnings.append(
                    AddressWarning(
                        .wardInferred,
                        town.formerWard
                            ? "the ward written is not in the reference (a former ward?); inferred from the town"
                            : "ward omitted; inferred from the town"))
            } else if town.towns.count > 1 {
                result.warnings.append(
                    AddressWarning(.wardAmbiguous, "ward omitted and the town name exists in several wards"))
            }
        }
        readTownAndNumbers(best, municipality: chosen, &result)
    }

    private mutating func ambiguous(_ best: Candidate, _ municipalities: [Int], _ result: inout NormalizedAddress) {
        let records = municipalities.map { store.municipalities[$0] }
        let prefectures = Set(records.map(\.prefecture))
        if prefectures.count == 1, let only = prefectures.first {
            result.prefecture = store.prefectures[only].name
        }
        result.municipality = input.text(input.displayIndex(best.start)..<input.displayIndex(best.end))
        let codes = records.map(\.lgCode).sorted()
        result.warnings.append(
            AddressWarning(
                .municipalityAmbiguous,
                "the municipality name matches \(codes.count) municipalities (\(codes.joined(separator: ", ")))"))
        // The town and numbers are still read, as the first candidate's reference has them.
        readTownAndNumbers(best, municipality: nil, &result)
    }

    /// The part (prefecture, municipality) whose name was found only through a variant kanji.
    private func foldedVariant(_ best: Candidate) -> String? {
        let variants = AddressFolding.variants
        let display = input.display
        let municipalityStart = input.displayIndex(best.start)
        if best.rank <= 1, best.start > 0,
            variants.foldsVariant(
                written: display[0..<municipalityStart],
                official: store.prefectures[
                    best.former >= 0
                        ? store.formers[best.former].prefecture : Int(store.municipalityPrefecture[best.municipality])
                ].name)
        {
            return "prefecture"
        }
        let official = best.former >= 0 ? store.formers[best.former].name : store.municipalities[best.municipality].name
        if best.end > best.start,
            variants.foldsVariant(
                written: display[municipalityStart..<input.displayIndex(best.end)], official: official)
        {
            return "municipality"
        }
        return nil
    }

    /// The first match position at or after a display index.
    private func matchPosition(ofDisplay index: Int) -> Int {
        var position = 0
        while position < input.match.count && Int(input.origin[position]) < index { position += 1 }
        return position
    }

    /// A town written without its municipality (霞が関1-3-1): the municipality when the
    /// longest reference town at the start (after 大字/字) is in exactly one municipality (of
    /// the written prefecture, if any). Short names (本町, 中央) are in many and never
    /// decide; names of fewer than three characters are not tried at all.
    private func municipalityOfTown(after prefecture: (prefecture: Int, end: Int, short: Bool)?) -> Candidate? {
        guard store === ReferenceStore.shared else { return nil }
        let match = input.match
        var start = prefecture?.end ?? 0
        if input.starts(with: Self.oaza, at: start) {
            start += 2
        } else if start < match.count && match[start] == Self.aza {
            start += 1
        }
        var bestEnd = -1
        var towns: [Int] = []
        ReferenceStore.nationwideTowns.forEachPrefix(of: match, from: start, scope: 0) { entry, end in
            guard AddressFolding.isBoundary(match, end) else { return }
            let town = Int(entry.target)
            let municipality = Int(store.townMunicipality[town])
            if let prefecture, Int(store.municipalityPrefecture[municipality]) != prefecture.prefecture { return }
            if end > bestEnd {
                bestEnd = end
                towns = [town]
            } else if end == bestEnd {
                towns.append(town)
            }
        }
        guard bestEnd - start >= 3 else { return nil }
        let owners = Set(towns.map { Int(store.townMunicipality[$0]) })
        guard owners.count == 1, let municipality = owners.first else { return nil }
        return Candidate(
            municipality: municipality, start: start, end: start,
            rank: prefecture.map { $0.short ? 1 : 0 } ?? 2,
            town: TownMatch(towns: towns, start: start, end: bestEnd))
    }

    private func noMunicipality(
        _ prefecture: (prefecture: Int, end: Int, short: Bool)?, _ result: inout NormalizedAddress
    ) {
        var restStart = 0
        if let prefecture {
            result.prefecture = store.prefectures[prefecture.prefecture].name
            restStart = input.displayIndex(prefecture.end)
        }
        result.warnings.append(AddressWarning(.municipalityNotFound, "no municipality name recognised"))
        if restStart < input.display.count {
            result.rest = input.text(restStart..<input.display.count)
            result.warnings.append(
                AddressWarning(.unparsedRemainder, "the text after the prefecture is not a known municipality"))
        }
        var key = KeyBuilder()
        key.append("?" + (result.prefecture ?? ""))
        key.separator()
        key.append(scalars: input.match)
        result.key = key.string
    }

    /// The key: local government code (or ?prefecture/name when unresolved), street, town,
    /// 小字, 地割, 丁目, 番, 号 and the rest, all folded; "|"-separated.
    func buildKey(_ result: inout NormalizedAddress) {
        var key = KeyBuilder()
        if let lgCode = result.lgCode {
            key.append(lgCode)
        } else {
            key.append("?\(result.prefecture ?? "")/\(result.municipality ?? "")")
        }
        key.separator()
        if let street = result.street { key.append(scalars: KeyFold.street(street)) }
        key.separator()
        if let townKey { key.append(scalars: townKey) }
        key.separator()
        if let koaza = result.koaza { key.append(scalars: AddressFolding.nameKey(koaza)) }
        key.separator()
        key.append(result.chiwari)
        key.separator()
        key.append(result.chome)
        key.separator()
        key.append(result.ban ?? "")
        key.separator()
        key.append(result.go ?? "")
        key.separator()
        if let restStart { key.append(rest: input.display[restStart...]) }
        result.key = key.string
    }

    // MARK: - After the municipality

    private mutating func readTownAndNumbers(
        _ candidate: Candidate, municipality: Int?, _ result: inout NormalizedAddress
    ) {
        let display = input.display
        var tailStart: Int
        var townIndex: Int?
        if let town = candidate.town {
            let found = town.towns.first { municipality == nil || Int(store.townMunicipality[$0]) == municipality }
            let index = found ?? town.towns[0]
            townIndex = index
            result.town = store.towns[index].name
            if let street = town.street {
                result.street = input.text(
                    input.displayIndex(street.lowerBound)..<input.displayIndex(street.upperBound))
            }
            if let oaza = town.oaza {
                result.oaza = input.text(input.displayIndex(oaza.lowerBound)..<input.displayIndex(oaza.upperBound))
            }
            tailStart = input.displayIndex(town.streetFollows ? town.street!.upperBound : town.end)
            townKey = town.key ?? Array(input.match[town.start..<town.end])
            if AddressFolding.variants.foldsVariant(
                written: display[input.displayIndex(town.start)..<input.displayIndex(town.end)],
                official: store.towns[index].name)
                && !result.warnings.contains(where: { $0.code == .variantFolded })
            {
                result.warnings.append(
                    AddressWarning(.variantFolded, "a variant kanji in the town name was read as the reference form"))
            }
            // Niigata's 学校町通一番町: KEN_ALL lists only 学校町通, the 番町 follows it.
            var j = tailStart
            if let number = AddressTail.readNumber(display, &j), j + 1 < display.count, display[j] == 0x756A,
                display[j + 1] == 0x753A || display[j + 1] == 0x4E01
            {
                let suffix = NormalizedAddress.kanjiNumeral(number) + (display[j + 1] == 0x753A ? "番町" : "番丁")
                result.town = store.towns[index].name + suffix
                townKey! += AddressFolding.nameKey(suffix)
                tailStart = j + 2
            }
        } else {
            var start = candidate.end
            if let streetEnd = store.municipalityInKyotoCity[candidate.municipality]
                ? kyotoStreetEnd(from: start) : nil
            {
                result.street = input.text(input.displayIndex(start)..<input.displayIndex(streetEnd))
                start = streetEnd
            }
            if input.starts(with: Self.oaza, at: start) {
                start += 2
            } else if start < input.match.count && input.match[start] == Self.aza {
                start += 1
            }
            let from = input.displayIndex(start)
            let end = AddressTail.unknownTownEnd(display, from: from)
            tailStart = end
            if end > from {
                result.town = input.text(from..<end)
                townKey = Array(input.match[start..<matchPosition(ofDisplay: end)])
                let municipalityIndex = municipality ?? candidate.municipality
                let listsTowns = !store.municipalities[municipalityIndex].towns.isEmpty
                result.warnings.append(
                    AddressWarning(
                        .townNotInReference,
                        listsTowns
                            ? "the town is not in the reference data for this municipality"
                            : "the reference data lists no towns for this municipality"))
            }
        }
        // Hokkaido: the first number after a street-style town (南郷通, 本通) is its 丁目, and a
        // side (南, 北, 右, 左) may follow it.
        let hokkaido = store.municipalityInHokkaido[municipality ?? candidate.municipality]
        let streetTown = hokkaido && townIndex.map { store.towns[$0].name.hasSuffix("通") } ?? false
        var tail = AddressTail(
            display: display, hasChome: streetTown || townIndex.map { store.townHasChome[$0] } ?? false,
            maxChome: townIndex.map { Int(store.townMaxChome[$0]) } ?? 0, sides: hokkaido)
        tail.parse(from: tailStart, townKnown: townIndex != nil)
        result.koaza = tail.koaza
        result.chiwari = tail.chiwari
        result.chome = tail.chome
        result.ban = tail.ban
        result.go = tail.go
        result.usesBanchi = tail.usesBanchi
        result.koazaAfterChome = tail.koazaAfterChome
        if let chome = tail.chome, tail.maxChome > 0, chome > tail.maxChome {
            result.warnings.append(
                AddressWarning(.chomeOutOfRange, "the town has \(tail.maxChome) 丁目 in the reference data"))
        }
        if tail.restStart < display.count {
            restStart = tail.restStart
            result.rest = input.text(tail.restStart..<display.count)
            if tail.nothingRead && result.town == nil {
                result.warnings.append(
                    AddressWarning(.unparsedRemainder, "no town or block number recognised after the municipality"))
            } else if tail.nothingRead && townIndex == nil {
                result.warnings.append(AddressWarning(.unparsedRemainder, "no block number recognised after the town"))
            }
        }
    }
}
