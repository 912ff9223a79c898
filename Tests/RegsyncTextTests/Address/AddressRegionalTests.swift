import Testing

@testable import RegsyncText

/// Regional notations that need the reference data: omitted prefecture or 郡, wards
/// without their city, 丁目 as a hyphenated number, 大字/字, Hokkaido's 条, Kyoto's
/// streets, Iwate's 地割. Each row: input → `prefecture|municipality|town|chome|ban|go|rest`.
@Suite("Regional address notation")
struct AddressRegionalTests {
    static let omittedParts: [AddressCase] = [
        AddressCase("千代田区霞が関1-3-1", "東京都|千代田区|霞が関|1|3|1|"),
        AddressCase("奥多摩町氷川215-6", "東京都|西多摩郡奥多摩町|氷川||215|6|"),
        AddressCase("東京都奥多摩町氷川215-6", "東京都|西多摩郡奥多摩町|氷川||215|6|"),
        AddressCase("東京都西多摩郡奥多摩町氷川215-6", "東京都|西多摩郡奥多摩町|氷川||215|6|"),
        AddressCase("東京千代田区霞が関1-3-1", "東京都|千代田区|霞が関|1|3|1|"),
        AddressCase("大阪北区梅田3-1-1", "大阪府|大阪市北区|梅田|3|1|1|"),
        AddressCase("港北区日吉4-1-1", "神奈川県|横浜市港北区|日吉|4|1|1|"),
        AddressCase("神奈川県港北区日吉4-1-1", "神奈川県|横浜市港北区|日吉|4|1|1|"),
        AddressCase("横浜市日吉4-1-1", "神奈川県|横浜市港北区|日吉|4|1|1|"),
        // The ward written stays, though another ward has a town like the text after the street.
        AddressCase("京都市東山区東大路通松原上る5丁目", "京都府|京都市東山区||5|||"),
        AddressCase("中央区銀座4-6-16", "東京都|中央区|銀座|4|6|16|"),
        AddressCase("港区芝公園4-2-8", "東京都|港区|芝公園|4|2|8|"),
        AddressCase("中区三の丸3-1-1", "愛知県|名古屋市中区|三の丸|3|1|1|"),
        AddressCase("葵区追手町9-6", "静岡県|静岡市葵区|追手町||9|6|"),
        AddressCase("博多区東公園7-7", "福岡県|福岡市博多区|東公園||7|7|"),
        AddressCase("小倉北区城内1-1", "福岡県|北九州市小倉北区|城内||1|1|"),
        AddressCase("浦和区高砂3-15-1", "埼玉県|さいたま市浦和区|高砂|3|15|1|"),
        AddressCase("美浜区中瀬2-1", "千葉県|千葉市美浜区|中瀬|2|1||"),
        AddressCase("中原区小杉町3-245", "神奈川県|川崎市中原区|小杉町|3|245||"),
        AddressCase("緑区橋本3-28-1", "神奈川県|相模原市緑区|橋本|3|28|1|"),
        AddressCase("新潟市学校町通1番町602-1", "新潟県|新潟市中央区|学校町通一番町||602|1|"),
        AddressCase("浜松市中央区元城町103-2", "静岡県|浜松市中央区|元城町||103|2|"),
        AddressCase("静岡県浜松市中区元城町103-2", "静岡県|浜松市中央区|元城町||103|2|"),
        AddressCase("中村区名駅1-1-4", "愛知県|名古屋市中村区|名駅|1|1|4|"),
        AddressCase("天王寺区茶臼山町1-108", "大阪府|大阪市天王寺区|茶臼山町||1|108|"),
        AddressCase("堺市堺区南瓦町3-1", "大阪府|堺市堺区|南瓦町||3|1|"),
        AddressCase("神戸市加納町6-5-1", "兵庫県|神戸市中央区|加納町|6|5|1|"),
        AddressCase("岡山市北区大供1-1-1", "岡山県|岡山市北区|大供|1|1|1|"),
        AddressCase("広島市中区基町10-52", "広島県|広島市中区|基町||10|52|"),
        AddressCase("熊本市中央区手取本町1-1", "熊本県|熊本市中央区|手取本町||1|1|"),
        AddressCase("仙台市青葉区国分町3-7-1", "宮城県|仙台市青葉区|国分町|3|7|1|"),
        AddressCase("草津町草津28", "群馬県|吾妻郡草津町|草津||28||"),
        AddressCase("草津市草津3丁目13-30", "滋賀県|草津市|草津|3|13|30|"),
        AddressCase("府中市宮西町2-24", "東京都|府中市|宮西町|2|24||"),
        AddressCase("府中市府川町315", "広島県|府中市|府川町||315||"),
        AddressCase("東京都府中市宮西町2-24", "東京都|府中市|宮西町|2|24||"),
        AddressCase("広島県府中市府川町315", "広島県|府中市|府川町||315||"),
        AddressCase("伊達市保原町1丁目", "福島県|伊達市|保原町|1|||"),
        AddressCase("与那国町字与那国129", "沖縄県|八重山郡与那国町|与那国||129||"),
        AddressCase("屋久島町小瀬田849-20", "鹿児島県|熊毛郡屋久島町|小瀬田||849|20|"),
    ]

