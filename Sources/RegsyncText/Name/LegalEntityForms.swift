/// The legal-form designations and body names that mark a holder as a legal entity, and the matcher
/// that finds them in a folded name. Sources: 会社法 (株式会社, 合名/合資/合同会社), 会社法の施行に伴う
/// 関係法律の整備等に関する法律 (特例有限会社), the 法人 laws named in each kind, the 全国銀行協会 account-name
/// abbreviations (カ), ユ), (シヤ …), and NFKC's readings of ㈱ ㈲ ㈳ ㈶ ㈾ ㈻ ㈿ ㍿.
final class LegalEntityForms: Sendable {
    static let shared = LegalEntityForms()

    /// Where a designation may stand for it to count.
    enum Placement: String {
        case anywhere, edge, prefix, suffix
    }

    /// One designation or body word.
    struct Form: Sendable {
        let scalars: [UInt32]
        let kind: LegalEntityKind
        let placement: Placement
        /// Whether the word is a designation to drop from the key (株式会社) or part of the name (銀行).
        let removable: Bool
    }

    /// A designation found in a name.
    struct Match: Sendable {
        let kind: LegalEntityKind
        let range: Range<Int>
        let removable: Bool
    }

    private let formsByFirst: [UInt32: [Form]]
    /// One bit per BMP code point that starts a form: most characters of a personal name start none,
    /// and a bit test is cheaper than a hash lookup.
    private let firstBits: [UInt64]
    private let abbreviations: [[UInt32]: LegalEntityKind]
    private let englishSuffixes: [(scalars: [UInt32], kind: LegalEntityKind)]

