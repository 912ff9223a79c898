import RegsyncCore
import RegsyncText

/// Writes addresses and names the way legacy ledgers hold them: omitted prefectures,
/// 郡 left out, 大字 added, ヶ/ケ/が, variant kanji, kanji numerals, full-width digits,
/// hyphen styles, spacing, buildings dropped. Every variant reads back, through the
/// normaliser's rules (docs/addresses.md), as the same address as the standard notation.
public struct LedgerNotation: Sendable {
    let places: PlaceCatalogue
    /// Hyphens this file may use (U+2212 − is left out of CP932/EUC-JP files: glibc maps
    /// it only one way).
    let hyphens: [String]
    /// Whether the file is CP932 or EUC-JP.
    let legacy: Bool
    /// The probability that a surname character with a variant form is written in the other
    /// form (half of it for given names).
    let variantRate: Double

    /// Creates a notation writer for a file in `encoding`.
    public init(encoding: TextEncoding, variantRate: Double = 0.1, places: PlaceCatalogue = .shared) {
        self.places = places
        self.variantRate = variantRate
        legacy = encoding != .utf8
        hyphens = encoding == .utf8 ? ["-", "－", "‐", "−", "―", "ー"] : ["-", "－", "‐", "―", "ー"]
    }

    /// How the numbers of an address are written.
    enum NumberStyle: CaseIterable {
        case standard, fullWidth, kanji, hyphenated, fullWidthHyphenated
    }

    /// Variant characters safe for place names in every encoding (no 𠮷).
    static let placeVariants: [Character: Character] = [
        "崎": "﨑", "沢": "澤", "浜": "濱", "辺": "邊", "島": "嶋", "高": "髙", "広": "廣", "桜": "櫻", "国": "國",
        "竜": "龍", "真": "眞", "条": "條", "関": "關", "滝": "瀧",
    ]

    /// A ledger notation of `place`.
    /// - Parameters:
    ///   - keepBuilding: the probability that a building and room are written.
    ///   - municipalityOnly: write only the prefecture and municipality (an officer whose
    ///     address is shown to the municipality only).
    public func address(
        _ place: Place, _ rng: inout SplitMix64, keepBuilding: Double = 0.6, municipalityOnly: Bool = false
    ) -> String {
        let municipality = places.municipalities[Int(place.municipality)]
        var out = ""
        let omitPrefecture = municipality.nameIsUnique && !municipalityOnly && rng.chance(0.15)
        if !omitPrefecture { out += municipality.prefecture }
        var municipalityName = municipality.name
        if !omitPrefecture, rng.chance(0.25), let gun = municipalityName.firstIndex(of: "郡"),
            municipalityName.hasSuffix("町") || municipalityName.hasSuffix("村")
        {
            municipalityName = String(municipalityName[municipalityName.index(after: gun)...])
        }
        out += municipalityName
        if municipalityOnly { return out }

        var town = place.town >= 0 ? places.towns[Int(place.town)].name : ""
        if !town.isEmpty {
            if rng.chance(0.06) { out += rng.chance(0.5) ? "\u{3000}" : " " }
            town = Self.swapGa(town, &rng)
            if rng.chance(0.2) { town = String(town.map { Self.placeVariants[$0] ?? $0 }) }
            if place.chome == 0, municipality.name.hasSuffix("町") || municipality.name.hasSuffix("村"),
                !town.hasPrefix("大字"), rng.chance(0.3)
            {
                town = "大字" + town
            }
            out += town
            if rng.chance(0.12) { out += rng.chance(0.5) ? "\u{3000}" : " " }
        }
        out += numbers(place, style: NumberStyle.allCases[rng.pick(weights: [30, 18, 14, 20, 18])], &rng)
        if place.building != 0, rng.chance(keepBuilding) {
            out += rng.chance(0.6) ? "\u{3000}" : " "
            out += BuildingNames.name(place.building)
            let room = String(place.room)
            switch rng.below(4) {
            case 0: out += Numerals.fullWidth(room) + "号室"
            case 1: out += room + "号室"
            case 2: out += room + "号"
            default: out += Numerals.fullWidth(room)
            }
        }
        return out
    }

