import Foundation
import Testing

@testable import RegsyncText

/// What the normaliser reports: inferred parts, ambiguity and what it could not read.
@Suite("Address warnings")
struct AddressWarningTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        let input: String
        let codes: [AddressWarning.Code]
        var testDescription: String { "\(input) → \(codes.map(\.rawValue))" }
    }

    static let cases: [Expectation] = [
        Expectation(input: "東京都千代田区霞が関1-3-1", codes: []),
        Expectation(input: "千代田区霞が関1-3-1", codes: [.prefectureInferred]),
        Expectation(input: "府中市", codes: [.municipalityAmbiguous]),
        Expectation(input: "伊達市", codes: [.municipalityAmbiguous]),
        Expectation(input: "中央区", codes: [.municipalityAmbiguous]),
        Expectation(input: "府中市府中町1-1", codes: [.municipalityAmbiguous]),
        Expectation(input: "府中市宮西町2-24", codes: [.municipalityResolved, .prefectureInferred]),
        Expectation(input: "〒183-0055 府中市府中町1-1", codes: [.municipalityResolved, .prefectureInferred]),
        Expectation(input: "〒726-0005 府中市府中町1-1", codes: [.municipalityResolved, .prefectureInferred]),
        Expectation(input: "東京都府中市本町1-1", codes: []),
        Expectation(input: "横浜市日吉4-1-1", codes: [.prefectureInferred, .wardInferred]),
        Expectation(input: "静岡県浜松市中区元城町103-2", codes: [.wardInferred]),
        Expectation(input: "神奈川県横浜市中区日吉4-1-1", codes: [.townNotInReference]),
        Expectation(input: "東京都横浜市港北区日吉4-1-1", codes: [.prefectureMismatch]),
        Expectation(input: "東京都千代田区存在しない町1-1", codes: [.townNotInReference]),
        Expectation(input: "東京都ほげ市1-1", codes: [.municipalityNotFound, .unparsedRemainder]),
        Expectation(input: "ほげほげ", codes: [.municipalityNotFound, .unparsedRemainder]),
        Expectation(input: "", codes: [.emptyInput]),
        Expectation(input: "　 ", codes: [.emptyInput]),
        Expectation(input: "東京都", codes: [.municipalityNotFound]),
        Expectation(input: "茨城県龍ケ崎市3710", codes: []),
        Expectation(input: "札幌市中央区北1条西99丁目", codes: [.prefectureInferred, .chomeOutOfRange]),
        Expectation(input: "東京都千代田区霞が関", codes: []),
        Expectation(input: "東京都千代田区 ビル名だけ", codes: [.townNotInReference]),
        Expectation(input: "霞が関１－３－１", codes: [.municipalityInferred, .prefectureInferred]),
        Expectation(input: "東京都霞が関1-3-1", codes: [.municipalityInferred]),
        Expectation(input: "本町1-2-3", codes: [.municipalityNotFound, .unparsedRemainder]),
        Expectation(input: "大阪府霞が関1-3-1", codes: [.municipalityNotFound, .unparsedRemainder]),
        Expectation(input: "茨城県竜ヶ崎市3710", codes: [.variantFolded]),
        Expectation(input: "東京都西多摩郡桧原村467-1", codes: [.variantFolded]),
        Expectation(input: "宮城県塩竈市旭町1-1", codes: []),
        Expectation(input: "宮城県塩釜市旭町1-1", codes: [.variantFolded]),
        Expectation(input: "北埼玉郡騎西町騎西1-1", codes: [.formerMunicipality, .prefectureInferred]),
        Expectation(input: "埼玉県浦和市高砂3-15-1", codes: [.formerMunicipality]),
        Expectation(input: "埼玉県浦和市1-1", codes: [.municipalityNotFound, .unparsedRemainder]),
        Expectation(input: "東京都浦和市高砂3-15-1", codes: [.municipalityNotFound, .unparsedRemainder]),
        Expectation(input: "山梨県明野町上神取578番地13", codes: [.municipalityInferred]),
    ]

    @Test("reports stable warning codes", arguments: cases)
    func warnings(_ example: Expectation) {
        #expect(AddressNormalizer().normalize(example.input).warnings.map(\.code) == example.codes)
    }

    @Test("an ambiguous municipality stays unresolved and names its candidates")
    func ambiguous() {
        let a = AddressNormalizer().normalize("伊達市梁川町")
        #expect(a.prefecture == nil)
        #expect(a.lgCode == nil)
        #expect(a.municipality == "伊達市")
        let message = a.warnings.first { $0.code == .municipalityAmbiguous }?.message ?? ""
        #expect(message.contains("012335") && message.contains("072133"))
    }

    @Test("an unparseable line keeps all its text")
    func unparseable() {
        let a = AddressNormalizer().normalize("東京都ほげ市ふが町1-2-3 ビル")
        #expect(a.prefecture == "東京都")
        #expect(a.municipality == nil)
        #expect(a.rest == "ほげ市ふが町1-2-3 ビル")
    }

    @Test("encodes every key, unknown parts as null, in the CLI contract's names")
    func json() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(AddressNormalizer().normalize("〒100-0013 千代田区霞が関1-3-1"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in [
            "prefecture", "municipality", "lg_code", "town", "chome", "ban", "go", "rest", "postal_code", "key",
            "warnings", "rendered", "street", "oaza", "koaza", "chiwari",
        ] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["lg_code"] as? String == "131016")
        #expect(object["chome"] as? Int == 1)
        #expect(object["ban"] as? String == "3")
        #expect(object["rest"] is NSNull)
        #expect(object["postal_code"] as? String == "100-0013")
        let warnings = try #require(object["warnings"] as? [[String: String]])
        #expect(warnings.first?["code"] == "prefecture_inferred")
        #expect(warnings.first?["message"]?.isEmpty == false)
    }

    @Test("an empty line still yields an object with a warning")
    func empty() throws {
        let data = try JSONEncoder().encode(AddressNormalizer().normalize(""))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["prefecture"] is NSNull)
        #expect((object["warnings"] as? [Any])?.count == 1)
    }
}

