import Testing

@testable import RegsyncText

/// Where real notations and KEN_ALL spell one place differently, and the parts of a line
/// that are no part of the address. Each row: input → `prefecture|municipality|town|chome|
/// ban|go|rest`.
@Suite("Address spellings that differ from the reference")
struct AddressSpellingTests {
    /// KEN_ALL joins a 大字 and its 字 into one town name; the address writes 字 or 大字
    /// between them.
    static let joinedTowns: [AddressCase] = [
        AddressCase("福島県本宮市本宮字万世212", "福島県|本宮市|本宮万世||212||"),
        AddressCase("福島県伊達市保原町字舟橋180", "福島県|伊達市|保原町舟橋||180||"),
        AddressCase("福島県伊達市保原町舟橋180", "福島県|伊達市|保原町舟橋||180||"),
        AddressCase("佐賀県武雄市武雄町大字昭和12番地10", "佐賀県|武雄市|武雄町昭和||12|10|"),
        AddressCase("多久市北多久町大字小侍7-1", "佐賀県|多久市|北多久町小侍||7|1|"),
        AddressCase("嬉野市塩田町大字馬場下甲1769", "佐賀県|嬉野市|塩田町馬場下甲||1769||"),
        AddressCase("沖縄県宮古島市平良字西里1140", "沖縄県|宮古島市|平良西里||1140||"),
        AddressCase("南三陸町志津川字沼田101", "宮城県|本吉郡南三陸町|志津川沼田||101||"),
        // A 字 whose name KEN_ALL does not join stays a 小字, also when a joined name would
        // cut it (伊勢崎市 has 境東: 境字東原 is 境 + 東原).
        AddressCase("福島県いわき市平字梅本21", "福島県|いわき市|平||21||"),
        AddressCase("群馬県伊勢崎市境字東原123番地", "群馬県|伊勢崎市|境||123||"),
        AddressCase("新潟市西区寺尾字上野123", "新潟県|新潟市西区|寺尾||123||"),
    ]

    /// A town right after the municipality (or its 大字) beats one found by skipping an
    /// unknown 大字 name, when a shared municipality name has both.
    static let directTowns: [AddressCase] = [
        AddressCase("美里町大字下児玉字北浦123-4", "埼玉県|児玉郡美里町|下児玉||123|4|"),
        AddressCase("長野県長野市大字長野元善町491", "長野県|長野市|元善町||491||"),
    ]

    /// The town's の, 通り or variant kanji written otherwise.
    static let variants: [AddressCase] = [
        AddressCase("京都市右京区龍安寺御陵下町13", "京都府|京都市右京区|龍安寺御陵ノ下町||13||"),
        AddressCase("山口県周南市岐山通1-1", "山口県|周南市|岐山通り||1|1|"),
        AddressCase("山口県周南市岐山通り1丁目1番地", "山口県|周南市|岐山通り|1|1||"),
        AddressCase("宮城県塩釜市旭町1-1", "宮城県|塩竈市|旭町||1|1|"),
        AddressCase("宮城県塩竃市旭町1-1", "宮城県|塩竈市|旭町||1|1|"),
    ]

    /// Tokyo's island municipalities written without their island, as others without 郡.
    static let islands: [AddressCase] = [
        AddressCase("八丈町大賀郷2551-2", "東京都|八丈島八丈町|大賀郷||2551|2|"),
        AddressCase("東京都三宅村阿古497", "東京都|三宅島三宅村|阿古||497||"),
        AddressCase("東京都三宅島三宅村阿古497", "東京都|三宅島三宅村|阿古||497||"),
        AddressCase("東京都大島町元町1-1-14", "東京都|大島町|元町|1|1|14|"),
    ]

