import RegsyncCore

/// Kana conversions for the notations ledgers use: hiragana, half-width katakana, and a
/// simplified Hepburn romanisation for the English names of the corporate-number data.
enum KanaText {
    private static let fullRow = Array(
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー".unicodeScalars)
    private static let halfRow = Array(
        "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ".unicodeScalars)
    private static let halfByFull: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        for (full, half) in zip(fullRow, halfRow) { table[full.value] = half }
        return table
    }()

    /// Full-width katakana → half-width (ガ → ｶﾞ, パ → ﾊﾟ); a full-width space → ASCII space.
    static func halfWidth(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if let half = halfByFull[value] {
                out.append(half)
            } else if value == 0x30F4, let u = halfByFull[0x30A6] {  // ヴ
                out.append(u)
                out.append("ﾞ")
            } else if isVoiced(value), let base = halfByFull[value - 1] {
                out.append(base)
                out.append("ﾞ")
            } else if isSemiVoiced(value), let base = halfByFull[value - 2] {
                out.append(base)
                out.append("ﾟ")
            } else if value == 0x3000 {
                out.append(" ")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isVoiced(_ value: UInt32) -> Bool {
        (0x30AC...0x30C9).contains(value) && (value - 0x30AC) % 2 == 0 && value != 0x30C3
            || [0x30C5, 0x30C7, 0x30C9].contains(value)
            || (0x30D0...0x30DD).contains(value) && (value - 0x30D0) % 3 == 0
    }

    private static func isSemiVoiced(_ value: UInt32) -> Bool {
        (0x30D1...0x30DD).contains(value) && (value - 0x30D1) % 3 == 0
    }

    /// Katakana → hiragana (ー and anything else unchanged).
    static func hiragana(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0x30A1...0x30F6).contains(scalar.value), let h = Unicode.Scalar(scalar.value - 0x60) {
                out.append(h)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static let romaji: [String: String] = {
        var table: [String: String] = [:]
        let singles =
            "ア a イ i ウ u エ e オ o カ ka キ ki ク ku ケ ke コ ko サ sa シ shi ス su セ se ソ so タ ta チ chi ツ tsu テ te ト to "
            + "ナ na ニ ni ヌ nu ネ ne ノ no ハ ha ヒ hi フ fu ヘ he ホ ho マ ma ミ mi ム mu メ me モ mo ヤ ya ユ yu ヨ yo "
            + "ラ ra リ ri ル ru レ re ロ ro ワ wa ヲ o ン n ガ ga ギ gi グ gu ゲ ge ゴ go ザ za ジ ji ズ zu ゼ ze ゾ zo "
            + "ダ da ヂ ji ヅ zu デ de ド do バ ba ビ bi ブ bu ベ be ボ bo パ pa ピ pi プ pu ペ pe ポ po ヴ vu "
            + "キャ kya キュ kyu キョ kyo シャ sha シュ shu ショ sho チャ cha チュ chu チョ cho ニャ nya ニュ nyu ニョ nyo "
            + "ヒャ hya ヒュ hyu ヒョ hyo ミャ mya ミュ myu ミョ myo リャ rya リュ ryu リョ ryo ギャ gya ギュ gyu ギョ gyo "
            + "ジャ ja ジュ ju ジョ jo ビャ bya ビュ byu ビョ byo ピャ pya ピュ pyu ピョ pyo ァ a ィ i ゥ u ェ e ォ o "
            + "ャ ya ュ yu ョ yo"
        let parts = singles.split(separator: " ")
        for i in stride(from: 0, to: parts.count - 1, by: 2) { table[String(parts[i])] = String(parts[i + 1]) }
        return table
    }()

    /// Simplified Hepburn without macrons, as passports and company names write it
    /// (トウキョウ → tokyo, オオサカ → osaka, ヤマダショウジ → yamadashoji).
    static func romanised(_ katakana: String) -> String {
        let characters = Array(katakana)
        var out = ""
        var index = 0
        var doubleNext = false
        while index < characters.count {
            let character = characters[index]
            if character == "ッ" {
                doubleNext = true
                index += 1
                continue
            }
            if character == "ー" {
                index += 1
                continue
            }
            var syllable = romaji[String(character)] ?? ""
            if index + 1 < characters.count, let pair = romaji[String(character) + String(characters[index + 1])],
                "ャュョ".contains(characters[index + 1])
            {
                syllable = pair
                index += 1
            }
            if doubleNext, let first = syllable.first {
                out.append(first == "c" ? "t" : first)
                doubleNext = false
            }
            out += syllable
            index += 1
        }
        // Long vowels written without macrons: ou, oo, uu → o, o, u.
        var folded = ""
        var previous: Character?
        for character in out {
            if let p = previous, (p == "o" && (character == "u" || character == "o")) || (p == "u" && character == "u")
            {
                continue
            }
            folded.append(character)
            previous = character
        }
        return folded
    }

    /// `yamada` → `Yamada`.
    static func capitalised(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}

/// The variant kanji (異体字) that registers and ledgers use for common name and place
/// characters: a resident's register entry may hold the traditional form (髙橋, 渡邊) and a
/// ledger the simplified one, or the other way round.
enum VariantKanji {
    /// Standard character → its variants.
    static let variants: [Character: [Character]] = [
        "高": ["髙"], "崎": ["﨑"], "辺": ["邊", "邉"], "斎": ["齋"], "斉": ["齊"], "沢": ["澤"], "浜": ["濱"],
        "島": ["嶋"], "広": ["廣"], "桜": ["櫻"], "国": ["國"], "竜": ["龍"], "徳": ["德"], "真": ["眞"],
        "条": ["條"], "関": ["關"], "滝": ["瀧"], "曽": ["曾"], "恵": ["惠"], "栄": ["榮"], "蔵": ["藏"], "吉": ["𠮷"],
    ]
    /// Variant → standard.
    static let standard: [Character: Character] = {
        var table: [Character: Character] = [:]
        for (base, list) in variants { for variant in list { table[variant] = base } }
        return table
    }()

    /// Whether `text` has a character with a known variant or standard form.
    static func hasCandidate(_ text: String) -> Bool {
        text.contains { variants[$0] != nil || standard[$0] != nil }
    }

    /// Replaces each standard character that has variants by one of them with probability
    /// `rate` (the first variant twice as often as the others).
    static func toVariant(_ text: String, rate: Double, _ rng: inout SplitMix64) -> String {
        guard text.contains(where: { variants[$0] != nil }) else { return text }
        var out = ""
        for character in text {
            if let list = variants[character], rng.chance(rate) {
                out.append(list.count == 1 || rng.chance(0.6) ? list[0] : list[1 + rng.below(list.count - 1)])
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// Flips characters between their standard and variant forms with probability `rate`.
    static func flip(_ text: String, rate: Double, _ rng: inout SplitMix64) -> String {
        guard hasCandidate(text) else { return text }
        var out = ""
        for character in text {
            if let base = standard[character], rng.chance(rate) {
                out.append(base)
            } else if let list = variants[character], rng.chance(rate) {
                out.append(list[0])
            } else {
                out.append(character)
            }
        }
        return out
    }
}
