import Testing

@testable import RegsyncText

/// The notations one address is written in: widths, dashes, numerals, separators,
/// spaces, postal codes and buildings. Each row: input → `prefecture|municipality|town|
/// chome|ban|go|rest`.
@Suite("Address notation")
struct AddressNotationTests {
    static let shinjuku = "東京都|新宿区|西新宿|2|8|1|"

    static let dashes: [AddressCase] = [
        AddressCase("東京都新宿区西新宿2-8-1", shinjuku),
        AddressCase("東京都新宿区西新宿2－8－1", shinjuku),
        AddressCase("東京都新宿区西新宿2‐8‐1", shinjuku),
        AddressCase("東京都新宿区西新宿2‑8‑1", shinjuku),
        AddressCase("東京都新宿区西新宿2–8–1", shinjuku),
        AddressCase("東京都新宿区西新宿2—8—1", shinjuku),
        AddressCase("東京都新宿区西新宿2―8―1", shinjuku),
        AddressCase("東京都新宿区西新宿2−8−1", shinjuku),
        AddressCase("東京都新宿区西新宿2ｰ8ｰ1", shinjuku),
        AddressCase("東京都新宿区西新宿2ー8ー1", shinjuku),
        AddressCase("東京都新宿区西新宿２ー８ー１", shinjuku),
        AddressCase("東京都新宿区西新宿2─8─1", shinjuku),
        AddressCase("東京都新宿区西新宿二ー八ー一", shinjuku),
    ]

    static let widthsAndNumerals: [AddressCase] = [
        AddressCase("東京都新宿区西新宿２－８－１", shinjuku),
        AddressCase("東京都新宿区西新宿二丁目八番一号", shinjuku),
        AddressCase("東京都新宿区西新宿２丁目８番１号", shinjuku),
        AddressCase("東京都新宿区西新宿二丁目8番1号", shinjuku),
        AddressCase("東京都新宿区西新宿2丁目8番地1", shinjuku),
        AddressCase("東京都新宿区西新宿2丁目8番地の1", shinjuku),
        AddressCase("東京都新宿区西新宿2丁目8-1", shinjuku),
        AddressCase("東京都新宿区西新宿2の8の1", shinjuku),
        AddressCase("東京都新宿区西新宿2丁8番1号", shinjuku),
        AddressCase("東京都新宿区西新宿2丁目-8-1", shinjuku),
        AddressCase("東京都新宿区西新宿2 丁目 8 番 1 号", shinjuku),
        AddressCase("北海道虻田郡ﾆｾｺ町字ﾆｾｺ47", "北海道|虻田郡ニセコ町|ニセコ||47||"),
        AddressCase("ﾆｾｺ町富士見47", "北海道|虻田郡ニセコ町|富士見||47||"),
        AddressCase("長野県北安曇郡白馬村大字北城三十二番地", "長野県|北安曇郡白馬村|北城||32||"),
        AddressCase("長野県北安曇郡白馬村大字北城十番地", "長野県|北安曇郡白馬村|北城||10||"),
        AddressCase("長野県北安曇郡白馬村大字北城百二十三番地の四", "長野県|北安曇郡白馬村|北城||123|4|"),
        AddressCase("長野県北安曇郡白馬村大字北城千二百三十四番地", "長野県|北安曇郡白馬村|北城||1234||"),
        AddressCase("長野県北安曇郡白馬村大字北城二〇三番地", "長野県|北安曇郡白馬村|北城||203||"),
        AddressCase("長野県北安曇郡白馬村大字北城７０２５", "長野県|北安曇郡白馬村|北城||7025||"),
        AddressCase("長野県北安曇郡白馬村大字北城7025番地", "長野県|北安曇郡白馬村|北城||7025||"),
        AddressCase("長野県北安曇郡白馬村大字北城7025番", "長野県|北安曇郡白馬村|北城||7025||"),
        AddressCase("長野県北安曇郡白馬村北城7025-1", "長野県|北安曇郡白馬村|北城||7025|1|"),
        AddressCase("長野県北安曇郡白馬村北城7025番地1", "長野県|北安曇郡白馬村|北城||7025|1|"),
        AddressCase("長野県北安曇郡白馬村北城7025番地の1の2", "長野県|北安曇郡白馬村|北城||7025|1の2|"),
        AddressCase("茨城県つくば市研究学園一丁目一番地一", "茨城県|つくば市|研究学園|1|1|1|"),
        AddressCase("北海道樺戸郡浦臼町鶴沼第一1番地", "北海道|樺戸郡浦臼町|鶴沼第一||1||"),
        AddressCase("北海道樺戸郡浦臼町鶴沼第一１２３", "北海道|樺戸郡浦臼町|鶴沼第一||123||"),
        AddressCase("東京都千代田区霞が関三丁目二番五号", "東京都|千代田区|霞が関|3|2|5|"),
        AddressCase("東京都千代田区霞が関3丁目2番5号", "東京都|千代田区|霞が関|3|2|5|"),
    ]