    static let hyphenatedChome: [AddressCase] = [
        AddressCase("東京都千代田区霞が関1-3-1", "東京都|千代田区|霞が関|1|3|1|"),
        AddressCase("東京都千代田区霞が関一丁目3-1", "東京都|千代田区|霞が関|1|3|1|"),
        AddressCase("東京都千代田区霞が関1丁目3番1号", "東京都|千代田区|霞が関|1|3|1|"),
        AddressCase("東京都千代田区霞が関3-2", "東京都|千代田区|霞が関|3|2||"),
        AddressCase("東京都中央区銀座4-6-16", "東京都|中央区|銀座|4|6|16|"),
        AddressCase("茨城県水戸市笠原町978-6", "茨城県|水戸市|笠原町||978|6|"),
        AddressCase("神奈川県横浜市西区みなとみらい2-3-1", "神奈川県|横浜市西区|みなとみらい|2|3|1|"),
        AddressCase("大阪府東大阪市荒本北1-1-1", "大阪府|東大阪市|荒本北|1|1|1|"),
        AddressCase("福岡県久留米市城南町15-3", "福岡県|久留米市|城南町||15|3|"),
    ]

    static let oazaAndAza: [AddressCase] = [
        AddressCase("長野県北安曇郡白馬村大字北城7025", "長野県|北安曇郡白馬村|北城||7025||"),
        AddressCase("長野県北安曇郡白馬村北城7025", "長野県|北安曇郡白馬村|北城||7025||"),
        AddressCase("長野県北安曇郡白馬村字北城7025", "長野県|北安曇郡白馬村|北城||7025||"),
        AddressCase("群馬県吾妻郡草津町大字草津28", "群馬県|吾妻郡草津町|草津||28||"),
        AddressCase("宮崎県西臼杵郡高千穂町大字三田井13", "宮崎県|西臼杵郡高千穂町|三田井||13||"),
        AddressCase("沖縄県国頭郡本部町字石川424", "沖縄県|国頭郡本部町|石川||424||"),
        AddressCase("秋田県大館市字中城20", "秋田県|大館市|中城||20||"),
        AddressCase("福島県いわき市平字梅本21", "福島県|いわき市|平||21||"),
        AddressCase("愛知県知多郡東浦町大字緒川字政所20", "愛知県|知多郡東浦町|緒川||20||"),
        AddressCase("長野県長野市大字南長野字幅下692-2", "長野県|長野市|南長野||692|2|"),
        AddressCase("長野県長野市大字長野元善町491", "長野県|長野市|元善町||491||"),
        AddressCase("長野県長野市元善町491", "長野県|長野市|元善町||491||"),
        AddressCase("秋田県横手市十文字町字十文字123", "秋田県|横手市|十文字町十文字||123||"),
        AddressCase("北海道岩見沢市栗沢町万字大平12", "北海道|岩見沢市|栗沢町万字大平||12||"),
        AddressCase("愛媛県西条市福武甲123", "愛媛県|西条市|福武甲||123||"),
        AddressCase("愛媛県西条市福武乙557番地", "愛媛県|西条市|福武乙||557||"),
    ]

