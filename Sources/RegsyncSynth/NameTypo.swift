import RegsyncCore

/// Typos ledgers make in names: a confusable kanji swapped, a character dropped or doubled,
/// or a wrong kana in the reading. One typo per name, always a visible change.
enum NameTypo {
    /// What a typo did.
    enum Operation: String, Sendable, CaseIterable {
        case confusable, dropped, doubled, kana
    }

    /// Confusable kanji pairs: the `never` grade of the project's variant table (RegsyncText,
    /// docs/names.md: shape confusables such as 大/太, 末/未, 土/士, 己/巳/已, 崇/祟, 萩/荻,
    /// 冶/治, 秦/奏, and same-reading characters an input method offers side by side such as
    /// 浪/波, 船/舟, 糟/粕), without 芧/茅 and 柿/杮 (not in CP932), plus 裕/祐 and 綾/稜
    /// (asked for with issue 9's synthetic data; not in the table, so a matcher sees them
    /// as an ordinary substitution).
    static let confusablePairs = [
        "佐左", "埼崎", "萩荻", "己巳", "己已", "巳已", "済斉", "浪波", "船舟", "糟粕", "堺界", "冶治", "磐盤", "秦奏", "埴植", "肉宍",
        "舂春", "誥詰", "大太", "末未", "土士", "崇祟", "裕祐", "綾稜",
    ]

    /// Character → the characters it is mistaken for.
    static let confusables = table(confusablePairs)

    /// Katakana mistaken for each other: shapes (シ/ツ, ソ/ン, ウ/ワ, ヌ/ス, チ/テ, ク/タ) and
    /// a voicing mark dropped or added (ガ/カ … ボ/ホ).
    static let kanaPairs = [
        "シツ", "ソン", "ウワ", "ヌス", "チテ", "クタ", "カガ", "キギ", "クグ", "ケゲ", "コゴ", "サザ", "シジ", "スズ", "セゼ", "ソゾ",
        "タダ", "チヂ", "ツヅ", "テデ", "トド", "ハバ", "ヒビ", "フブ", "ヘベ", "ホボ",
    ]

    /// Kana → the kana it is mistaken for.
    static let kanaConfusables = table(kanaPairs)

    /// Two-character pairs → each character with the ones it is mistaken for, both ways.
    static func table(_ pairs: [String]) -> [Character: [Character]] {
        var table: [Character: [Character]] = [:]
        for pair in pairs {
            let characters = Array(pair)
            table[characters[0], default: []].append(characters[1])
            table[characters[1], default: []].append(characters[0])
        }
        return table
    }

    /// Applies one typo to a name: a confusable kanji (half the typos, where the name has
    /// one), a dropped or a doubled character (15 % each), or a wrong kana in the reading
    /// (20 %, only where `readingWritten`). An operation the name offers no place for gives
    /// way to the next one that applies.
    static func apply(
        surname: inout String, given: inout String, reading: inout String, readingWritten: Bool,
        _ rng: inout SplitMix64
    ) -> Operation {
        let first = Operation.allCases[rng.pick(weights: [50, 15, 15, readingWritten ? 20 : 0])]
        var order = Array(Operation.allCases.drop(while: { $0 != first }))
        order += Operation.allCases.prefix(while: { $0 != first })
        if !readingWritten { order.removeAll { $0 == .kana } }
        for operation in order {
            switch operation {
            case .confusable:
                if swapConfusable(&surname, &given, &rng) { return .confusable }
            case .dropped:
                if drop(&surname, &given, &rng) { return .dropped }
            case .doubled:
                double(&surname, &given, &rng)
                return .doubled
            case .kana:
                if swapKana(&reading, &rng) { return .kana }
            }
        }
        double(&surname, &given, &rng)
        return .doubled
    }

    /// Replaces one character that has a confusable (chosen among all such characters).
    static func swapConfusable(_ surname: inout String, _ given: inout String, _ rng: inout SplitMix64) -> Bool {
        var parts = [Array(surname), Array(given)]
        let places = parts.indices.flatMap { part in
            parts[part].indices.filter { confusables[parts[part][$0]] != nil }.map { (part, $0) }
        }
        guard !places.isEmpty else { return false }
        let (part, position) = places[rng.below(places.count)]
        parts[part][position] = rng.pick(confusables[parts[part][position]]!)
        surname = String(parts[0])
        given = String(parts[1])
        return true
    }

    /// Drops one character of a part that has at least two.
    static func drop(_ surname: inout String, _ given: inout String, _ rng: inout SplitMix64) -> Bool {
        var parts = [Array(surname), Array(given)]
        let eligible = parts.indices.filter { parts[$0].count >= 2 }
        guard !eligible.isEmpty else { return false }
        let part = eligible[rng.below(eligible.count)]
        parts[part].remove(at: rng.below(parts[part].count))
        surname = String(parts[0])
        given = String(parts[1])
        return true
    }

    /// Writes one character twice.
    static func double(_ surname: inout String, _ given: inout String, _ rng: inout SplitMix64) {
        var parts = [Array(surname), Array(given)]
        let position = rng.below(parts[0].count + parts[1].count)
        let part = position < parts[0].count ? 0 : 1
        let index = part == 0 ? position : position - parts[0].count
        parts[part].insert(parts[part][index], at: index)
        surname = String(parts[0])
        given = String(parts[1])
    }

    /// Replaces one kana of the reading by one it is mistaken for.
    static func swapKana(_ reading: inout String, _ rng: inout SplitMix64) -> Bool {
        var characters = Array(reading)
        let places = characters.indices.filter { kanaConfusables[characters[$0]] != nil }
        guard !places.isEmpty else { return false }
        let position = places[rng.below(places.count)]
        characters[position] = rng.pick(kanaConfusables[characters[position]]!)
        reading = String(characters)
        return true
    }
}