    private init() {
        var byFirst: [UInt32: [Form]] = [:]
        for line in Self.words.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            let form = Form(
                scalars: fields[0].unicodeScalars.map(\.value),
                kind: LegalEntityKind(rawValue: String(fields[1]))!,
                placement: Placement(rawValue: String(fields[2]))!,
                removable: fields[3] == "remove")
            byFirst[form.scalars[0], default: []].append(form)
        }
        var abbreviations: [[UInt32]: LegalEntityKind] = [:]
        for line in Self.bracketAbbreviations.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            abbreviations[fields[0].unicodeScalars.map(\.value)] = LegalEntityKind(rawValue: String(fields[1]))!
        }
        var english: [(scalars: [UInt32], kind: LegalEntityKind)] = []
        for line in Self.english.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            english.append((fields[0].unicodeScalars.map(\.value), LegalEntityKind(rawValue: String(fields[1]))!))
        }
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for first in byFirst.keys where first < 0x10000 {
            bits[Int(first >> 6)] |= 1 << UInt64(first & 63)
        }
        self.firstBits = bits
        self.formsByFirst = byFirst
        self.abbreviations = abbreviations
        self.englishSuffixes = english.sorted { $0.scalars.count > $1.scalars.count }
    }

    /// The longest designation or body word in `compact` (spaces removed, kana in katakana), if any.
    func findWord(in compact: [UInt32]) -> Match? {
        var best: Match?
        var bestLength = 0
        for start in compact.indices {
            let first = compact[start]
            guard first < 0x10000, firstBits[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0,
                let forms = formsByFirst[first]
            else { continue }
            for form in forms where form.scalars.count > bestLength {
                let end = start + form.scalars.count
                guard end <= compact.count, compact[start..<end].elementsEqual(form.scalars) else { continue }
                switch form.placement {
                case .anywhere: break
                case .edge: guard start == 0 || end == compact.count else { continue }
                case .prefix: guard start == 0 else { continue }
                case .suffix: guard end == compact.count else { continue }
                }
                // JA is a prefix only before a name, never inside a Latin word (JAMES).
                if form.scalars == [0x4A, 0x41] {
                    guard end < compact.count, !NameScalar.isASCIILetter(compact[end]) else { continue }
                }
                // The whole name being a designation (株式会社 alone) names no entity.
                if form.removable && start == 0 && end == compact.count { continue }
                best = Match(kind: form.kind, range: start..<end, removable: form.removable)
                bestLength = form.scalars.count
            }
        }
        return best
    }

    /// The kind a bracketed abbreviation stands for: (株), (有), (一社), (カ), (シヤ), …
    /// `content` is spaceless, in katakana, with small kana made large.
    func abbreviation(_ content: [UInt32]) -> LegalEntityKind? {
        abbreviations[content]
    }

    /// A Latin legal-form suffix at the end of `joined` (the name upper-cased, single spaces, no space
    /// after "." or ","): the kind and how many trailing scalars it covers.
    func englishSuffix(in joined: [UInt32]) -> (kind: LegalEntityKind, length: Int)? {
        for (scalars, kind) in englishSuffixes where joined.count > scalars.count {
            guard joined.suffix(scalars.count).elementsEqual(scalars) else { continue }
            // The suffix must start a word: after a space, punctuation or a non-Latin character (ZINC
            // does not end in INC).
            let before = joined[joined.count - scalars.count - 1]
            if before == 0x20 || !NameScalar.isASCIILetter(before) {
                return (kind, scalars.count)
            }
        }
        return nil
    }

    // pattern, kind, placement, remove|keep. Longer words win over the shorter ones they contain.
    private static let words = #"""
        株式会社	kabushiki_kaisha	anywhere	remove
        有限会社	yugen_kaisha	anywhere	remove
        合名会社	gomei_kaisha	anywhere	remove
        合資会社	goshi_kaisha	anywhere	remove
        合同会社	godo_kaisha	anywhere	remove
        相互会社	sogo_kaisha	anywhere	remove
        特定目的会社	tokutei_mokuteki_kaisha	anywhere	remove
        一般社団法人	ippan_shadan_hojin	anywhere	remove
        一般財団法人	ippan_zaidan_hojin	anywhere	remove
        公益社団法人	koeki_shadan_hojin	anywhere	remove
        公益財団法人	koeki_zaidan_hojin	anywhere	remove
        社団法人	shadan_hojin	anywhere	remove
        財団法人	zaidan_hojin	anywhere	remove
        特定非営利活動法人	tokutei_hieiri_katsudo_hojin	anywhere	remove
        NPO法人	tokutei_hieiri_katsudo_hojin	anywhere	remove
        医療法人社団	iryo_hojin	anywhere	remove
        医療法人財団	iryo_hojin	anywhere	remove
        医療法人	iryo_hojin	anywhere	remove
        社会福祉法人	shakai_fukushi_hojin	anywhere	remove
        学校法人	gakko_hojin	anywhere	remove
        宗教法人	shukyo_hojin	anywhere	remove
        地方独立行政法人	chiho_dokuritsu_gyosei_hojin	anywhere	remove
        独立行政法人	dokuritsu_gyosei_hojin	anywhere	remove
        国立大学法人	kokuritsu_daigaku_hojin	anywhere	remove
        弁護士法人	professional_hojin	anywhere	remove
        税理士法人	professional_hojin	anywhere	remove
        司法書士法人	professional_hojin	anywhere	remove
        行政書士法人	professional_hojin	anywhere	remove
        監査法人	professional_hojin	anywhere	remove
        社会保険労務士法人	professional_hojin	anywhere	remove
        土地家屋調査士法人	professional_hojin	anywhere	remove
        弁理士法人	professional_hojin	anywhere	remove
        特許業務法人	professional_hojin	anywhere	remove
        農業協同組合	nogyo_kyodo_kumiai	anywhere	remove
        漁業協同組合	gyogyo_kyodo_kumiai	anywhere	remove
        消費生活協同組合	seikatsu_kyodo_kumiai	anywhere	remove
        生活協同組合	seikatsu_kyodo_kumiai	anywhere	remove
        有限責任事業組合	yugen_sekinin_jigyo_kumiai	anywhere	remove
        協同組合	kyodo_kumiai	anywhere	remove
        農協	nogyo_kyodo_kumiai	edge	remove
        漁協	gyogyo_kyodo_kumiai	edge	remove
        生協	seikatsu_kyodo_kumiai	edge	remove
        JA	nogyo_kyodo_kumiai	prefix	remove
        組合	kumiai	suffix	keep
        信用金庫	financial_institution	anywhere	keep
        信用組合	financial_institution	anywhere	keep
        労働金庫	financial_institution	anywhere	keep
        農林中央金庫	financial_institution	anywhere	keep
        銀行	financial_institution	suffix	keep
        公社	other_body	suffix	keep
        機構	other_body	suffix	keep
        事業団	other_body	suffix	keep
        協会	other_body	suffix	keep
        基金	other_body	suffix	keep
        連合会	other_body	suffix	keep
        財産区	local_government	suffix	keep
        相続財産	other_hojin	suffix	keep
        神社	shukyo_hojin	suffix	keep
        神宮	shukyo_hojin	suffix	keep
        八幡宮	shukyo_hojin	suffix	keep
        教会	shukyo_hojin	suffix	keep
        法人	other_hojin	anywhere	keep
        会社	other_kaisha	anywhere	keep
        カブシキガイシヤ	kabushiki_kaisha	anywhere	remove
        カブシキガイシャ	kabushiki_kaisha	anywhere	remove
        カブシキカイシヤ	kabushiki_kaisha	anywhere	remove
        カブシキカイシャ	kabushiki_kaisha	anywhere	remove
        ユウゲンガイシヤ	yugen_kaisha	anywhere	remove
        ユウゲンガイシャ	yugen_kaisha	anywhere	remove
        ユウゲンカイシヤ	yugen_kaisha	anywhere	remove
        ユウゲンカイシャ	yugen_kaisha	anywhere	remove
        ゴウドウガイシヤ	godo_kaisha	anywhere	remove
        ゴウドウガイシャ	godo_kaisha	anywhere	remove
        ゴウドウカイシヤ	godo_kaisha	anywhere	remove
        ゴウドウカイシャ	godo_kaisha	anywhere	remove
        ゴウシガイシヤ	goshi_kaisha	anywhere	remove
        ゴウシガイシャ	goshi_kaisha	anywhere	remove
        ゴウメイガイシヤ	gomei_kaisha	anywhere	remove
        ゴウメイガイシャ	gomei_kaisha	anywhere	remove
        """#

    // Bracketed abbreviations (content only): kanji ones as printed in ledgers and by NFKC from ㈱ ㈲
    // ㈳ ㈶ ㈾ ㈻ ㈿ ㈴; kana ones from the 全国銀行協会 account-name rules (large kana only).
    private static let bracketAbbreviations = #"""
        株	kabushiki_kaisha
        有	yugen_kaisha
        名	gomei_kaisha
        資	goshi_kaisha
        同	godo_kaisha
        相	sogo_kaisha
        社	shadan_hojin
        財	zaidan_hojin
        一社	ippan_shadan_hojin
        一財	ippan_zaidan_hojin
        公社	koeki_shadan_hojin
        公財	koeki_zaidan_hojin
        特非	tokutei_hieiri_katsudo_hojin
        NPO	tokutei_hieiri_katsudo_hojin
        医	iryo_hojin
        医社	iryo_hojin
        医財	iryo_hojin
        福	shakai_fukushi_hojin
        社福	shakai_fukushi_hojin
        学	gakko_hojin
        宗	shukyo_hojin
        独	dokuritsu_gyosei_hojin
        地独	chiho_dokuritsu_gyosei_hojin
        協	kyodo_kumiai
        企	kumiai
        労	kumiai
        監	professional_hojin
        弁	professional_hojin
        税	professional_hojin
        カ	kabushiki_kaisha
        ユ	yugen_kaisha
        メ	gomei_kaisha
        シ	goshi_kaisha
        ド	godo_kaisha
        ソ	sogo_kaisha
        ザイ	zaidan_hojin
        シヤ	shadan_hojin
        トクヒ	tokutei_hieiri_katsudo_hojin
        イ	iryo_hojin
        フク	shakai_fukushi_hojin
        ガク	gakko_hojin
        シユウ	shukyo_hojin
        ドク	dokuritsu_gyosei_hojin
        チドク	chiho_dokuritsu_gyosei_hojin
        ダイ	kokuritsu_daigaku_hojin
        ノウキヨウ	nogyo_kyodo_kumiai
        ギヨキヨウ	gyogyo_kyodo_kumiai
        セイキヨウ	seikatsu_kyodo_kumiai
        キヨウクミ	kyodo_kumiai
        ベン	professional_hojin
        ゼイ	professional_hojin
        カンサ	professional_hojin
        """#

    // Latin legal forms at the end of a name, upper-cased, with the space after "." or "," removed.
    private static let english = #"""
        CO.,LTD.	company
        CO.,LTD	company
        CO.LTD.	company
        CO.LTD	company
        CO,LTD.	company
        CO,LTD	company
        COMPANY LIMITED	company
        CO.,INC.	company
        INCORPORATED	company
        INC.	company
        INC	company
        CORPORATION	company
        CORP.	company
        CORP	company
        LIMITED	company
        LTD.	company
        LTD	company
        L.L.C.	company
        LLC	company
        K.K.	kabushiki_kaisha
        KABUSHIKI KAISHA	kabushiki_kaisha
        KABUSHIKI GAISHA	kabushiki_kaisha
        G.K.	godo_kaisha
        GODO KAISHA	godo_kaisha
        Y.K.	yugen_kaisha
        YUGEN KAISHA	yugen_kaisha
        """#
}
