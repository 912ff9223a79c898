import Testing

@testable import RegsyncText

@Suite("Name comparison")
struct NameComparisonTests {
    @Test(
        "grades whole names",
        arguments: [
            ("高橋一郎", "高橋　一郎", VariantGrade.identical), ("ｻﾄｳ ﾀﾛｳ", "サトウ タロウ", .identical),
            ("Ｓｍｉｔｈ Ｊｏｈｎ", "SMITH JOHN", .identical), ("髙橋　一郎", "高橋一郎", .strict),
            ("渡邊 太郎", "渡辺 太郎", .strict), ("渡邉 太郎", "渡邊 太郎", .strict), ("山﨑 花子", "山崎 花子", .strict),
            ("齋藤 誠", "斎藤 誠", .strict), ("齊藤 誠", "斎藤 誠", .strict), ("齊藤 誠", "斉藤 誠", .soft), ("澤田 健", "沢田 健", .strict),
            ("龍 一", "竜 一", .strict),
            ("嶋田 一郎", "島田 一郎", .soft), ("斎藤 誠", "斉藤 誠", .soft), ("齋藤 誠", "斉藤 誠", .soft),
            ("冨田 健", "富田 健", .soft), ("佐々木 一", "佐佐木 一", .soft), ("さとう", "サトウ", .soft),
            ("山田 〓子", "山田 花子", .soft), ("山田 ●子", "山田 花子", .soft), ("髙嶋 一", "高島 一", .soft),
            ("佐藤 一郎", "左藤 一郎", .never), ("萩原 健", "荻原 健", .never), ("大田 花子", "太田 花子", .never),
            ("髙萩 一", "高荻 一", .never), ("佐藤 一郎", "佐藤 次郎", .different), ("佐藤 一郎", "佐藤 一", .different),
            ("島田 一郎", "鳥田 一郎", .different), ("佐藤 花子", "左藤 和子", .different),
            ("大野 太郎", "小野 太郎", .different),
        ])
    func grades(a: String, b: String, grade: VariantGrade) {
        #expect(NameComparison.grade(a, b) == grade)
        #expect(NameComparison.grade(b, a) == grade)
    }

    @Test(
        "grades entities by name, kind and position",
        arguments: [
            ("㈱山田商店", "株式会社 山田商店", VariantGrade.identical), ("(株)山田商店", "株式会社山田商店", .identical),
            ("株式会社髙山商店", "株式会社高山商店", .strict), ("㈱山田商店", "山田商店株式会社", .soft),
            ("株式会社山田商店", "有限会社山田商店", .different), ("株式会社山田商店", "株式会社山本商店", .different),
            ("株式会社山田商店", "山田商店", .never), ("東京都", "東京 都子", .never), ("国", "国 太郎", .never),
        ])
    func gradesEntities(a: String, b: String, grade: VariantGrade) {
        #expect(NameComparison.grade(a, b) == grade)
        #expect(NameComparison.grade(b, a) == grade)
    }

    @Test(
        "grades single characters",
        arguments: [
            ("高", "高", VariantGrade.identical), ("Ａ", "A", .identical), ("髙", "高", .strict), ("﨑", "崎", .strict),
            ("嶋", "島", .soft), ("あ", "ア", .soft), ("〓", "高", .soft), ("佐", "左", .never), ("萩", "荻", .never),
            ("己", "巳", .never), ("高", "島", .different),
        ] as [(Character, Character, VariantGrade)])
    func gradesCharacters(a: Character, b: Character, grade: VariantGrade) {
        #expect(NameComparison.gradeCharacter(a, b) == grade)
        #expect(NameComparison.gradeCharacter(b, a) == grade)
    }

    @Test("orders grades by strength of evidence")
    func order() {
        #expect(VariantGrade.allCases.sorted() == [.different, .never, .soft, .strict, .identical])
        #expect(min(VariantGrade.strict, .soft) == .soft)
    }
}
