/// Finding the town after a municipality candidate: 大字/字, Kyoto streets, Hokkaido
/// abbreviations, former wards and 大字 names the reference leaves out.
extension AddressParse {
    static let oaza: [UInt32] = [0x5927, 0x5B57]  // 大字
    static let aza: UInt32 = 0x5B57  // 字

    /// The longest reference town at `position` (after 大字/字, and in Kyoto after a street).
    func findTown(_ municipality: Int, at position: Int) -> TownMatch? {
        if store.municipalityInKyotoCity[municipality], let streetEnd = kyotoStreetEnd(from: position) {
            if var town = lookupTown(municipality, at: streetEnd) {
                town.street = position..<streetEnd
                return town
            }
            // The town may come first (東塩小路町烏丸通塩小路下る): the street then follows it.
            if var town = lookupTown(municipality, at: position), let after = kyotoStreetEnd(from: town.end),
                after > town.end
            {
                town.street = town.end..<after
                town.streetFollows = true
                return town
            }
            return nil
        }
        if var town = lookupTown(municipality, at: position) {
            if town.towns.count > 1 && store.municipalityIsCityLevel[municipality] { narrowByChome(&town) }
            // 空知太東5-8-3: a shorter town (空知太) with more name after it, where the whole makes
            // a 条 town (空知太東五条).
            if store.municipalityInHokkaido[municipality], town.end < input.match.count,
                !AddressFolding.isDigit(input.match[town.end]), input.match[town.end] != AddressFolding.dash,
                let longer = hokkaidoAbbreviated(municipality, at: position), longer.end > town.end
            {
                return longer
            }
            return town
        }
        if store.municipalityInKyotoCity[municipality],
            let town = kyotoTownAfterDesignation(municipality, from: position)
        {
            return town
        }
        if store.municipalityIsCityLevel[municipality] {
            // A ward the reference no longer has (浜松市中区, abolished in 2024): skip it and
            // let the town tell the current ward.
            let match = input.match
            var k = position + 1
            while k < min(match.count, position + 5) && match[k] != 0x533A { k += 1 }  // 区
            let current =
                k < match.count
                && store.municipalityIndex.lookup(Array(match[position...k]), scope: 0).contains {
                    Int(store.municipalityParent[Int($0.target)]) == municipality
                }
            if k < min(match.count, position + 5), !current, var town = lookupTown(municipality, at: k + 1) {
                town.formerWard = true
                return town
            }
        }
        if store.municipalityInHokkaido[municipality] { return hokkaidoAbbreviated(municipality, at: position) }
        return nil
    }

    func lookupTown(_ municipality: Int, at position: Int) -> TownMatch? {
        let match = input.match
        var start = position
        let oazaWritten = input.starts(with: Self.oaza, at: start)
        if oazaWritten {
            start += 2
        } else if start < match.count && match[start] == Self.aza {
            start += 1
        }
        if let town = longestTown(municipality, at: start) { return town }
        guard oazaWritten else { return nil }
        // 大字長野元善町: KEN_ALL omits the 大字 and lists the town after it (元善町).
        for skip in 1...4 where start + skip < match.count {
            if AddressFolding.isDigit(match[start + skip - 1]) || match[start + skip - 1] == AddressFolding.dash {
                break
            }
            var from = start + skip
            if match[from] == Self.aza { from += 1 }
            if var town = longestTown(municipality, at: from), town.end - from >= 2,
                town.end == match.count || AddressFolding.isDigit(match[town.end])
                    || match[town.end] == AddressFolding.dash || match[town.end] == Self.aza
            {
                town.oaza = start..<start + skip
                return town
            }
        }
        return nil
    }

    func longestTown(_ municipality: Int, at start: Int) -> TownMatch? {
        let match = input.match
        var bestEnd = -1
        var towns: [Int] = []
        store.townIndex.forEachPrefix(of: match, from: start, scope: municipality) { entry, end in
            guard AddressFolding.isBoundary(match, end) else { return }
            if end > bestEnd {
                bestEnd = end
                towns = [Int(entry.target)]
            } else if end == bestEnd && !towns.contains(Int(entry.target)) {
                towns.append(Int(entry.target))
            }
        }
        if input.hasAza, let joined = joinedTown(municipality, at: start), joined.end > bestEnd { return joined }
        guard !towns.isEmpty else { return nil }
        return TownMatch(towns: towns, start: start, end: bestEnd)
    }

    /// The longest names of `index` in `scope` that `text` has at `from` and whose end
    /// `accepts`, with every town of that length.
    private func longest(
        _ index: NameIndex, _ text: [UInt32], from: Int, scope: Int, accepts: (Int) -> Bool
    ) -> (end: Int, towns: [Int])? {
        var bestEnd = -1
        var towns: [Int] = []
        index.forEachPrefix(of: text, from: from, scope: scope) { entry, end in
            guard accepts(end) else { return }
            if end > bestEnd {
                bestEnd = end
                towns = [Int(entry.target)]
            } else if end == bestEnd && !towns.contains(Int(entry.target)) {
                towns.append(Int(entry.target))
            }
        }
        return towns.isEmpty ? nil : (bestEnd, towns)
    }