    /// 丁目/番/号 or 番地 in one style.
    func numbers(_ place: Place, style: NumberStyle, _ rng: inout SplitMix64) -> String {
        let chome = Int(place.chome)
        let ban = Int(place.ban)
        let go = Int(place.go)
        let hyphen = hyphens[rng.below(hyphens.count)]
        if chome > 0 {
            switch style {
            case .standard:
                return Numerals.kanji(chome) + "丁目\(ban)番" + (go > 0 ? "\(go)号" : "")
            case .fullWidth:
                return Numerals.fullWidth("\(chome)丁目\(ban)番" + (go > 0 ? "\(go)号" : ""))
            case .kanji:
                if go > 0, rng.chance(0.5) {
                    return Numerals.kanji(chome) + "丁目" + Numerals.kanji(ban) + "番地の" + Numerals.kanji(go)
                }
                return Numerals.kanji(chome) + "丁目" + Numerals.kanji(ban) + "番"
                    + (go > 0 ? Numerals.kanji(go) + "号" : "")
            case .hyphenated:
                return "\(chome)-\(ban)" + (go > 0 ? "-\(go)" : "")
            case .fullWidthHyphenated:
                return Numerals.fullWidth("\(chome)") + hyphen + Numerals.fullWidth("\(ban)")
                    + (go > 0 ? hyphen + Numerals.fullWidth("\(go)") : "")
            }
        }
        switch style {
        case .standard:
            return "\(ban)番地" + (go > 0 ? "\(go)" : "")
        case .fullWidth:
            return Numerals.fullWidth("\(ban)番地" + (go > 0 ? "の\(go)" : ""))
        case .kanji:
            return Numerals.kanji(ban) + "番地" + (go > 0 ? "の" + Numerals.kanji(go) : "")
        case .hyphenated:
            return go > 0 ? "\(ban)-\(go)" : "\(ban)番地"
        case .fullWidthHyphenated:
            return go > 0
                ? Numerals.fullWidth("\(ban)") + hyphen + Numerals.fullWidth("\(go)") : Numerals.fullWidth("\(ban)")
        }
    }

    /// ヶ, ケ and が between kanji are one letter in place names (霞が関, 霞ヶ関, 霞ケ関).
    static func swapGa(_ town: String, _ rng: inout SplitMix64) -> String {
        let characters = Array(town)
        guard characters.count >= 3, rng.chance(0.4) else { return town }
        var out = characters
        for index in 1..<(characters.count - 1) where "ヶケが".contains(characters[index]) {
            guard isKanji(characters[index - 1]), isKanji(characters[index + 1]) else { continue }
            out[index] = ["ヶ", "ケ", "が"][rng.below(3)]
        }
        return String(out)
    }

    static func isKanji(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    /// A person's name as a ledger writes it, part by part.
    struct NameParts {
        var surname: String
        var given: String
        var separator: String
        var text: String { surname + separator + given }
    }

    /// A person's name as a ledger holds it: variant kanji flipped at `variantRate` (surname)
    /// and half of it (given name), and a full-width space, an ASCII space, two spaces or
    /// none between the parts.
    func personNameParts(surname: String, given: String, _ rng: inout SplitMix64) -> NameParts {
        var s = VariantKanji.flip(surname, rate: variantRate, &rng)
        var g = VariantKanji.flip(given, rate: variantRate / 2, &rng)
        // A legacy system without 𠮷 writes 吉 (JIS degeneration), or rarely a 〓.
        if legacy, rng.chance(0.9) {
            s = String(s.map { $0 == "𠮷" ? "吉" : $0 })
            g = String(g.map { $0 == "𠮷" ? "吉" : $0 })
        }
        let separator = ["\u{3000}", " ", "", "  "][rng.pick(weights: [55, 20, 20, 5])]
        return NameParts(surname: s, given: g, separator: separator)
    }

    /// A corporation's name as a ledger writes it: the designation spelled out or
    /// abbreviated (株式会社, ㈱, (株), （株）), usually where the registered name has it,
    /// sometimes on the wrong side.
    public func entityName(_ corporation: Corporation, _ rng: inout SplitMix64) -> String {
        guard let designation = corporation.designation else { return corporation.name }
        let forms = LegalDesignation.abbreviations[designation] ?? [designation]
        let written = rng.chance(0.55) ? designation : forms[rng.below(forms.count)]
        let front = rng.chance(0.06) ? !corporation.designationFirst : corporation.designationFirst
        let space = rng.chance(0.1) ? "\u{3000}" : ""
        return front ? written + space + corporation.baseName : corporation.baseName + space + written
    }
}

/// Legal-form designations and the abbreviations ledgers use for them.
enum LegalDesignation {
    static let abbreviations: [String: [String]] = [
        "株式会社": ["㈱", "(株)", "（株）"],
        "有限会社": ["㈲", "(有)", "（有）"],
        "合同会社": ["(同)", "（同）"],
        "合資会社": ["㈾", "(資)"],
        "合名会社": ["(名)", "（名）"],
    ]
}
