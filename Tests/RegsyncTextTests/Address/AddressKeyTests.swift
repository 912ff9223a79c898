import Testing

@testable import RegsyncText

/// The comparison key: two notations of one address share it; different addresses never do.
@Suite("Address comparison key")
struct AddressKeyTests {
    static let sameAddress: [AddressPair] = [
        AddressPair("東京都千代田区霞が関1-3-1", "千代田区霞が関一丁目3番1号", "prefecture omitted, kanji 丁目"),
        AddressPair("東京都千代田区霞が関1-3-1", "東京都千代田区霞ヶ関１－３－１", "ヶ and full width"),
        AddressPair("東京都千代田区霞が関1-3-1", "〒100-0013 東京都 千代田区 霞が関 1丁目 3番 1号", "postal code, spaces"),
        AddressPair("東京都千代田区霞が関1-3-1", "東京都千代田区霞が関1ー3ー1", "prolonged sound mark as dash"),
        AddressPair("東京都千代田区霞が関1-3-1", "東京都千代田区霞が関1の3の1", "の as separator"),
        AddressPair("東京都西多摩郡奥多摩町氷川215-6", "奥多摩町氷川215番地6", "郡 and prefecture omitted"),
        AddressPair("東京都西多摩郡奥多摩町氷川215-6", "東京都奥多摩町氷川二一五番地の六", "kanji digits, 番地の"),
        AddressPair("神奈川県横浜市港北区日吉4-1-1", "港北区日吉四丁目1番1号", "ward without city"),
        AddressPair("神奈川県横浜市港北区日吉4-1-1", "横浜市日吉4-1-1", "city without ward"),
        AddressPair("北海道札幌市中央区北1条西2丁目", "札幌市中央区北一条西二丁目", "条 in kanji"),
        AddressPair("北海道札幌市中央区北1条西2丁目", "札幌市中央区北1西2", "Sapporo abbreviation"),
        AddressPair("長野県北安曇郡白馬村大字北城7025", "長野県北安曇郡白馬村北城7025番地", "大字 present or not"),
        AddressPair("長野県北安曇郡白馬村大字北城7025", "白馬村字北城七〇二五", "字, 〇"),
        AddressPair("京都府京都市中京区寺町通御池上る上本能寺前町488番地", "京都市中京区寺町通り御池上ル上本能寺前町488", "通り/通, 上ル/上る"),
        AddressPair("岩手県九戸郡洋野町種市第23地割27-1", "岩手県九戸郡洋野町種市第二十三地割27番地1", "地割 in kanji"),
        AddressPair("茨城県龍ケ崎市3710", "竜ヶ崎市3710番地", "異体字 and ヶ in the municipality"),
        AddressPair("石川県金沢市鞍月1-1", "石川県金澤市鞍月一丁目一番", "旧字体 澤"),
        AddressPair("東京都新宿区西新宿2-8-1 ABCハイツ101", "東京都新宿区西新宿２－８－１　ＡＢＣハイツ　１０１", "building in full width"),
        AddressPair("東京都新宿区西新宿2-8-1 abc101", "東京都新宿区西新宿2-8-1 ABC101", "building letter case"),
        AddressPair("長野県長野市大字長野元善町491", "長野市元善町491番地", "大字 that KEN_ALL leaves out"),
        AddressPair("新潟県新潟市中央区学校町通1番町602-1", "新潟市中央区学校町通一番町602番地1", "番町 in kanji"),
        AddressPair("愛知県名古屋市中区三の丸3-1-1", "名古屋市中区三ノ丸三丁目1番1号", "ノ/の"),
        AddressPair("京都府京都市上京区下立売通新町西入藪之内町", "京都市上京区下立売通新町西入ル薮ノ内町", "藪/薮, 之/ノ, 西入ル"),
        AddressPair("宮崎県都城市姫城町6街区21号", "宮崎県都城市姫城町6-21", "街区 as 番"),
        AddressPair("府中市宮西町2-24", "東京都府中市宮西町2丁目24番", "府中市 told apart by its town"),
        AddressPair("中央区銀座4-6-16", "東京都中央区銀座四丁目6番16号", "中央区 told apart by its town"),
        AddressPair("東京都千代田区霞が関1-3-1", "霞が関１－３－１", "municipality omitted, the town is in one place only"),
        AddressPair("宮城県塩竈市旭町1-1", "塩釜市旭町一番一号", "塩釜 for 塩竈, prefecture omitted"),
        AddressPair("東京都西多摩郡檜原村467-1", "東京都桧原村467番地の1", "桧 for 檜, 郡 omitted"),
        AddressPair("高知県高岡郡檮原町檮原1444-1", "高知県高岡郡梼原町梼原1444番地1", "梼 for 檮 (JIS78/83 exchange)"),
        AddressPair("札幌市北区北十三条西三丁目", "札幌市北区北13西3", "条 and 丁目 markers omitted"),
        AddressPair("札幌市白石区南郷通1丁目南8-1", "札幌市白石区南郷通1南8-1", "the number after a street town is its 丁目"),
        AddressPair("札幌市豊平区月寒東1条14丁目3-5", "札幌市豊平区月寒東1-14-3-5", "条 and 丁目 as hyphenated numbers"),
        AddressPair("埼玉県加須市騎西1-1", "埼玉県北埼玉郡騎西町騎西1-1", "former municipality (merged in 2010)"),
        AddressPair("福島県伊達市保原町舟橋1", "伊達郡保原町舟橋1", "former municipality whose name stays in the town"),
        AddressPair("埼玉県さいたま市浦和区高砂3-15-1", "埼玉県浦和市高砂3丁目15番1号", "a city that became a ward (2001)"),
        AddressPair("静岡県静岡市清水区旭町6-8", "静岡県清水市旭町6番8号", "a city that became a ward (2003)"),
        AddressPair("東京都奥多摩町氷川215-6", "東京都奥多摩町氷川二百十五番地之六", "kanji lot number with 之"),
        AddressPair("東京都千代田区霞が関1-3-1", "（旧）東京都千代田区霞が関1-3-1", "bracketed note before the address"),
    ]

