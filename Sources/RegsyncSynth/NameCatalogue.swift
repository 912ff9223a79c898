import Foundation
import RegsyncCore

/// The surnames and given names residents are drawn from, parsed once from the embedded
/// tables: a ranked list of common surnames with a realistic frequency skew, a long tail of
/// compound surnames, and given names by sex and birth decade.
public final class NameCatalogue: Sendable {
    /// A name with its reading in full-width katakana.
    public struct Entry: Sendable, Hashable {
        /// The name in kanji (or kana).
        public let text: String
        /// The reading in katakana.
        public let reading: String
    }

    /// The catalogue built from the embedded tables.
    public static let shared = NameCatalogue()

    /// Every surname: the ranked list first, then the compound tail.
    public let surnames: [Entry]
    /// The number of ranked surnames at the start of `surnames`.
    public let rankedSurnameCount: Int
    private let surnameTable: WeightedTable
    /// Given names of the decade lists, keyed by sex (0 male, 1 female) and decade index.
    private let decadeNames: [[[Entry]]]
    private let decadeTables: [[WeightedTable]]
    private let tailNames: [[Entry]]
    /// Given names sharing one reading in different kanji (not variant forms of each
    /// other), per sex: the names twins with the same reading are given.
    private let sameReadingGroups: [[[Entry]]]

    /// The share of residents whose given name comes from the long tail rather than the
    /// decade rankings.
    static let tailShare = 0.18
    /// Decades with their own ranking: 1930 (and earlier) ... 2010 (and later).
    static let decades = [1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010]

    private init() {
        var surnames: [Entry] = []
        var weights: [Double] = []
        var listed = Set<String>()
        for line in NameTableData.surnames.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            surnames.append(Entry(text: String(fields[0]), reading: String(fields[1])))
            weights.append(Double(fields[2])!)
            listed.insert(String(fields[0]))
        }
        rankedSurnameCount = surnames.count
        // Japan has ~125 M people and the ranked list covers about half of them: the rest
        // get rare compound surnames, each with a small share, so that the most common
        // names have roughly their real share (佐藤 ≈ 1.5 %).
        let rankedTotal = weights.reduce(0, +)
        let compounds = Self.compoundSurnames(excluding: listed)
        let tailWeight = max(0, 124_000_000 - rankedTotal) / Double(max(1, compounds.count))
        surnames += compounds
        weights += Array(repeating: tailWeight, count: compounds.count)
        self.surnames = surnames
        surnameTable = WeightedTable(weights)

