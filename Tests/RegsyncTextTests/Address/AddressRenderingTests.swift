import Testing

@testable import RegsyncText

/// Standard notation for writing into a registry.
@Suite("Address rendering")
struct AddressRenderingTests {
    static let cases: [AddressCase] = [
        AddressCase("千代田区霞が関1-3-1", "東京都千代田区霞が関一丁目3番1号"),
        AddressCase("東京都千代田区霞ヶ関１丁目３番地１", "東京都千代田区霞が関一丁目3番地1"),
        AddressCase("奥多摩町氷川215-6", "東京都西多摩郡奥多摩町氷川215番地6"),
        AddressCase("白馬村大字北城7025", "長野県北安曇郡白馬村北城7025番地"),
        AddressCase("札幌市中央区北1西2", "北海道札幌市中央区北一条西二丁目"),
        AddressCase("札幌市中央区南10条西12丁目3-4", "北海道札幌市中央区南十条西十二丁目3番4号"),
        AddressCase("港北区日吉4-1-1", "神奈川県横浜市港北区日吉四丁目1番1号"),
        AddressCase("京都市中京区寺町通御池上る上本能寺前町488", "京都府京都市中京区寺町通御池上る上本能寺前町488番地"),
        AddressCase("岩手県九戸郡洋野町種市第二十三地割27-1", "岩手県九戸郡洋野町種市第23地割27番地1"),
        AddressCase("福島県いわき市平字梅本21", "福島県いわき市平字梅本21番地"),
        AddressCase("長野県長野市大字長野元善町491", "長野県長野市大字長野元善町491番地"),
        AddressCase("東京都新宿区西新宿2-8-1 都庁 32階", "東京都新宿区西新宿二丁目8番1号 都庁 32階"),
        AddressCase("宮崎県都城市姫城町6街区21号", "宮崎県都城市姫城町6番21号"),
        AddressCase("ほげほげ", "ほげほげ"),
    ]

    @Test("renders in standard notation", arguments: cases)
    func renders(_ example: AddressCase) {
        #expect(AddressNormalizer().normalize(example.input).rendered == example.expected)
    }

    @Test("a rendered address reads back to the same key", arguments: cases.dropLast())
    func roundTrip(_ example: AddressCase) {
        let n = AddressNormalizer()
        let first = n.normalize(example.input)
        #expect(n.normalize(first.rendered).key == first.key)
    }

    @Test("kanji numerals", arguments: [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (28, "二十八"), (105, "百五")])
    func numeral(_ value: Int, _ expected: String) {
        #expect(NormalizedAddress.kanjiNumeral(value) == expected)
    }
}
