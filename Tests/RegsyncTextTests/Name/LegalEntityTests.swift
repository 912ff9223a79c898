import Testing

@testable import RegsyncText

@Suite("Legal entities")
struct LegalEntityTests {
    let normalizer = NameNormalizer()

    @Test(
        "recognises legal forms in any width and position",
        arguments: [
            ("株式会社山田商店", LegalEntityKind.kabushikiKaisha, EntityPosition.prefix, "山田商店"),
            ("株式会社　山田商店", .kabushikiKaisha, .prefix, "山田商店"),
            ("㈱山田商店", .kabushikiKaisha, .prefix, "山田商店"),
            ("(株)山田商店", .kabushikiKaisha, .prefix, "山田商店"),
            ("（株）山田商店", .kabushikiKaisha, .prefix, "山田商店"),
            ("（株） 山田商店", .kabushikiKaisha, .prefix, "山田商店"),
            ("㍿山田商店", .kabushikiKaisha, .prefix, "山田商店"),
            ("山田商店株式会社", .kabushikiKaisha, .suffix, "山田商店"),
            ("山田商店㈱", .kabushikiKaisha, .suffix, "山田商店"),
            ("山田商店（株）", .kabushikiKaisha, .suffix, "山田商店"),
            ("山田(株)東京支店", .kabushikiKaisha, .middle, "山田東京支店"),
            ("ｶ)ﾔﾏﾀﾞｼｮｳﾃﾝ", .kabushikiKaisha, .prefix, "ヤマダショウテン"),
            ("ﾔﾏﾀﾞｼｮｳﾃﾝ(ｶ", .kabushikiKaisha, .suffix, "ヤマダショウテン"),
            ("ﾔﾏﾀﾞ(ｶ)ｼｮｳﾃﾝ", .kabushikiKaisha, .middle, "ヤマダショウテン"),
            ("カブシキガイシャ ヤマダ", .kabushikiKaisha, .prefix, "ヤマダ"),
            ("有限会社 鈴木工務店", .yugenKaisha, .prefix, "鈴木工務店"),
            ("㈲鈴木工務店", .yugenKaisha, .prefix, "鈴木工務店"),
            ("(有)鈴木工務店", .yugenKaisha, .prefix, "鈴木工務店"),
            ("ﾕ)ｽｽﾞｷｺｳﾑﾃﾝ", .yugenKaisha, .prefix, "スズキコウムテン"),
            ("合名会社田中屋", .gomeiKaisha, .prefix, "田中屋"),
            ("合資会社田中屋", .goshiKaisha, .prefix, "田中屋"),
            ("(資)田中屋", .goshiKaisha, .prefix, "田中屋"),
            ("合同会社ABC", .godoKaisha, .prefix, "ABC"),
            ("ＡＢＣ合同会社", .godoKaisha, .suffix, "ABC"),
            ("(同)ABC", .godoKaisha, .prefix, "ABC"),
            ("一般社団法人日本協会", .ippanShadanHojin, .prefix, "日本協会"),
            ("(一社)日本協会", .ippanShadanHojin, .prefix, "日本協会"),
            ("一般財団法人 山田記念財団", .ippanZaidanHojin, .prefix, "山田記念財団"),
            ("(一財)山田記念財団", .ippanZaidanHojin, .prefix, "山田記念財団"),
            ("公益社団法人 日本協会", .koekiShadanHojin, .prefix, "日本協会"),
            ("公益財団法人 山田財団", .koekiZaidanHojin, .prefix, "山田財団"),
            ("特定非営利活動法人 まちづくり", .tokuteiHieiriKatsudoHojin, .prefix, "まちづくり"),
            ("NPO法人まちづくり", .tokuteiHieiriKatsudoHojin, .prefix, "まちづくり"),
            ("医療法人社団 山田会", .iryoHojin, .prefix, "山田会"),
            ("医療法人財団山田会", .iryoHojin, .prefix, "山田会"),
            ("医療法人山田会", .iryoHojin, .prefix, "山田会"),
            ("社会福祉法人 さくら会", .shakaiFukushiHojin, .prefix, "さくら会"),
            ("(福)さくら会", .shakaiFukushiHojin, .prefix, "さくら会"),
            ("学校法人 山田学園", .gakkoHojin, .prefix, "山田学園"),
            ("(学)山田学園", .gakkoHojin, .prefix, "山田学園"),
            ("宗教法人 光明寺", .shukyoHojin, .prefix, "光明寺"),
            ("(宗)光明寺", .shukyoHojin, .prefix, "光明寺"),
            ("あいち農業協同組合", .nogyoKyodoKumiai, .suffix, "あいち"),
            ("あいち農協", .nogyoKyodoKumiai, .suffix, "あいち"),
            ("ＪＡあいち", .nogyoKyodoKumiai, .prefix, "あいち"),
            ("コープこうべ生活協同組合", .seikatsuKyodoKumiai, .suffix, "コープこうべ"),
            ("山田事業協同組合", .kyodoKumiai, .suffix, "山田事業"),
            ("独立行政法人 都市再生機構", .dokuritsuGyoseiHojin, .prefix, "都市再生機構"),
            ("地方独立行政法人 山田病院", .chihoDokuritsuGyoseiHojin, .prefix, "山田病院"),
            ("国立大学法人 東京大学", .kokuritsuDaigakuHojin, .prefix, "東京大学"),
            ("日本生命保険相互会社", .sogoKaisha, .suffix, "日本生命保険"),
            ("ABC Trading Co., Ltd.", .company, .suffix, "ABCTRADING"),
            ("ＡＢＣ　Ｉｎｃ．", .company, .suffix, "ABC"),
            ("Yamada Shoten K.K.", .kabushikiKaisha, .suffix, "YAMADASHOTEN"),
        ])
    func recognisesForms(name: String, kind: LegalEntityKind, position: EntityPosition, key: String) {
        let result = normalizer.normalize(name)
        #expect(result.entity)
        #expect(result.entityKind == kind)
        #expect(result.entityPosition == position)
        #expect(Array(result.key.utf8) == Array(key.utf8))
        #expect(result.surname == nil && result.given == nil)
    }