    static let spacesAndPostalCodes: [AddressCase] = [
        AddressCase("東京都 新宿区 西新宿 2-8-1", shinjuku),
        AddressCase("東京都　新宿区　西新宿　２丁目　８番　１号", shinjuku),
        AddressCase("東京都\t新宿区\t西新宿2-8-1", shinjuku),
        AddressCase("  東京都新宿区西新宿2-8-1  ", shinjuku),
        AddressCase("東京都新宿区 西新宿2丁目 8-1", shinjuku),
        AddressCase("〒163-8001 東京都新宿区西新宿2-8-1", shinjuku),
        AddressCase("〒163-8001東京都新宿区西新宿2-8-1", shinjuku),
        AddressCase("〒１６３－８００１　東京都新宿区西新宿２－８－１", shinjuku),
        AddressCase("163-8001 東京都新宿区西新宿2-8-1", shinjuku),
        AddressCase("1638001 東京都新宿区西新宿2-8-1", shinjuku),
        AddressCase("東京都新宿区西新宿2-8-1 〒163-8001", shinjuku),
    ]

    static let buildingsAndRooms: [AddressCase] = [
        AddressCase("東京都新宿区西新宿2-8-1 東京都庁第一本庁舎", shinjuku + "東京都庁第一本庁舎"),
        AddressCase("東京都新宿区西新宿2-8-1東京都庁第一本庁舎", shinjuku + "東京都庁第一本庁舎"),
        AddressCase("東京都新宿区西新宿2丁目8番1号 都庁 32階", shinjuku + "都庁 32階"),
        AddressCase("東京都新宿区西新宿2-8-1-3201", shinjuku + "3201"),
        AddressCase("東京都新宿区西新宿2-8-1 3201", shinjuku + "3201"),
        AddressCase("東京都新宿区西新宿2-8-1 3201号室", shinjuku + "3201号室"),
        AddressCase("東京都新宿区西新宿２－８－１　ＡＢＣハイツ１０１", shinjuku + "ABCハイツ101"),
        AddressCase("東京都新宿区西新宿2-8-1 ABCﾊｲﾂ 101", shinjuku + "ABCハイツ 101"),
        AddressCase("東京都立川市泉町1156-9-201", "東京都|立川市|泉町||1156|9|201"),
        AddressCase("大阪府大阪市北区梅田3丁目1-1 大阪ステーションシティ 5F", "大阪府|大阪市北区|梅田|3|1|1|大阪ステーションシティ 5F"),
        AddressCase("東京都千代田区霞が関２－１－２　中央合同庁舎第２号館", "東京都|千代田区|霞が関|2|1|2|中央合同庁舎第2号館"),
        AddressCase("宮崎県都城市姫城町6街区21号", "宮崎県|都城市|姫城町||6|21|"),
        AddressCase("長野県北安曇郡白馬村北城千番地一号館", "長野県|北安曇郡白馬村|北城||1000||一号館"),
        AddressCase("長野県北安曇郡白馬村北城七〇二五番地之一 ２号棟", "長野県|北安曇郡白馬村|北城||7025|1|2号棟"),
        AddressCase("東京都新宿区西新宿二丁目八番一号一番館", shinjuku + "一番館"),
        AddressCase("東京都千代田区霞が関一丁目三番一号三井ビル", "東京都|千代田区|霞が関|1|3|1|三井ビル"),
        AddressCase("（旧）東京都新宿区西新宿2-8-1", shinjuku + "(旧)"),
        AddressCase("【自宅】東京都新宿区西新宿2-8-1 3201号室", shinjuku + "【自宅】 3201号室"),
    ]