    /// A town several wards share, told apart by a 丁目 KEN_ALL assigns to one of them.
    static let wardsByChome: [AddressCase] = [
        AddressCase("札幌市北6条西4丁目", "北海道|札幌市北区|北六条西|4|||"),
        AddressCase("札幌市北6条西15丁目", "北海道|札幌市中央区|北六条西|15|||"),
        AddressCase("札幌市北4条東2-1", "北海道|札幌市中央区|北四条東|2|1||"),
        AddressCase("札幌市北4条東10-1", "北海道|札幌市東区|北四条東|10|1||"),
        AddressCase("仙台市五橋1-1-1", "宮城県|仙台市青葉区|五橋|1|1|1|"),
        AddressCase("仙台市五橋3-1-1", "宮城県|仙台市若林区|五橋|3|1|1|"),
        // Without a 丁目, or where KEN_ALL names none, the ward stays open.
        AddressCase("札幌市北8条西5丁目", "北海道|札幌市|北八条西|5|||"),
        AddressCase("仙台市五橋", "宮城県|仙台市|五橋||||"),
    ]

    /// Kyoto designations without 上る/下る/西入/東入: the town is the name before the numbers.
    static let kyoto: [AddressCase] = [
        AddressCase("京都府京都市東山区四条大橋東詰中之町198", "京都府|京都市東山区|中之町||198||"),
        AddressCase("京都市中京区烏丸通三条上る場之町", "京都府|京都市中京区|場之町||||"),
        // A town the reference lacks after a known designation is not cut to a shorter one.
        AddressCase("京都市下京区堀川通花屋町下る本願寺門前町60", "京都府|京都市下京区|本願寺門前町||60||"),
    ]

    /// Text around the address: labels, symbols, invisible characters, spaced dashes.
    static let surroundings: [AddressCase] = [
        AddressCase("住所：東京都千代田区霞が関1-3-1", "東京都|千代田区|霞が関|1|3|1|住所:"),
        AddressCase("日本、東京都千代田区霞が関1-3-1", "東京都|千代田区|霞が関|1|3|1|日本、"),
        AddressCase("🏠東京都千代田区霞が関1-3-1 ビル", "東京都|千代田区|霞が関|1|3|1|🏠 ビル"),
        AddressCase("★〒100-0013 東京都千代田区霞が関1-3-1", "東京都|千代田区|霞が関|1|3|1|★"),
        AddressCase("\u{FEFF}東京都千代田区霞が関1-3-1", "東京都|千代田区|霞が関|1|3|1|"),
        AddressCase("東京都\u{200D}千代田区霞が関1-3-1", "東京都|千代田区|霞が関|1|3|1|"),
        AddressCase("東京都葛\u{E0100}飾区立石5-13-1", "東京都|葛飾区|立石|5|13|1|"),
        AddressCase("東京都千代田区 霞が関 1 - 3 - 1", "東京都|千代田区|霞が関|1|3|1|"),
        AddressCase("東京都千代田区霞が関1 ー 3 ー 1", "東京都|千代田区|霞が関|1|3|1|"),
        AddressCase("武雄市武雄町大字", "佐賀県|武雄市|武雄町||||大字"),
    ]

    @Test("finds the towns KEN_ALL joins across 字 and 大字", arguments: joinedTowns)
    func joined(_ example: AddressCase) { check(example) }

    @Test("prefers a town right after the 大字 to one found by skipping it", arguments: directTowns)
    func direct(_ example: AddressCase) { check(example) }

    @Test("folds の left out, 通/通り and 竈/竃/釜", arguments: variants)
    func variant(_ example: AddressCase) { check(example) }

    @Test("reads 三宅村 and 八丈町 without their island", arguments: islands)
    func island(_ example: AddressCase) { check(example) }

    @Test("tells the ward of a shared town by its 丁目 where KEN_ALL can", arguments: wardsByChome)
    func ward(_ example: AddressCase) { check(example) }

    @Test("reads a Kyoto town after a designation without a direction", arguments: kyoto)
    func kyotoTown(_ example: AddressCase) { check(example) }

    @Test("sets aside what surrounds the address and keeps it in the rest", arguments: surroundings)
    func around(_ example: AddressCase) { check(example) }

    @Test("says when text before the address went to the rest")
    func leadingWarning() {
        let a = AddressNormalizer().normalize("住所:東京都千代田区霞が関1-3-1")
        #expect(a.warnings.map(\.code) == [.unparsedRemainder])
        #expect(a.key == AddressNormalizer().normalize("東京都千代田区霞が関1-3-1").key)
    }

    private func check(_ example: AddressCase) {
        #expect(AddressCase.summary(of: AddressNormalizer().normalize(example.input)) == example.expected)
    }
}
