import Testing

@testable import RegsyncText

@Suite("Reading key")
struct ReadingKeyTests {
    @Test(
        "gives one key to spellings of one pronunciation",
        arguments: [
            ("ｻﾄｳ ﾀﾛｳ", "サトウ タロウ"), ("さとう", "サトウ"), ("さとう　たろう", "ｻﾄｳﾀﾛｳ"), ("オオタ", "オータ"),
            ("オウタ", "オータ"), ("おおた", "ｵｰﾀ"), ("ユウコ", "ユーコ"), ("イイダ", "イーダ"), ("ケイコ", "ケーコ"),
            ("ショウジ", "シヨウジ"), ("ｼｮｳｼﾞ", "ショージ"), ("キョウコ", "キヨーコ"), ("チヂミ", "チジミ"),
            ("スヅキ", "スズキ"), ("ヴァイオレット", "バイオレット"), ("ヴィクトル", "ビクトル"), ("ヴ", "ブ"),
            ("カヲル", "カオル"), ("ヱミ", "エミ"), ("ヰノ", "イノ"), ("ササキ", "サヽキ"), ("ススキ", "すゝき"),
            ("スズキ", "スヾキ"), ("マツダ", "マッダ"), ("サトー", "サトーー"), ("ジョン・スミス", "ジョン スミス"),
            ("カ゛ク", "ガク"), ("ﾀﾅｶ-", "タナカー"),
        ])
    func equal(a: String, b: String) {
        #expect(Array(ReadingKey.make(a).utf8) == Array(ReadingKey.make(b).utf8))
    }

    @Test(
        "keeps different pronunciations apart",
        arguments: [
            ("オオノ", "オノ"), ("サトウ", "サト"), ("コウノ", "コノ"), ("ユウコ", "ユコ"), ("ハナ", "ワナ"),
            ("ヘイ", "エイ"), ("オオウチ", "オオチ"), ("サトウ", "サドウ"), ("キヨコ", "キコ"), ("イトウ", "イド"),
        ])
    func different(a: String, b: String) {
        #expect(ReadingKey.make(a) != ReadingKey.make(b))
    }

    @Test(
        "writes long vowels with one mark",
        arguments: [
            ("オオタ", "\u{30AA}\u{30FC}\u{30BF}"), ("サトウ タロウ", "\u{30B5}\u{30C8}\u{30FC}\u{30BF}\u{30ED}\u{30FC}"),
            ("オオウチ", "\u{30AA}\u{30FC}\u{30A6}\u{30C1}"), ("ﾀﾞｲｽｹ", "\u{30C0}\u{30A4}\u{30B9}\u{30B1}"),
        ])
    func exactKeys(reading: String, key: String) {
        #expect(Array(ReadingKey.make(reading).utf8) == Array(key.utf8))
    }
}
