extension NormalizedAddress {
    /// The address in standard notation for writing into a registry:
    /// 東京都千代田区霞が関一丁目3番1号, 長野県北安曇郡白馬村大字北城1234番地5 style.
    ///
    /// 丁目 in kanji numerals, 番/号 and 番地 in Arabic digits (as the address base registry
    /// and most registries write them); lot numbers (番地, or bare numbers in a town without
    /// 丁目) as "123番地4", residence numbers as "3番1号"; Kyoto's street before the town;
    /// 小字 as 字…, 地割 as 第N地割; the rest after one space. Unknown parts are left out.
    public var rendered: String {
        var out = ""
        out.reserveCapacity(64)
        out += prefecture ?? ""
        out += municipality ?? ""
        out += street ?? ""
        if let oaza { out += "大字" + oaza }
        out += town ?? ""
        if let koaza, !koazaAfterChome { out += "字" + koaza }
        if let chiwari { out += "第\(chiwari)地割" }
        if let chome { out += Self.kanjiNumeral(chome) + "丁目" }
        if let koaza, koazaAfterChome { out += koaza }
        if let ban {
            if usesBanchi {
                out += ban + "番地" + (go ?? "")
            } else {
                out += ban + "番" + (go.map { $0 + "号" } ?? "")
            }
        } else if let go {
            out += go + "号"
        }
        if let rest, !rest.isEmpty {
            out += out.isEmpty ? rest : " " + rest
        }
        return out
    }

    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 百五.
    static func kanjiNumeral(_ value: Int) -> String {
        let digits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard value > 0 else { return "〇" }
        guard value < 10_000 else { return String(value) }
        var out = ""
        var rest = value
        for (unit, mark) in [(1000, "千"), (100, "百"), (10, "十")] {
            let d = rest / unit
            rest %= unit
            if d > 0 { out += (d == 1 ? "" : String(digits[d])) + mark }
        }
        if rest > 0 { out.append(digits[rest]) }
        return out
    }
}
