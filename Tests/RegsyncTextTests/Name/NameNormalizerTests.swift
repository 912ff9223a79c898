import Foundation
import Testing

@testable import RegsyncText

@Suite("Name normaliser")
struct NameNormalizerTests {
    let normalizer = NameNormalizer()

    @Test(
        "folds width, spaces and strict variants into one key",
        arguments: [
            ("髙橋　一郎", "高橋一郎"), ("髙橋 一郎", "高橋　一郎"), ("高橋  一郎", "高橋一郎"),
            ("ｻﾄｳ ﾀﾛｳ", "サトウ タロウ"), ("ｻﾄｳ　ﾀﾛｳ", "サトウタロウ"), ("渡邊 太郎", "渡辺 太郎"),
            ("渡邉太郎", "渡辺太郎"), ("山﨑 花子", "山崎 花子"), ("山嵜花子", "山崎花子"), ("齋藤 誠", "斎藤 誠"), ("齊藤 誠", "斎藤 誠"),
            ("澤田 健", "沢田 健"), ("濱口 優", "浜口 優"), ("櫻井 翔", "桜井 翔"), ("廣瀬 すず", "広瀬 すず"),
            ("國分 太一", "国分 太一"), ("龍崎 一", "竜崎 一"), ("德永 英明", "徳永 英明"), ("眞鍋 かをり", "真鍋 かをり"),
            ("惠 俊彰", "恵 俊彰"), ("榮倉 奈々", "栄倉 奈々"), ("藏本 誠", "蔵本 誠"), ("北條 司", "北条 司"),
            ("關 一", "関 一"), ("𠮷田 一郎", "吉田 一郎"), ("ＳＭＩＴＨ　Ｊｏｈｎ", "Smith John"),
            ("ジョン・スミス", "ジョン スミス"), ("\u{9AD9}\u{FE00}橋一郎", "高橋一郎"),
            ("\u{FF76}\u{FF9E}\u{FF78}", "\u{30AC}\u{30AF}"),
        ])
    func equalKeys(a: String, b: String) {
        let x = normalizer.normalize(a)
        let y = normalizer.normalize(b)
        #expect(Array(x.key.utf8) == Array(y.key.utf8))
        #expect(Array(x.looseKey.utf8) == Array(y.looseKey.utf8))
    }

    @Test(
        "keeps soft variants apart in the key and together in the loose key",
        arguments: [
            ("嶋田 一郎", "島田 一郎"), ("冨田 健", "富田 健"), ("斎藤 誠", "斉藤 誠"), ("齋藤 誠", "斉藤 誠"),
            ("佐々木 一", "佐佐木 一"), ("さとう はな", "サトウ ハナ"), ("峯岸 みなみ", "峰岸 みなみ"),
            ("一ヶ谷 健", "一ケ谷 健"), ("ジョン", "ジヨン"),
        ])
    func softKeys(a: String, b: String) {
        let x = normalizer.normalize(a)
        let y = normalizer.normalize(b)
        #expect(x.key != y.key)
        #expect(Array(x.looseKey.utf8) == Array(y.looseKey.utf8))
    }

    @Test(
        "never folds different names together",
        arguments: [
            ("佐藤 一郎", "左藤 一郎"), ("萩原 健", "荻原 健"), ("大田 花子", "太田 花子"), ("島田 一郎", "鳥田 一郎"),
            ("大野 太郎", "小野 太郎"), ("埼田 一", "崎田 一"),
        ])
    func differentKeys(a: String, b: String) {
        #expect(normalizer.normalize(a).looseKey != normalizer.normalize(b).looseKey)
    }

    @Test(
        "splits at a space of any width and count",
        arguments: [
            ("山田 太郎", "山田", "太郎"), ("山田　太郎", "山田", "太郎"), ("山田\u{3000}\u{3000}太郎", "山田", "太郎"),
            (" 山田\t太郎 ", "山田", "太郎"), ("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ", "タロウ"), ("山田\u{00A0}太郎", "山田", "太郎"),
            ("スミス ジョン ポール", "スミス", "ジョン ポール"),
        ])
    func splits(name: String, surname: String, given: String) {
        let result = normalizer.normalize(name)
        #expect(result.surname == surname)
        #expect(result.given == given)
        #expect(!result.hasWarning(.splitInferred))
    }

    @Test(
        "does not guess a split for a name without space unless kanji turn into kana",
        arguments: [
            ("高橋一郎", "高橋一郎", nil, false), ("山田はなこ", "山田", "はなこ", true),
            ("田中ミサキ", "田中", "ミサキ", true), ("一ノ瀬はな", "一ノ瀬はな", nil, false),
            ("佐藤ゆ", "佐藤ゆ", nil, false),
        ] as [(String, String, String?, Bool)])
    func inferredSplit(name: String, surname: String, given: String?, inferred: Bool) {
        let result = normalizer.normalize(name)
        #expect(result.surname == surname)
        #expect(result.given == given)
        #expect(result.hasWarning(.splitInferred) == inferred)
    }