    static let kanaAndVariants: [AddressCase] = [
        AddressCase("東京都千代田区霞が関1-3-1", "東京都|千代田区|霞が関|1|3|1|"),
        AddressCase("東京都千代田区霞ヶ関1-3-1", "東京都|千代田区|霞が関|1|3|1|"),
        AddressCase("東京都千代田区霞ケ関1-3-1", "東京都|千代田区|霞が関|1|3|1|"),
        AddressCase("東京都千代田区霞ガ関1-3-1", "東京都|千代田区|霞が関|1|3|1|"),
        AddressCase("東京都千代田区霞ヵ関1-3-1", "東京都|千代田区|霞が関|1|3|1|"),
        AddressCase("茨城県竜ヶ崎市3710番地", "茨城県|龍ケ崎市|||3710||"),
        AddressCase("茨城県竜ケ崎市3710", "茨城県|龍ケ崎市|||3710||"),
        AddressCase("茨城県龍が崎市3710", "茨城県|龍ケ崎市|||3710||"),
        AddressCase("岐阜県不破郡関ヶ原町大字関ケ原894-58", "岐阜県|不破郡関ケ原町|関ケ原||894|58|"),
        AddressCase("石川県金澤市鞍月1-1", "石川県|金沢市|鞍月|1|1||"),
        AddressCase("東京都澁谷区宇田川町1-1", "東京都|渋谷区|宇田川町||1|1|"),
        AddressCase("神奈川県横濱市中区日本大通1", "神奈川県|横浜市中区|日本大通||1||"),
        AddressCase("廣島県廣島市中区基町10-52", "広島県|広島市中区|基町||10|52|"),
        AddressCase("和歌山県田邊市新屋敷町1", "和歌山県|田辺市|新屋敷町||1||"),
        AddressCase("高知県高岡郡梼原町梼原1444-1", "高知県|高岡郡檮原町|檮原||1444|1|"),
        AddressCase("京都府京都市上京区下立売通新町西入薮ノ内町", "京都府|京都市上京区|藪之内町||||"),
        AddressCase("愛知県名古屋市中区三ノ丸3-1-1", "愛知県|名古屋市中区|三の丸|3|1|1|"),
        AddressCase("長崎県長崎市魚ノ町4-1", "長崎県|長崎市|魚の町||4|1|"),
    ]

    @Test("folds every dash look-alike between numbers", arguments: dashes)
    func dash(_ example: AddressCase) { check(example) }

    @Test("reads full-width, kanji and mixed numerals and every separator", arguments: widthsAndNumerals)
    func numerals(_ example: AddressCase) { check(example) }

    @Test("ignores spaces of any width and takes out a postal code", arguments: spacesAndPostalCodes)
    func spaces(_ example: AddressCase) { check(example) }

    @Test("splits off the building and room", arguments: buildingsAndRooms)
    func buildings(_ example: AddressCase) { check(example) }

    @Test("folds ケ/ヶ/が/ガ/ヵ, ノ/の and old variant kanji in place names", arguments: kanaAndVariants)
    func variants(_ example: AddressCase) { check(example) }

    private func check(_ example: AddressCase) {
        #expect(AddressCase.summary(of: AddressNormalizer().normalize(example.input)) == example.expected)
    }
}