    /// A town KEN_ALL writes as one name where the address has 字 or 大字 inside it:
    /// 本宮字万世 → 本宮万世, 武雄町大字昭和 → 武雄町昭和, 平良字西里 → 平良西里. Only
    /// a town that reaches past the 字 counts; the key is the name without it.
    /// Every 字 in reach is tried, since a name may have 字 of its own (十文字町字十文字).
    private func joinedTown(_ municipality: Int, at start: Int) -> TownMatch? {
        let match = input.match
        let limit = min(match.count, start + store.townIndex.maxLength + 2)
        var best: TownMatch?
        for aza in (start + 1)..<max(start + 1, limit) where match[aza] == Self.aza {
            if let town = joinedTown(municipality, at: start, aza: aza, limit: limit), town.end > best?.end ?? -1 {
                best = town
            }
        }
        return best
    }

    private func joinedTown(_ municipality: Int, at start: Int, aza: Int, limit: Int) -> TownMatch? {
        let match = input.match
        let cut = match[aza - 1] == Self.oaza[0] && aza - 1 > start ? aza - 1 : aza
        let head = cut - start
        let joined = Array(match[start..<cut]) + match[(aza + 1)..<limit]
        // The joined name must reach past the 字 and end where the name written does: at a
        // number, a hyphen, another 字 or the end (境字東原 is not 境東 + 原).
        guard
            let found = longest(
                store.townIndex, joined, from: 0, scope: municipality,
                accepts: {
                    let end = aza + 1 + $0 - head
                    return $0 > head
                        && (end == match.count || AddressFolding.isDigit(match[end])
                            || match[end] == AddressFolding.dash || match[end] == Self.aza)
                })
        else { return nil }
        return TownMatch(
            towns: found.towns, start: start, end: aza + 1 + found.end - head, key: Array(joined[0..<found.end]))
    }

    /// A town of today's municipality whose name starts with the former municipality's name
    /// (伊達郡保原町舟橋 → 伊達市保原町舟橋) or its stem (上野市丸之内 → 伊賀市上野丸之内), with the
    /// key today's notation gives; a 大字 or 字 written after the former name is skipped.
    func formerTown(_ candidate: Candidate) -> TownMatch? {
        let match = input.match
        var from = candidate.end
        if input.starts(with: Self.oaza, at: from) {
            from += 2
        } else if from < match.count && match[from] == Self.aza {
            from += 1
        }
        let tail = match[from..<min(match.count, from + store.townIndex.maxLength)]
        var best: TownMatch?
        for prefix in store.formers[candidate.former].prefixes {
            let joined = prefix + tail
            guard
                let found = longest(
                    store.townIndex, joined, from: 0, scope: candidate.municipality,
                    accepts: {
                        $0 == prefix.count
                            || ($0 > prefix.count && AddressFolding.isBoundary(match, from + $0 - prefix.count))
                    })
            else { continue }
            let end = found.end == prefix.count ? candidate.end : from + found.end - prefix.count
            if end > best?.end ?? -1 {
                best = TownMatch(towns: found.towns, start: candidate.end, end: end, key: Array(joined[0..<found.end]))
            }
        }
        return best
    }

    /// A town whose の (ノ, 之) the address leaves out: 龍安寺御陵下町 for 龍安寺御陵ノ下町.
    /// Tried only when no candidate found a town as written.
    func townWithoutNo(_ municipality: Int, at start: Int) -> TownMatch? {
        let match = input.match
        guard
            let found = longest(
                store.townIndexWithoutNo, match, from: start, scope: municipality,
                accepts: {
                    AddressFolding.isBoundary(match, $0)
                })
        else { return nil }
        return TownMatch(
            towns: found.towns, start: start, end: found.end,
            key: AddressFolding.nameKey(store.towns[found.towns[0]].name))
    }

    /// A town that several wards of a designated city share, told apart by the 丁目
    /// written after it where KEN_ALL names every 丁目 of some of them (札幌市北6条西4丁目:
    /// 中央区 has 北六条西 10〜28丁目, so 4丁目 is 北区's, and 15丁目 中央区's).
    func narrowByChome(_ town: inout TownMatch) {
        let display = input.display
        var i = input.displayIndex(town.end)
        while i < display.count && display[i] == AddressFolding.space { i += 1 }
        guard let chome = AddressTail.readNumber(display, &i), i < display.count,
            display[i] == 0x4E01 || display[i] == AddressFolding.dash  // 丁(目) or a hyphen
        else { return }
        // One ward that names this 丁目 wins; else the wards whose named 丁目 exclude it drop out.
        let named = town.towns.filter { store.townChomeRanges[$0]?.contains { $0.contains(chome) } ?? false }
        let kept =
            named.count == 1
            ? named : town.towns.filter { store.townChomeRanges[$0]?.contains { $0.contains(chome) } ?? true }
        if !kept.isEmpty && kept.count < town.towns.count { town.towns = kept }
    }