    @Test(
        "recognises former surnames and keeps them out of the key",
        arguments: [
            ("山田（旧姓 鈴木）花子", "鈴木", NameWarning.Code.formerSurname),
            ("山田(旧姓:鈴木)花子", "鈴木", .formerSurname),
            ("山田 花子（旧氏　鈴木）", "鈴木", .formerSurname),
            ("山田【旧姓鈴木】花子", "鈴木", .formerSurname),
            ("山田（鈴木）花子", "鈴木", .formerSurnameUnmarked),
            ("山田 花子 旧姓 鈴木", "鈴木", .formerSurname),
            ("山田　花子　旧氏：鈴木", "鈴木", .formerSurname),
        ])
    func formerSurnames(name: String, former: String, code: NameWarning.Code) {
        let result = normalizer.normalize(name)
        #expect(result.formerSurname == former)
        #expect(result.key == "山田花子")
        #expect(result.surname == "山田")
        #expect(result.given == "花子")
        #expect(result.hasWarning(code))
    }

    @Test("takes parenthesised kana as the reading when none is given")
    func readingInParentheses() {
        let result = normalizer.normalize("山田 花子（ヤマダ ハナコ）")
        #expect(result.readingKey == "ヤマダハナコ")
        #expect(result.key == "山田花子")
        #expect(result.hasWarning(.readingInName))
    }

    @Test(
        "reports gaiji and never drops them silently",
        arguments: [
            ("山\u{FA11} 太郎", NameWarning.Code.compatIdeograph, "山崎太郎"),
            ("渡\u{908A}\u{E0103} 太郎", .variationSelector, "渡辺太郎"),
            ("\u{E0A1}田 花子", .privateUse, "\u{E0A1}田花子"),
            ("山田 〓子", .gaijiPlaceholder, "山田〓子"),
            ("山田 ●子", .gaijiPlaceholder, "山田〓子"),
            ("山田 ?子", .gaijiPlaceholder, "山田〓子"),
            ("山田 ？子", .gaijiPlaceholder, "山田〓子"),
            ("山田 \u{FFFD}子", .replacementCharacter, "山田〓子"),
            ("山田\u{0001}花子", .controlCharacter, "山田花子"),
        ])
    func gaiji(name: String, code: NameWarning.Code, key: String) {
        let result = normalizer.normalize(name)
        #expect(result.hasWarning(code))
        #expect(Array(result.key.utf8) == Array(key.utf8))
    }

    @Test("a name without gaiji has no warnings", arguments: ["高橋 一郎", "椎名 林檎", "亡", "外山 名"])
    func cleanName(name: String) {
        #expect(normalizer.normalize(name).warnings.isEmpty)
    }

    @Test(
        "keeps co-owner counts and the deceased marker out of the key",
        arguments: [
            ("山田太郎 外2名", NameWarning.Code.coOwners), ("山田 太郎外２名", .coOwners), ("山田 太郎 ほか三名", .coOwners),
            ("山田 太郎 他10名", .coOwners), ("亡 山田 太郎", .deceasedMarker), ("亡山田 太郎", .deceasedMarker),
        ])
    func holderNotes(name: String, code: NameWarning.Code) {
        let result = normalizer.normalize(name)
        #expect(result.key == "山田太郎")
        #expect(result.hasWarning(code))
    }

    @Test(
        "builds the reading key from a reading or a kana-only name",
        arguments: [
            ("佐藤 太郎", "ｻﾄｳ ﾀﾛｳ", "サトータロー"), ("佐藤 太郎", "さとう たろう", "サトータロー"),
            ("佐藤 太郎", "サトウ　タロウ", "サトータロー"), ("さとう", nil, "サトー"), ("サトウ", nil, "サトー"),
            ("ｻﾄｳ", nil, "サトー"),
        ] as [(String, String?, String)])
    func readingKeys(name: String, reading: String?, key: String) {
        #expect(normalizer.normalize(name, reading: reading).readingKey == key)
    }

    @Test("has no reading key for a kanji name without reading")
    func noReadingKey() {
        #expect(normalizer.normalize("佐藤 太郎").readingKey == nil)
    }

    @Test("flags a reading written in kanji")
    func readingNotKana() {
        #expect(normalizer.normalize("佐藤 太郎", reading: "佐藤").hasWarning(.readingNotKana))
    }

    @Test("reports an empty name")
    func emptyName() {
        let result = normalizer.normalize("　 ")
        #expect(result.key.isEmpty)
        #expect(result.surname == nil)
        #expect(result.hasWarning(.empty))
    }

    @Test("encodes every key, with null for absent values")
    func encodesJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(normalizer.normalize("山田花子"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "surname", "given", "key", "loose_key", "reading_key", "entity", "entity_kind",
                "entity_position", "former_surname", "warnings",
            ])
        #expect(object["given"] is NSNull)
        #expect(object["entity"] as? Bool == false)
        let entity = try encoder.encode(normalizer.normalize("㈱山田商店"))
        let text = String(decoding: entity, as: UTF8.self)
        #expect(text.contains(#""entity_kind":"kabushiki_kaisha""#))
        #expect(text.contains(#""entity_position":"prefix""#))
        let warned = String(decoding: try encoder.encode(normalizer.normalize("山〓")), as: UTF8.self)
        #expect(warned.contains(#""code":"gaiji_placeholder""#))
    }
}
