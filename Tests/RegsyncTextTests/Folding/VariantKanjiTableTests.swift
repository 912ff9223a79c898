import Testing

@testable import RegsyncText

@Suite("Variant kanji table")
struct VariantKanjiTableTests {
    let table = VariantKanjiTable.shared

    @Test(
        "folds the common surname variants to their standard form",
        arguments: [
            ("髙", "高", VariantGrade.strict), ("﨑", "崎", .strict), ("嵜", "崎", .strict), ("邊", "辺", .strict),
            ("邉", "辺", .strict), ("齋", "斎", .strict), ("齊", "斎", .strict), ("澤", "沢", .strict),
            ("濱", "浜", .strict), ("濵", "浜", .strict), ("櫻", "桜", .strict), ("廣", "広", .strict),
            ("國", "国", .strict), ("龍", "竜", .strict), ("德", "徳", .strict), ("眞", "真", .strict),
            ("惠", "恵", .strict), ("榮", "栄", .strict), ("藏", "蔵", .strict), ("條", "条", .strict),
            ("關", "関", .strict), ("𠮷", "吉", .strict), ("瀧", "滝", .strict), ("曾", "曽", .strict),
            ("嶋", "島", .soft), ("冨", "富", .soft), ("斎", "斉", .soft), ("齋", "斉", .soft), ("峯", "峰", .soft),
            ("薗", "園", .soft), ("渕", "淵", .soft), ("埜", "野", .soft),
        ])
    func folds(variant: Character, standard: Character, grade: VariantGrade) {
        let v = variant.unicodeScalars.first!.value
        let s = standard.unicodeScalars.first!.value
        #expect(table.grade(v, s) == grade)
        #expect(table.looseForm(v) == table.looseForm(s))
        if grade == .strict {
            #expect(table.strictForm(v) == table.strictForm(s))
        } else {
            #expect(table.strictForm(v) != table.strictForm(s))
        }
    }

    @Test(
        "never folds confusables and wrong address-tool pairs",
        arguments: [
            ("佐", "左", VariantGrade.never), ("萩", "荻", .never), ("己", "巳", .never), ("埼", "崎", .never),
            ("大", "太", .never), ("柿", "杮", .never), ("済", "斉", .never),
            ("曾", "会", .different),  // one address tool maps 曾→会: wrong, 曾's standard form is 曽
            ("島", "鳥", .different), ("薺", "斉", .different),
        ])
    func neverFolds(a: Character, b: Character, grade: VariantGrade) {
        let x = a.unicodeScalars.first!.value
        let y = b.unicodeScalars.first!.value
        #expect(table.grade(x, y) == grade)
        #expect(table.looseForm(x) != table.looseForm(y))
    }

    @Test("every entry names its sources and a grade the table may hold")
    func entriesAreSourced() {
        let known: Set<String> = ["J", "JV", "N", "G", "A", "L", "P", "R"]
        #expect(table.entries.count > 400)
        for entry in table.entries {
            #expect(!entry.sources.isEmpty, "\(entry.variant) has no source")
            #expect(entry.sources.allSatisfy(known.contains), "\(entry.variant): \(entry.sources)")
            #expect([.strict, .soft, .never].contains(entry.grade))
            #expect(entry.variant != entry.standard)
        }
    }

    @Test("a strict form is a fixed point, and the loose form refines it")
    func formsAreStable() {
        for entry in table.entries where entry.grade != .never {
            let strict = table.strictForm(entry.variant.value)
            #expect(table.strictForm(strict) == strict)
            #expect(table.looseForm(strict) == table.looseForm(entry.variant.value))
        }
    }
}
