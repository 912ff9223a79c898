import RegsyncCore
import Testing

@testable import RegsyncImport

/// Maps one value of `field` of commercial.corporation (a target with text, date, integer
/// and boolean fields) through `transforms`, and returns the value or the field's problem.
func mapOne(
    _ value: String?, field: String = "name", transforms: String? = nil, extra: String = "", load: String = "{}",
    codes: String = "{}"
) throws -> Result<String?, FieldProblem> {
    let fieldYAML = transforms.map { "{column: 2, transforms: \($0)\(extra)}" } ?? "{column: 2\(extra)}"
    let file = try mapping(
        """
        target: commercial.corporation
        source: {format: csv, header: false, columns: 2}
        load: \(load)
        key: corporate_number
        codes: \(codes)
        fields:
          corporate_number: 1
          \(field): \(fieldYAML)
        """)
    let mapper = try RecordMapper(mapping: file, hasher: nil)
    let index = try #require(file.fields.firstIndex { $0.column.mappingName == field })
    switch mapper.map(PositionalRecord("7000012050002", value)) {
    case .row(let row):
        return .success(row.values[index])
    case .rejected(let problems, _, _):
        return .failure(try #require(problems.first { $0.field == field }))
    }
}

/// The warnings of a row mapped like ``mapOne``.
func warnings(_ value: String, field: String, transforms: String, load: String = "{}") throws -> [String] {
    let file = try mapping(
        """
        target: commercial.corporation
        source: {format: csv, header: false, columns: 2}
        load: \(load)
        key: corporate_number
        fields: {corporate_number: 1, \(field): {column: 2, transforms: \(transforms)}}
        """)
    guard
        case .row(let row) = try RecordMapper(mapping: file, hasher: nil).map(PositionalRecord("7000012050002", value))
    else { return ["rejected"] }
    return row.warnings
}

@Suite("Value transforms, type conversion and validation")
struct ValueTransformTests {
    @Test(
        "text transforms",
        arguments: [
            ("[trim]", "\u{3000} 山田 太郎\t\u{3000}", "山田 太郎"),
            ("[trim]", "\u{3000}\u{3000}", nil),
            ("[fold_width]", "ＡＢＣ－１２３ｶﾞｯｺｳ", "ABC-123ガッコウ"),
            ("[collapse_spaces]", "山田\u{3000}\u{3000} 太郎  様", "山田 太郎 様"),
            ("[remove_spaces]", " A B\u{3000}C\t1 ", "ABC1"),
            ("[upper]", "ab12-c", "AB12-C"),
            ("[lower]", "AB12-Ｃ", "ab12-ｃ"),
            ("[digits]", "１２３-４５６７", "1234567"),
            ("[digits]", "〒100-0013", "1000013"),
            ("[digits]", "なし", nil),
            ("[katakana]", "やまだ たろう", "ヤマダ タロウ"),
            ("[trim, fold_width, katakana]", " ﾔﾏﾀﾞ　はなこ ", "ヤマダ ハナコ"),
            ("[{split_name: surname}]", "山田　太郎", "山田"),
            ("[{split_name: given}]", "山田　太郎", "太郎"),
            ("[{split_name: given}]", "山田 太郎 次郎", "太郎 次郎"),
            ("[{split_name: given}]", "山田", nil),
            ("[trim, {default: 不明}]", "  ", "不明"),
            ("[{default: 不明}]", "山田", "山田"),
            ("[trim, {null_if: [\"-\", 不明]}]", " - ", nil),
            ("[trim, {null_if: [\"-\", 不明]}]", "不明", nil),
            ("[trim, {null_if: [\"-\", 不明]}]", "山田", "山田"),
            ("[{zero_pad: 3}]", "7", "007"),
            ("[{zero_pad: 3}]", "1234", "1234"),
            ("[trim, {zero_pad: 2}]", "", nil),
        ] as [(String, String, String?)])
    func textTransforms(transforms: String, input: String, expected: String?) throws {
        #expect(try mapOne(input, transforms: transforms).get() == expected)
    }

    @Test("a field without transforms is trimmed of white space of any width")
    func defaultTrim() throws {
        #expect(try mapOne("\u{3000}株式会社　山田商店 ").get() == "株式会社　山田商店")
        #expect(try mapOne(nil).get() == nil)
    }

    @Test(
        "era_date reads the notations of legacy forms",
        arguments: [
            ("昭和45年3月12日", "1970-03-12"),
            ("昭和４５年３月１２日", "1970-03-12"),
            ("平成元年1月8日", "1989-01-08"),
            ("令和元年5月1日", "2019-05-01"),
            ("昭45.3.12", "1970-03-12"),
            ("S45.3.12", "1970-03-12"),
            ("H1/1/8", "1989-01-08"),
            ("㍼45年3月12日", "1970-03-12"),
            ("㍻元年1月8日", "1989-01-08"),
            ("昭和四十五年三月十二日", "1970-03-12"),
            ("平成元年一月八日", "1989-01-08"),
            ("S450312", "1970-03-12"),
            ("3450312", "1970-03-12"),
            ("4010108", "1989-01-08"),
            ("", nil),
        ] as [(String, String?)])
    func eraDates(input: String, expected: String?) throws {
        #expect(try mapOne(input, field: "update_date", transforms: "[trim, era_date]").get() == expected)
    }

    @Test(
        "dates that are not real days are rejected with the reason",
        arguments: [
            ("平成2年2月30日", "date_impossible"),
            ("昭和45年13月1日", "date_impossible"),
            ("平成元年1月7日", "date_before_era"),
            ("令和元年4月30日", "date_before_era"),
            ("昭和四十五年", "date_unrecognised"),
            ("2020-01-05", "date_unrecognised"),
        ])
    func impossibleDates(input: String, code: String) throws {
        let result = try mapOne(input, field: "update_date", transforms: "[trim, era_date]")
        guard case .failure(let problem) = result else {
            Issue.record("accepted as \(String(describing: try? result.get()))")
            return
        }
        #expect(problem.reason == .date)
        #expect(problem.message.hasPrefix(code), "\(problem.message)")
        #expect(!problem.message.contains(input), "a date reject must not repeat the value")
    }

    @Test("a date past its era's end is converted with a warning, or rejected with past_era_end: reject")
    func pastEraEnd() throws {
        #expect(try mapOne("平成31年5月1日", field: "update_date", transforms: "[trim, era_date]").get() == "2019-05-01")
        #expect(try mapOne("昭和65年1月10日", field: "update_date", transforms: "[trim, era_date]").get() == "1990-01-10")
        #expect(
            try warnings("平成31年5月1日", field: "update_date", transforms: "[trim, era_date]")
                == ["update_date:date_past_era_end"])
        #expect(try warnings("平成31年4月30日", field: "update_date", transforms: "[trim, era_date]") == [])
        let rejected = try mapOne(
            "平成31年5月1日", field: "update_date", transforms: "[trim, era_date]", load: "{past_era_end: reject}")
        guard case .failure(let problem) = rejected else {
            Issue.record("accepted with past_era_end: reject")
            return
        }
        #expect(problem.reason == .date)
        #expect(problem.message.hasPrefix("date_past_era_end"))
        // The fallback parsing of a date column follows the same policy.
        let fallback = try mapOne(
            "平成31年5月1日", field: "update_date", transforms: "[trim]", load: "{past_era_end: reject}")
        #expect(throws: FieldProblem.self) { try fallback.get() }
    }

    @Test(
        "date formats restrict the notations accepted",
        arguments: [
            ("[{date: [iso]}]", "2020-01-05", "2020-01-05"),
            ("[{date: [iso]}]", "2020/01/05", nil),
            ("[{date: [slashed]}]", "2020/1/5", "2020-01-05"),
            ("[{date: [compact]}]", "20200105", "2020-01-05"),
            ("[{date: [era-code]}]", "5020105", "2020-01-05"),
            ("[{date: [era-code]}]", "令和2年1月5日", nil),
            ("[{date: [any]}]", "令和2年1月5日", "2020-01-05"),
            ("[date]", "2020年1月5日", "2020-01-05"),
        ] as [(String, String, String?)])
    func dateFormats(transforms: String, input: String, expected: String?) throws {
        let result = try mapOne(input, field: "update_date", transforms: transforms)
        if let expected {
            #expect(try result.get() == expected)
        } else {
            #expect(throws: FieldProblem.self) { try result.get() }
        }
    }

    @Test(
        "a date field without a date transform is parsed in any full-date notation",
        arguments: [
            ("2020/1/5", "2020-01-05"), ("令和2年1月5日", "2020-01-05"), ("20200105", "2020-01-05"),
            ("R2.1.5", "2020-01-05"), ("２０２０－０１－０５", "2020-01-05"),
        ])
    func dateFallback(input: String, expected: String) throws {
        #expect(try mapOne(input, field: "update_date").get() == expected)
        #expect(try mapOne(input, field: "update_date", transforms: "[trim]").get() == expected)
    }

    @Test("a date field whose value is no date is rejected as date")
    func notADate() throws {
        for input in ["近日", "2020-02-30", "13/45/2020"] {
            let result = try mapOne(input, field: "update_date", transforms: "[trim]")
            guard case .failure(let problem) = result else {
                Issue.record("\(input) accepted")
                continue
            }
            #expect(problem.reason == .date)
        }
    }

    @Test(
        "code tables replace codes; unknown codes are rejected, kept or nulled",
        arguments: [
            ("reject", "1", "male"), ("reject", " 2 ", "female"), ("keep", "1", "male"), ("keep", "3", "3"),
            ("null", "3", nil),
        ] as [(String, String, String?)])
    func codeTables(unknown: String, input: String, expected: String?) throws {
        let codes = "{sex: {map: {\"1\": male, \"2\": female}, unknown: \(unknown)}}"
        #expect(try mapOne(input, transforms: "[{code: sex}]", codes: codes).get() == expected)
        let inline = "[{code: {map: {\"1\": male, \"2\": female}, unknown: \(unknown)}}]"
        #expect(try mapOne(input, transforms: inline).get() == expected)
    }

    @Test("an unknown code is rejected as code_unknown by default")
    func unknownCode() throws {
        let result = try mapOne("3", transforms: "[{code: sex}]", codes: "{sex: {map: {\"1\": male}}}")
        guard case .failure(let problem) = result else {
            Issue.record("accepted")
            return
        }
        #expect(problem.reason == .code)
        #expect(problem.message.contains("sex"))
    }

    @Test(
        "booleans accept the usual words",
        arguments: [
            ("1", "true"), ("0", "false"), ("true", "true"), ("FALSE", "false"), ("t", "true"), ("f", "false"),
            ("yes", "true"), ("No", "false"), ("有", "true"), ("無", "false"), ("○", "true"), ("×", "false"),
            ("１", "true"), ("ｔｒｕｅ", "true"),
        ])
    func booleans(input: String, expected: String) throws {
        #expect(try mapOne(input, field: "latest").get() == expected)
    }

    @Test("a boolean field with another word is rejected")
    func notABoolean() throws {
        for input in ["2", "maybe", "はいいいえ"] {
            #expect(throws: FieldProblem.self, "\(input)") { try mapOne(input, field: "latest").get() }
        }
    }

    @Test(
        "integers are whole numbers of any width",
        arguments: [("42", "42"), ("４２", "42"), ("-7", "-7"), ("007", "7"), (" 12 ", "12")])
    func integers(input: String, expected: String) throws {
        #expect(try mapOne(input, field: "sequence_number").get() == expected)
    }

    @Test("an integer field with anything but a whole number in range is rejected as number")
    func notAnInteger() throws {
        for input in ["4.5", "abc", "1,000", "99999999999", "2000000000"] {
            let result = try mapOne(input, field: "sequence_number")
            guard case .failure(let problem) = result else {
                Issue.record("\(input) accepted")
                continue
            }
            #expect(problem.reason == .number, "\(input)")
        }
    }

    @Test("corporate numbers: the NTA check digit is verified")
    func corporateNumbers() throws {
        let check = ", check_digit: corporate_number"
        #expect(try mapOne("7000012050002", transforms: "[trim, digits]", extra: check).get() == "7000012050002")
        #expect(try mapOne("7-0000-1205-0002", transforms: "[trim, digits]", extra: check).get() == "7000012050002")
        for wrong in ["7000012050003", "8000012050002", "700001205000", "70000120500021"] {
            let result = try mapOne(wrong, transforms: "[trim, digits]", extra: check)
            guard case .failure(let problem) = result else {
                Issue.record("\(wrong) accepted")
                continue
            }
            #expect(problem.reason == .checkDigit)
            #expect(!problem.message.contains(wrong))
        }
        var random = SplitMix64(state: 13)
        for _ in 0..<200 {
            let base = String((0..<12).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
            let number = corporateNumber(base: base)
            #expect(try mapOne(number, transforms: "[trim]", extra: check).get() == number)
            // Changing any one digit breaks the check.
            // (0 ↔ 9 is the one change a mod-9 check cannot see.)
            var digits = Array(number)
            let position = Int.random(in: 1..<13, using: &random)
            let old = digits[position].wholeNumberValue!
            let new = (1...9).map { (old + $0) % 10 }.filter { abs($0 - old) != 9 }.randomElement(using: &random)!
            digits[position] = Character(String(new))
            #expect(throws: FieldProblem.self) { try mapOne(String(digits), transforms: "[trim]", extra: check).get() }
        }
    }

    @Test("patterns must match the whole value after the transforms")
    func patterns() throws {
        let pattern = ", pattern: \"[A-Z0-9][A-Z0-9-]{3,24}\""
        #expect(try mapOne(" ab12-345 ", transforms: "[trim, upper]", extra: pattern).get() == "AB12-345")
        for wrong in ["-AB12", "AB1", "AB12 345", "AB12-345\n", String(repeating: "A", count: 26)] {
            let result = try mapOne(wrong, transforms: "[]", extra: pattern)
            guard case .failure(let problem) = result else {
                Issue.record("\(wrong.debugDescription) accepted")
                continue
            }
            #expect(problem.reason == .pattern)
        }
        let fallback = ", pattern: \"(?:[0-9]{3})-(?:[0-9]{4})\""
        #expect(try mapOne("100-0013", transforms: "[]", extra: fallback).get() == "100-0013")
        #expect(throws: FieldProblem.self) { try mapOne("100-0013\n", transforms: "[]", extra: fallback).get() }
        #expect(throws: FieldProblem.self) { try mapOne("x100-0013", transforms: "[]", extra: fallback).get() }
    }

    @Test("lengths count characters, not bytes")
    func lengths() throws {
        let range = ", length: {min: 2, max: 4}"
        #expect(try mapOne("髙﨑", extra: range).get() == "髙﨑")
        #expect(try mapOne("髙﨑ab", extra: range).get() == "髙﨑ab")
        for (input, message) in [("髙", "shorter than 2"), ("髙﨑abc", "longer than 4")] {
            let result = try mapOne(input, extra: range)
            guard case .failure(let problem) = result else {
                Issue.record("\(input) accepted")
                continue
            }
            #expect(problem.reason == .length)
            #expect(problem.message.contains(message))
        }
        #expect(try mapOne("abc", extra: ", length: 3").get() == "abc")
        #expect(throws: FieldProblem.self) { try mapOne("ab", extra: ", length: 3").get() }
    }

    @Test("required fields and key fields must not be empty after the transforms")
    func required() throws {
        let result = try mapOne(" - ", transforms: "[trim, {null_if: [\"-\"]}]", extra: ", required: true")
        guard case .failure(let problem) = result else {
            Issue.record("accepted")
            return
        }
        #expect(problem.reason == .required)
        let file = try mapping(
            """
            target: commercial.corporation
            source: {format: csv, header: false, columns: 2}
            key: corporate_number
            fields: {corporate_number: 1, name: 2}
            """)
        guard
            case .rejected(let problems, _, _) = try RecordMapper(mapping: file, hasher: nil).map(
                PositionalRecord("　", "x"))
        else {
            Issue.record("a record without its key was accepted")
            return
        }
        #expect(problems.map(\.field) == ["corporate_number"])
        #expect(problems.map(\.reason) == [.required])
    }

    @Test("every problem of a record is reported, the first in field order first")
    func allProblems() throws {
        let file = try mapping(
            """
            target: commercial.corporation
            source: {format: csv, header: false, columns: 4}
            key: corporate_number
            fields:
              corporate_number: {column: 1, check_digit: corporate_number}
              sequence_number: 2
              update_date: 3
              latest: 4
            """)
        guard
            case .rejected(let problems, _, let partial) = try RecordMapper(mapping: file, hasher: nil).map(
                PositionalRecord("7000012050003", "x", "2020-02-30", "maybe"))
        else {
            Issue.record("accepted")
            return
        }
        #expect(problems.map(\.field) == ["corporate_number", "sequence_number", "update_date", "latest"])
        #expect(problems.map(\.reason) == [.checkDigit, .number, .date, .code])
        #expect(partial.allSatisfy { $0 == nil })
    }

    @Test("individual numbers become keyed pseudonyms after their check digit is verified")
    func individualNumbers() throws {
        let file = try mapping(
            """
            target: resident.person
            source: {format: csv, header: false, columns: 3}
            key: resident_code
            fields: {resident_code: 1, name: 2, individual_number: {column: 3, transforms: [trim, digits]}}
            """)
        let hasher = try #require(KeyedHasher(keyBytes: Array("0123456789abcdef".utf8)))
        let mapper = try RecordMapper(mapping: file, hasher: hasher)
        let index = try #require(file.fields.firstIndex { $0.column.name == "individual_number_hmac" })
        // 123456789018: check digit 8 for the base 12345678901.
        guard case .row(let row) = mapper.map(PositionalRecord("12345678901", "山田", "1234 5678 9018")) else {
            Issue.record("a valid individual number was rejected")
            return
        }
        let pseudonym = try #require(row.values[index])
        #expect(pseudonym.count == 64)
        #expect(!pseudonym.contains("123456789018"))
        #expect(pseudonym == hasher.pseudonym("123456789018", context: "resident.person"))
        guard case .rejected(let problems, _, _) = mapper.map(PositionalRecord("12345678901", "山田", "123456789012"))
        else {
            Issue.record("a wrong check digit was accepted")
            return
        }
        #expect(problems.map(\.reason) == [.checkDigit])
        #expect(!problems[0].message.contains("123456789012"))
    }
}