extension AddressWarningTests {
    @Test("a town both 府中市 have is ambiguous; its postal code decides")
    func fuchu() {
        let n = AddressNormalizer()
        #expect(n.normalize("府中市府中町1-1").prefecture == nil)
        #expect(n.normalize("府中市府中町1-1").town == "府中町")
        #expect(n.normalize("〒183-0055 府中市府中町1-1").lgCode == "132063")
        #expect(n.normalize("〒726-0005 府中市府中町1-1").lgCode == "342084")
    }
}

extension AddressWarningTests {
    static let hostile: [String] = [
        String(repeating: "九", count: 400) + "番地",
        String(repeating: "9", count: 400) + "-" + String(repeating: "十", count: 50),
        "東京都千代田区霞が関" + String(repeating: "一二三四五六七八九", count: 30) + "丁目",
        String(repeating: "北海道札幌市", count: 200),
        "〒", "〒1", "-", "ー", "第", "字", "大字", "丁目", "番地の", "1-", "\u{3099}", "ｶﾞ",
        "京都市中京区上る下る西入東入" + String(repeating: "上る", count: 100),
        "東京都千代田区霞が関" + String(repeating: "字", count: 5000),
        "東京都千代田区霞が関" + String(repeating: "大字", count: 3000) + "1-1",
        "京都市中京区" + String(repeating: "西入", count: 3000) + "恵比須町",
        "京都市中京区" + String(repeating: "通り角", count: 3000),
        String(repeating: "住所:", count: 2000) + "東京都千代田区霞が関1-3-1",
        String(repeating: "日本", count: 5000),
        String(repeating: "🏠", count: 5000),
        String(repeating: "\u{7}\u{1B}[31m", count: 1000),
        String(repeating: "葛\u{E0100}", count: 3000),
        String((0..<10_000).map { Character(Unicode.Scalar(0x4E00 + ($0 * 7919) % 0x5200)!) }),
    ]

    @Test("never traps on hostile input and keeps the text", arguments: hostile)
    func hostileInput(_ text: String) {
        let a = AddressNormalizer().normalize(text)
        #expect(!a.key.isEmpty)
        #expect(!a.rendered.isEmpty || text.allSatisfy(\.isWhitespace))
    }
}

extension AddressWarningTests {
    static let notAddresses: [String] = [
        "サンハイツ101号室", "ABCマンション 3F", "Tokyo, Chiyoda-ku, Kasumigaseki 1-3-1", "서울특별시 종로구 세종대로 209",
        "北京市东城区", "\u{0}\u{1}\u{2}", "🏠🏢", "★☆◆", "(株)山田商事",
    ]

    @Test("a line that is no address keeps all its text in the rest", arguments: notAddresses)
    func notAnAddress(_ text: String) {
        let a = AddressNormalizer().normalize(text)
        #expect(a.municipality == nil)
        let display = AddressFolding.string(AddressFolding.displayScalars(text))
        #expect(a.rest == display || (display.isEmpty && a.warnings.map(\.code) == [.emptyInput]))
        #expect(a.warnings.contains { $0.code == .municipalityNotFound || $0.code == .emptyInput })
    }

    @Test("a line of ten thousand characters is read whole", arguments: [0, 1, 2])
    func longLine(_ seed: Int) {
        let tail = String(repeating: "ビル\(seed)階", count: 2000)
        let a = AddressNormalizer().normalize("東京都千代田区霞が関1-3-1 " + tail)
        #expect(a.town == "霞が関")
        #expect(a.rest == tail)
    }
}