    /// Hokkaido's abbreviations of a 条 town: Sapporo's 北1西2 for 北1条西2丁目, and 月寒東1-14
    /// for 月寒東1条14丁目.
    func hokkaidoAbbreviated(_ municipality: Int, at position: Int) -> TownMatch? {
        gridAbbreviated(municipality, at: position) ?? joHyphenated(municipality, at: position)
    }

    /// 月寒東1-14, 平岡2-3: a name and a number that make a reference 条 town (月寒東一条),
    /// then a hyphen; the number after it is the 丁目. Tried only when no town is written as such.
    private func joHyphenated(_ municipality: Int, at position: Int) -> TownMatch? {
        let match = input.match
        var i = position
        let limit = min(match.count, position + store.townIndex.maxLength + 1)
        while i < limit && match[i] != AddressFolding.dash && match[i] != AddressFolding.space { i += 1 }
        guard i < limit, match[i] == AddressFolding.dash, i + 1 < match.count, AddressFolding.isDigit(match[i + 1])
        else { return nil }
        // The number before the hyphen is the 条; a name may hold numerals of its own (二十四軒).
        var digits = i
        while digits > position && AddressFolding.isDigit(match[digits - 1]) { digits -= 1 }
        guard digits > position, i > digits else { return nil }
        let name = Array(match[position..<i]) + [0x6761]  // 条
        guard let entry = store.townIndex.lookup(name, scope: municipality).first else { return nil }
        return TownMatch(towns: [Int(entry.target)], start: position, end: i + 1, key: name)
    }

    /// Sapporo's 北1西2 for 北1条西2丁目.
    private func gridAbbreviated(_ municipality: Int, at position: Int) -> TownMatch? {
        let match = input.match
        let directions: [UInt32] = [0x6771, 0x897F, 0x5357, 0x5317]  // 東西南北
        var i = position
        guard i < match.count, directions.contains(match[i]) else { return nil }
        i += 1
        let digitsStart = i
        while i < match.count && AddressFolding.isDigit(match[i]) { i += 1 }
        guard i > digitsStart, i + 1 < match.count, directions.contains(match[i]),
            AddressFolding.isDigit(match[i + 1])
        else { return nil }
        let name = Array(match[position..<i]) + [0x6761, match[i]]  // 条
        guard let entry = store.townIndex.lookup(name, scope: municipality).first else { return nil }
        return TownMatch(towns: [Int(entry.target)], start: position, end: i + 1, key: name)
    }

    /// A Kyoto designation without 上る/下る/西入/東入 (四条大橋東詰, 烏丸通四条角): the
    /// town is the leftmost reference name that runs up to the numbers (or the end), and
    /// what precedes it is the street, when that has a street word in it.
    func kyotoTownAfterDesignation(_ municipality: Int, from position: Int) -> TownMatch? {
        let match = input.match
        let streetWords: [UInt32] = [0x901A, 0x8A70, 0x89D2, 0x5074, 0x5165]  // 通 詰 角 側 入
        var sawStreetWord = false
        var p = position
        while p < min(match.count, position + 40) && match[p] != AddressFolding.dash {
            if sawStreetWord, var town = lookupTown(municipality, at: p),
                town.end == match.count || AddressFolding.isDigit(match[town.end])
                    || match[town.end] == AddressFolding.dash
            {
                town.street = position..<p
                return town
            }
            sawStreetWord = sawStreetWord || streetWords.contains(match[p])
            p += 1
        }
        return nil
    }

    /// The end of a Kyoto street designation (…通…上る/下る/西入/東入) before any number.
    func kyotoStreetEnd(from position: Int) -> Int? {
        let match = input.match
        var last: Int?
        var i = position
        // Street names carry numerals (七条通), so the scan runs to the first hyphen.
        while i < match.count && match[i] != AddressFolding.dash {
            let value = match[i]
            var end: Int?
            if value == 0x4E0A || value == 0x4E0B {  // 上 下
                var j = i + 1
                if j < match.count && match[j] == 0x304C { j += 1 }  // が (上がる)
                if j < match.count && (match[j] == 0x308B || match[j] == 0x30EB) { end = j + 1 }  // る ル
            } else if (value == 0x897F || value == 0x6771) && i + 1 < match.count && match[i + 1] == 0x5165 {
                var j = i + 2  // 西入 東入
                if j < match.count && (match[j] == 0x308B || match[j] == 0x30EB) { j += 1 }
                end = j
            }
            if let end {
                last = end
                i = end
            } else {
                i += 1
            }
        }
        return last
    }
}