    @Test(
        "recognises the State and local governments as holders",
        arguments: [
            ("国", LegalEntityKind.state), ("国（財務省）", .state), ("財務省", .state), ("国土交通省", .state),
            ("国 国土交通省", .state), ("大蔵省", .state), ("東京都", .localGovernment),
            ("北海道", .localGovernment), ("大阪府", .localGovernment), ("神奈川県", .localGovernment),
            ("東京都千代田区", .localGovernment), ("神奈川県横浜市", .localGovernment),
            ("北海道札幌市中央区", .localGovernment), ("長野県北佐久郡軽井沢町", .localGovernment),
            ("横浜市", .localGovernment), ("さいたま市", .localGovernment), ("横浜市中区", .localGovernment),
            ("千代田区", .localGovernment), ("山田村役場", .localGovernment), ("山田財産区", .localGovernment),
            ("亡山田太郎相続財産", .otherHojin), ("東京都 港区", .localGovernment),
        ])
    func publicBodies(name: String, kind: LegalEntityKind) {
        let result = normalizer.normalize(name)
        #expect(result.entity)
        #expect(result.entityKind == kind)
        #expect(result.entityPosition == nil)
    }

    @Test(
        "does not take natural persons for entities",
        arguments: [
            "山田 太郎", "市川 一郎", "村上 春樹", "国分 太一", "会田 一郎", "町田 花子", "福島 県太", "千葉 市郎",
            "JAMES SMITH", "有田 株男", "法月 綸太郎", "山田勘市", "大阪 市子", "社 一郎", "Vinc Zinc",
        ])
    func persons(name: String) {
        let result = normalizer.normalize(name)
        #expect(!result.entity)
        #expect(result.entityKind == nil)
    }

    @Test("warns about a name that ends like an unlisted municipality")
    func possibleEntity() {
        #expect(normalizer.normalize("山田勘市").hasWarning(.possibleEntity))
        #expect(!normalizer.normalize("山田 勘市").hasWarning(.possibleEntity))
    }

    @Test(
        "strips the legal form from an entity's reading",
        arguments: [
            ("株式会社山田商店", "ｶ)ﾔﾏﾀﾞｼｮｳﾃﾝ"), ("山田商店株式会社", "ﾔﾏﾀﾞｼｮｳﾃﾝ(ｶ"),
            ("㈱山田商店", "カブシキガイシャヤマダショウテン"), ("株式会社 山田商店", "やまだしょうてん"),
        ])
    func entityReading(name: String, reading: String) {
        #expect(normalizer.normalize(name, reading: reading).readingKey == ReadingKey.make("ヤマダショウテン"))
    }
}