        var decadeNames = Array(repeating: Array(repeating: [Entry](), count: Self.decades.count), count: 2)
        var tailNames: [[Entry]] = [[], []]
        for line in NameTableData.givenNames.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            let sex = fields[0] == "M" ? 0 : 1
            let entry = Entry(text: String(fields[2]), reading: String(fields[3]))
            if fields[1] == "*" {
                tailNames[sex].append(entry)
            } else if let decade = Self.decades.firstIndex(of: Int(fields[1])!) {
                decadeNames[sex][decade].append(entry)
            }
        }
        self.decadeNames = decadeNames
        // Within a decade's top 20 the frequencies fall off roughly like 1/rank^0.7.
        decadeTables = decadeNames.map { lists in
            lists.map { list in WeightedTable(list.indices.map { 1 / pow(Double($0 + 1), 0.7) }) }
        }
        self.tailNames = tailNames
        sameReadingGroups = [0, 1].map { sex in
            Self.sameReadingGroups(decadeNames[sex].flatMap { $0 } + tailNames[sex])
        }
    }

    /// Groups `entries` by reading, keeping names with a kanji whose standard forms differ,
    /// in the order of first appearance (deterministic: no dictionary is iterated).
    static func sameReadingGroups(_ entries: [Entry]) -> [[Entry]] {
        var groups: [[Entry]] = []
        var groupOfReading: [String: Int] = [:]
        var seen = Set<String>()
        for entry in entries where entry.text.contains(where: LedgerNotation.isKanji) {
            let standard = String(entry.text.map { VariantKanji.standard[$0] ?? $0 })
            guard seen.insert(entry.reading + "\t" + standard).inserted else { continue }
            if let group = groupOfReading[entry.reading] {
                groups[group].append(entry)
            } else {
                groupOfReading[entry.reading] = groups.count
                groups.append([entry])
            }
        }
        return groups.filter { $0.count >= 2 }
    }

    /// Two given names with the same reading in different kanji (陽翔 and 大翔, both ハルト).
    func sameReadingPair(female: Bool, _ rng: inout SplitMix64) -> (Entry, Entry) {
        let group = rng.pick(sameReadingGroups[female ? 1 : 0])
        let first = rng.below(group.count)
        let second = (first + 1 + rng.below(group.count - 1)) % group.count
        return (group[first], group[second])
    }

    /// Draws a surname index.
    public func drawSurname(_ rng: inout SplitMix64) -> Int {
        surnameTable.draw(&rng)
    }

    /// Draws a given name for a person of `female` sex born in `birthYear`.
    public func drawGivenName(female: Bool, birthYear: Int, _ rng: inout SplitMix64) -> Entry {
        let sex = female ? 1 : 0
        if rng.chance(Self.tailShare) {
            return rng.pick(tailNames[sex])
        }
        let decade = max(0, min(Self.decades.count - 1, (birthYear - 1930) / 10))
        return decadeNames[sex][decade][decadeTables[sex][decade].draw(&rng)]
    }

    /// Plausible rare surnames made of a common first and second element (石 + 塚, 梅 + 沢),
    /// with the usual voicing of the second element (石塚 イシヅカ, 梅沢 ウメザワ) decided
    /// per name by a stable hash.
    static func compoundSurnames(excluding listed: Set<String>) -> [Entry] {
        let firsts = Self.pairs(
            "大オオ 小コ 上カミ 下シモ 北キタ 南ミナミ 東ヒガシ 西ニシ 石イシ 岩イワ 松マツ 竹タケ 梅ウメ 桜サクラ 杉スギ 柳ヤナギ "
                + "高タカ 長ナガ 新ニイ 古フル 今イマ 宮ミヤ 浅アサ 深フカ 平ヒラ 前マエ 奥オク 福フク 吉ヨシ 藤フジ 金カネ 白シラ "
                + "黒クロ 赤アカ 青アオ 水ミズ 菊キク 柴シバ 萩ハギ 芦アシ 星ホシ 舟フナ 牛ウシ 鶴ツル 亀カメ 熊クマ 鳥トリ 桑クワ "
                + "栗クリ 桐キリ 稲イナ 麦ムギ 花ハナ 鬼オニ 寺テラ 門カド 市イチ 堀ホリ 富トミ 春ハル 秋アキ 冬フユ 朝アサ 夏ナツ")
        let seconds = Self.pairs(
            "田タ:ダ 野ノ 川カワ:ガワ 山ヤマ 村ムラ 本モト 原ハラ 沢サワ:ザワ 島シマ:ジマ 崎サキ:ザキ 谷タニ:ヤ 口グチ 内ウチ "
                + "岡オカ 坂サカ 橋ハシ:バシ 浦ウラ 池イケ 井イ 木キ:ギ 部ベ 瀬セ 尾オ 江エ 森モリ 林バヤシ 塚ツカ:ヅカ 垣ガキ 場バ 城シロ 見ミ 倉クラ:グラ")
        var out: [Entry] = []
        for first in firsts {
            for second in seconds where first.text != second.text {
                let text = first.text + second.text
                guard !listed.contains(text) else { continue }
                let readings = second.reading.split(separator: ":")
                let voiced = readings.count > 1 && StableHash.of(text) % 3 != 0
                out.append(Entry(text: text, reading: first.reading + String(readings[voiced ? 1 : 0])))
            }
        }
        return out
    }

    /// `石イシ 岩イワ` → entries; the kanji is the first character.
    static func pairs(_ list: String) -> [Entry] {
        list.split(separator: " ").map { Entry(text: String($0.prefix(1)), reading: String($0.dropFirst())) }
    }
}
