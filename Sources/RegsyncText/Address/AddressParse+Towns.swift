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
        if let town = lookupTown(municipality, at: position) { return town }
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
        guard !towns.isEmpty else { return nil }
        return TownMatch(towns: towns, start: start, end: bestEnd)
    }

    /// Sapporo's 北1西2 for 北1条西2丁目.
    func hokkaidoAbbreviated(_ municipality: Int, at position: Int) -> TownMatch? {
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