    static let hokkaido: [AddressCase] = [
        AddressCase("北海道札幌市中央区北1条西2丁目", "北海道|札幌市中央区|北一条西|2|||"),
        AddressCase("北海道札幌市中央区北一条西二丁目", "北海道|札幌市中央区|北一条西|2|||"),
        AddressCase("札幌市中央区北1条西2丁目1番地", "北海道|札幌市中央区|北一条西|2|1||"),
        AddressCase("札幌市中央区北1条西2-1", "北海道|札幌市中央区|北一条西|2|1||"),
        AddressCase("札幌市中央区北1西2", "北海道|札幌市中央区|北一条西|2|||"),
        AddressCase("札幌市中央区南10条西1丁目", "北海道|札幌市中央区|南十条西|1|||"),
        AddressCase("札幌市中央区南十条西一丁目", "北海道|札幌市中央区|南十条西|1|||"),
        AddressCase("北海道旭川市6条通9丁目46", "北海道|旭川市|六条通|9|46||"),
        AddressCase("北海道帯広市西5条南7丁目1", "北海道|帯広市|西五条南|7|1||"),
        AddressCase("北海道網走市南6条東4丁目", "北海道|網走市|南六条東|4|||"),
        AddressCase("倶知安町北1条東3丁目3", "北海道|虻田郡倶知安町|北一条東|3|3||"),
        AddressCase("札幌市北区北十三条西三丁目", "北海道|札幌市北区|北十三条西|3|||"),
        AddressCase("札幌市北区北13西3", "北海道|札幌市北区|北十三条西|3|||"),
        AddressCase("札幌市北区北十三条西3-1-2", "北海道|札幌市北区|北十三条西|3|1|2|"),
        AddressCase("札幌市白石区南郷通1南8-1", "北海道|札幌市白石区|南郷通|1|8|1|"),
        AddressCase("札幌市白石区本通1丁目南", "北海道|札幌市白石区|本通|1|||"),
        AddressCase("旭川市4条通9丁目右10号", "北海道|旭川市|四条通|9||10|"),
        AddressCase("札幌市豊平区月寒東1-14-3-5", "北海道|札幌市豊平区|月寒東一条|14|3|5|"),
        AddressCase("札幌市清田区平岡2-3-1", "北海道|札幌市清田区|平岡|2|3|1|"),
    ]

    @Test("infers an omitted prefecture, 郡 or city from the reference", arguments: omittedParts)
    func omitted(_ example: AddressCase) { check(example) }

    @Test("reads a hyphenated first number as 丁目 only where the town has 丁目", arguments: hyphenatedChome)
    func chome(_ example: AddressCase) { check(example) }

    @Test("accepts 大字/字 whether or not the reference writes them", arguments: oazaAndAza)
    func oaza(_ example: AddressCase) { check(example) }

    @Test("reads Hokkaido's 条 towns", arguments: hokkaido)
    func jo(_ example: AddressCase) { check(example) }

    /// Parts beyond the seven: `street|town|koaza|chiwari|chome|ban|go`.
    static let details: [AddressCase] = [
        AddressCase("京都府京都市中京区寺町通御池上る上本能寺前町488番地", "寺町通御池上る|上本能寺前町||||488|"),
        AddressCase("京都市中京区寺町通御池上ル上本能寺前町488", "寺町通御池上ル|上本能寺前町||||488|"),
        AddressCase("京都市中京区上本能寺前町488", "|上本能寺前町||||488|"),
        AddressCase("京都府京都市下京区烏丸通七条下る東塩小路町721-1", "烏丸通七条下る|東塩小路町||||721|1"),
        AddressCase("京都府京都市下京区四条通烏丸東入長刀鉾町", "四条通烏丸東入|長刀鉾町|||||"),
        AddressCase("京都府京都市下京区東塩小路町烏丸通塩小路下る721-1", "烏丸通塩小路下る|東塩小路町||||721|1"),
        AddressCase("京都府京都市中京区河原町通三条上る恵比須町", "河原町通三条上る|恵比須町|||||"),
        AddressCase("岩手県九戸郡洋野町種市第23地割27-1", "|種市||23||27|1"),
        AddressCase("岩手県九戸郡洋野町種市第二十三地割27番地1", "|種市||23||27|1"),
        AddressCase("岩手県九戸郡洋野町種市23地割27-1", "|種市||23||27|1"),
        AddressCase("岩手県岩手郡雫石町長山第1地割55番地", "|長山||1||55|"),
        AddressCase("岩手県下閉伊郡岩泉町岩泉字惣畑59-5", "|岩泉|惣畑|||59|5"),
        AddressCase("愛知県知多郡東浦町大字緒川字政所20", "|緒川|政所|||20|"),
        AddressCase("福島県いわき市平字梅本21", "|平|梅本|||21|"),
        AddressCase("京都府宇治市宇治琵琶33", "|宇治|琵琶|||33|"),
    ]

    @Test("keeps Kyoto streets, Iwate 地割 and 小字 as parts of their own", arguments: details)
    func detail(_ example: AddressCase) {
        let a = AddressNormalizer().normalize(example.input)
        let parts = [a.street, a.town, a.koaza, a.chiwari.map(String.init), a.chome.map(String.init), a.ban, a.go]
        #expect(parts.map { $0 ?? "" }.joined(separator: "|") == example.expected)
    }

    private func check(_ example: AddressCase) {
        #expect(AddressCase.summary(of: AddressNormalizer().normalize(example.input)) == example.expected)
    }
}
