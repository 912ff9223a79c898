import RegsyncText

/// One address: a town of a municipality with 丁目/番/号 (or a lot number, 番地), and
/// optionally a building and room (方書). Twelve bytes of numbers; names are looked up in
/// `PlaceCatalogue` when the address is written.
public struct Place: Sendable, Hashable {
    /// Index into `PlaceCatalogue.municipalities`.
    public var municipality: Int32
    /// Index into `PlaceCatalogue.towns`, or -1 when the municipality names no towns.
    public var town: Int32
    /// The 丁目, or 0 for a town without 丁目 (the numbers are then a lot number).
    public var chome: Int16 = 0
    /// The 番 (or the lot number, 番地).
    public var ban: Int16 = 1
    /// The 号 (or the lot's branch number), or 0 when there is none.
    public var go: Int16 = 0
    /// A seed naming the building, or 0 when there is none.
    public var building: UInt32 = 0
    /// The room number when there is a building.
    public var room: Int16 = 0

    /// Creates a place in a municipality and town.
    public init(municipality: Int32, town: Int32) {
        self.municipality = municipality
        self.town = town
    }

    /// Whether the numbers are a lot number (番地) rather than a residence number (番/号).
    public var usesBanchi: Bool { chome == 0 }

    /// The address without the building, in the standard notation the normaliser renders:
    /// 東京都千代田区霞が関一丁目3番1号, 長野県北安曇郡白馬村北城7025番地5.
    public func standardAddress(_ catalogue: PlaceCatalogue = .shared) -> String {
        let municipality = catalogue.municipalities[Int(self.municipality)]
        return municipality.prefecture + municipality.name + townAndNumbers(catalogue)
    }

    /// The town and numbers in standard notation (霞が関一丁目3番1号).
    public func townAndNumbers(_ catalogue: PlaceCatalogue = .shared) -> String {
        var out = town >= 0 ? catalogue.towns[Int(town)].name : ""
        if chome > 0 {
            out += Numerals.kanji(Int(chome)) + "丁目" + String(ban) + "番"
            if go > 0 { out += String(go) + "号" }
        } else {
            out += String(ban) + "番地"
            if go > 0 { out += String(go) }
        }
        return out
    }

    /// The 方書 as a resident register writes it (サンハイツ２０３号室), or "" when there is none.
    public var katagaki: String {
        guard building != 0 else { return "" }
        return BuildingNames.name(building) + Numerals.fullWidth(String(room)) + "号室"
    }

    /// The full address as the normaliser renders it: standard notation, then one space and
    /// the width-folded building when there is one. This is the form of the expected
    /// addresses in the ground truth.
    public func renderedAddress(_ catalogue: PlaceCatalogue = .shared) -> String {
        let base = standardAddress(catalogue)
        return building == 0 ? base : base + " " + CharacterFolding.foldWidth(katagaki)
    }
}

/// Numerals in the notations ledgers use.
enum Numerals {
    private static let digits: [String] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 1 → 一, 12 → 十二, 20 → 二十, 1234 → 千二百三十四.
    static func kanji(_ value: Int) -> String {
        guard value > 0 else { return "〇" }
        var out = ""
        var rest = value
        for (unit, mark) in [(1000, "千"), (100, "百"), (10, "十")] {
            let digit = rest / unit
            rest %= unit
            if digit > 0 { out += (digit == 1 ? "" : digits[digit]) + mark }
        }
        if rest > 0 { out += digits[rest] }
        return out
    }

    /// 2026 → 二〇二六 (digit by digit, as some ledgers write years and room numbers).
    static func kanjiDigits(_ value: Int) -> String {
        String(value).map { digits[Int(String($0))!] }.joined()
    }

    /// ASCII digits (and -) → full-width.
    static func fullWidth(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0x21...0x7E).contains(scalar.value), let wide = Unicode.Scalar(scalar.value + 0xFEE0) {
                out.append(wide)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Zero-padded decimal.
    static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

/// Building names (apartment houses, offices) derived from a seed.
enum BuildingNames {
    private static let words = Array(
        ("サン グリーン ローズ フラワー ハーモニー エクセル リバーサイド ヒルトップ 桜 緑 若葉 青葉 朝日 富士 松風 白鳥 藤 光 栄 泉 "
            + "カーサ ベル シャトー ロイヤル セント アーバン エスポワール アルカディア ルミエール 旭 千代 常盤 みどり 春日 ことぶき").split(
                separator: " "
            ).map(String.init))
    private static let forms = ["%ハイツ", "%マンション", "コーポ%", "%荘", "メゾン%", "%レジデンス", "パーク%", "%ハイム", "グラン%", "%コート"]

    /// The building name for a seed (サンハイツ, コーポ若葉, グラン桜Ａ棟).
    static func name(_ seed: UInt32) -> String {
        let word = words[Int(seed >> 8) % words.count]
        let form = forms[Int(seed >> 20) % forms.count]
        var name = form.replacingOccurrences(of: "%", with: word)
        switch seed % 23 {
        case 0: name += "Ａ棟"
        case 1: name += "Ｂ棟"
        case 2: name = "第二" + name
        default: break
        }
        return name
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
