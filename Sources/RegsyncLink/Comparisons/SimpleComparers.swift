/// Compares dates: exact; partial (one digit of `yyyymmdd` wrong, or month and day swapped);
/// else; null when either is unknown.
final class DateComparer: Comparer {
    let left: DateColumn
    let right: DateColumn
    let slot: Int

    init(left: DateColumn, right: DateColumn, slot: Int) {
        self.left = left
        self.right = right
        self.slot = slot
    }

    func compare(_ i: Int, _ j: Int, into levels: inout [UInt8]) {
        levels[slot] = Self.level(left.values[i], right.values[j])
    }

    static func level(_ a: Int32, _ b: Int32) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        if a == b { return 1 }
        let (ya, ma, da) = (a / 10_000, a / 100 % 100, a % 100)
        let (yb, mb, db) = (b / 10_000, b / 100 % 100, b % 100)
        if ya == yb && ma == db && da == mb { return 2 }
        var differing = 0
        var x = a
        var y = b
        for _ in 0..<8 {
            if x % 10 != y % 10 { differing += 1 }
            x /= 10
            y /= 10
        }
        return differing == 1 ? 2 : 3
    }

    func termFrequencyLog2(slot: Int, level: UInt8, _ i: Int, _ j: Int) -> Float? { nil }
}

/// Compares a left record's address with every address of the right record's history:
/// exact and valid on the left record's reference date; exact but valid at another time;
/// the same town and 丁目; the same municipality; the reference date before the whole
/// known history (the register keeps only recent addresses); else; null when an address
/// is unknown or its municipality unresolved.
final class AddressComparer: Comparer {
    let left: AddressColumn
    let right: AddressColumn
    let slot: Int
    /// Days of slack around a validity interval: a ledger records a move up to weeks after it.
    static let slackDays: Int32 = 30

    init(left: AddressColumn, right: AddressColumn, slot: Int) {
        self.left = left
        self.right = right
        self.slot = slot
    }

    func compare(_ i: Int, _ j: Int, into levels: inout [UInt8]) {
        levels[slot] = level(i, j)
    }

    func level(_ i: Int, _ j: Int) -> UInt8 {
        let mine = left.entries(of: i)
        let theirs = right.entries(of: j)
        if mine.isEmpty || theirs.isEmpty { return 0 }
        let reference = left.referenceDay[i]
        var best: UInt8 = 6
        var earliest = Int32.max
        for b in theirs {
            earliest = min(earliest, b.fromDay)
            for a in mine {
                if a.place != 0 && a.place == b.place {
                    if isValid(b, on: reference) { return 1 }
                    best = min(best, 2)
                } else if a.town != 0 && a.town == b.town {
                    best = min(best, 3)
                } else if a.municipality == b.municipality {
                    best = min(best, 4)
                }
            }
        }
        if best == 6, reference != Int32.min, earliest != Int32.min, reference < earliest - Self.slackDays { return 5 }
        return best
    }

    /// Whether an entry was valid on `day` (with slack); without a day, whether it is current.
    func isValid(_ entry: AddressColumn.Entry, on day: Int32) -> Bool {
        guard day != Int32.min else { return entry.toDay == Int32.max }
        let from = entry.fromDay == Int32.min ? Int32.min : entry.fromDay - Self.slackDays
        let to = entry.toDay == Int32.max ? Int32.max : entry.toDay + Self.slackDays
        return from <= day && day < to
    }

    func termFrequencyLog2(slot: Int, level: UInt8, _ i: Int, _ j: Int) -> Float? {
        guard level == 1 || level == 2 else { return nil }
        let places = Set(left.entries(of: i).map(\.place))
        var best: Float?
        for entry in right.entries(of: j) where entry.place != 0 && places.contains(entry.place) {
            best = max(best ?? -Float.infinity, entry.placeFrequencyLog2)
        }
        return best
    }
}

/// Compares text values: exact, then the declared similarity levels in order, else; null
/// when either is empty.
final class TextComparer: Comparer {
    let left: TextColumn
    let right: TextColumn
    let slot: Int
    let levels: [TextLevel]
    let frequencies: FrequencyTable?

    init(left: TextColumn, right: TextColumn, slot: Int, levels: [TextLevel], termFrequency: Bool) {
        self.left = left
        self.right = right
        self.slot = slot
        self.levels = levels
        frequencies = termFrequency ? FrequencyTable(values: right.hashes, total: right.count) : nil
    }

    func compare(_ i: Int, _ j: Int, into out: inout [UInt8]) {
        let a = left.hashes[i]
        let b = right.hashes[j]
        if a == 0 || b == 0 {
            out[slot] = 0
            return
        }
        if a == b {
            out[slot] = 1
            return
        }
        let x = left.scalars[left.spans[i]]
        let y = right.scalars[right.spans[j]]
        for (index, level) in levels.enumerated() {
            switch level {
            case .jaroWinkler(let threshold):
                if Similarity.jaroWinkler(x, y) >= threshold {
                    out[slot] = UInt8(2 + index)
                    return
                }
            case .levenshtein(let distance):
                if Similarity.levenshtein(x, y, limit: distance) <= distance {
                    out[slot] = UInt8(2 + index)
                    return
                }
            }
        }
        out[slot] = UInt8(2 + levels.count)
    }

    func termFrequencyLog2(slot: Int, level: UInt8, _ i: Int, _ j: Int) -> Float? {
        guard level == 1, let frequencies else { return nil }
        return frequencies.log2Share(of: right.hashes[j])
    }
}