    static let differentAddresses: [AddressPair] = [
        AddressPair("東京都千代田区霞が関1-3-1", "東京都千代田区霞が関2-3-1", "neighbouring 丁目"),
        AddressPair("東京都千代田区霞が関1-3-1", "東京都千代田区霞が関1-1-3", "番 and 号 swapped"),
        AddressPair("東京都千代田区霞が関1-3-1", "東京都千代田区霞が関1-3-2", "neighbouring 号"),
        AddressPair("東京都千代田区霞が関1-3-1", "東京都千代田区霞が関1-3", "号 missing"),
        AddressPair("東京都千代田区丸の内1-1-1", "愛知県名古屋市中区丸の内1-1-1", "丸の内 in two cities"),
        AddressPair("宮城県仙台市青葉区本町3-8-1", "神奈川県横浜市中区本町3-8-1", "本町 in two cities"),
        AddressPair("東京都府中市本町1-1", "広島県府中市本町1-1", "府中市 in Tokyo and Hiroshima"),
        AddressPair("東京都府中市府中町1-1", "広島県府中市府中町1-1", "府中町 in both 府中市"),
        AddressPair("〒183-0055 府中市府中町1-1", "〒726-0005 府中市府中町1-1", "postal codes tell them apart"),
        AddressPair("北海道伊達市梅本町1", "福島県伊達市梅本町1", "伊達市 in Hokkaido and Fukushima"),
        AddressPair("東京都中央区銀座4-6-16", "北海道札幌市中央区銀座4-6-16", "same 中央区 name, other city"),
        AddressPair("札幌市中央区北1条西2丁目", "札幌市中央区南1条西2丁目", "北 and 南 条"),
        AddressPair("札幌市中央区北1条西2丁目", "札幌市中央区北2条西1丁目", "条 and 丁目 swapped"),
        AddressPair("長野県北安曇郡白馬村北城7025", "長野県北安曇郡白馬村北城7026", "neighbouring lot"),
        AddressPair("長野県北安曇郡白馬村北城7025-1", "長野県北安曇郡白馬村北城7025-2", "branch number"),
        AddressPair("東京都新宿区西新宿2-8-1 301", "東京都新宿区西新宿2-8-1 302", "room"),
        AddressPair("岩手県九戸郡洋野町種市第23地割27-1", "岩手県九戸郡洋野町種市第24地割27-1", "地割"),
        AddressPair("福島県いわき市平字梅本21", "福島県いわき市平字大町21", "小字"),
        AddressPair("京都市中京区寺町通御池上る上本能寺前町488", "京都市中京区寺町通御池下る上本能寺前町488", "上る and 下る"),
        AddressPair("札幌市白石区南郷通1丁目南8-1", "札幌市白石区南郷通1丁目北8-1", "南 and 北 side of a street town"),
        AddressPair("埼玉県加須市騎西1-1", "埼玉県北埼玉郡騎西町騎西1-2", "former municipality, other lot"),
        AddressPair("群馬県吾妻郡草津町草津28", "滋賀県草津市草津28", "草津町 and 草津市"),
        AddressPair("東京都港区芝公園4-2-8", "愛知県名古屋市港区芝公園4-2-8", "港区 in two cities"),
        AddressPair("ほげほげ", "ふがふが", "unparseable lines keep their text"),
        AddressPair("東京都千代田区", "東京都中央区", "municipality only"),
        AddressPair("東京都中野区本町1-2-3", "本町1-2-3", "a town name in many municipalities decides nothing"),
        AddressPair("東京都府中市", "広島県府中市", "municipality only, same name"),
        AddressPair("東京都千代田区霞が関1-3-1", "東京都千代田区霞が関 1-3-1 別館", "building present"),
        AddressPair("東京都府中市宮西町1-1", "東京都府中市宮町1-1", "towns sharing a prefix"),
        AddressPair("神奈川県横浜市港北区日吉4-1-1", "神奈川県横浜市港北区日吉本町4-1-1", "town and a longer town"),
    ]

    @Test("two notations of one address share a key", arguments: sameAddress)
    func same(_ pair: AddressPair) {
        let n = AddressNormalizer()
        #expect(n.normalize(pair.first).key == n.normalize(pair.second).key)
    }

    @Test("different addresses never share a key", arguments: differentAddresses)
    func different(_ pair: AddressPair) {
        let n = AddressNormalizer()
        #expect(n.normalize(pair.first).key != n.normalize(pair.second).key)
    }
}
