import Foundation
import RegsyncText
import Testing

@Suite("Parsing era and Gregorian dates")
struct DateParserTests {
    let parser = DateParser()

    @Test(
        "reads era dates in their legacy spellings",
        arguments: [
            ("昭和45年3月12日", "1970-03-12"),
            ("昭和45年3月12日生", "1970-03-12"),
            ("昭和45年3月12", "1970-03-12"),
            ("昭和４５年３月１２日", "1970-03-12"),
            ("昭和 45年 3月 12日", "1970-03-12"),
            ("昭和\u{3000}45年\u{3000}3月\u{3000}12日\u{3000}生", "1970-03-12"),
            (" 昭和45年3月12日 ", "1970-03-12"),
            ("昭45年3月12日", "1970-03-12"),
            ("昭45.3.12", "1970-03-12"),
            ("S45.3.12", "1970-03-12"),
            ("s45.3.12", "1970-03-12"),
            ("Ｓ４５．３．１２", "1970-03-12"),
            ("ｓ４５．０３．１２", "1970-03-12"),
            ("S45/3/12", "1970-03-12"),
            ("S45-3-12", "1970-03-12"),
            ("Ｓ４５－３－１２", "1970-03-12"),
            ("S45\u{2010}3\u{2010}12", "1970-03-12"),
            ("S45\u{2212}3\u{2212}12", "1970-03-12"),
            ("S45ー3ー12", "1970-03-12"),
            ("S45.03.12", "1970-03-12"),
            ("S 45.3.12", "1970-03-12"),
            ("S45.3.12生", "1970-03-12"),
            ("H1/1/8", "1989-01-08"),
            ("H01.01.08", "1989-01-08"),
            ("ｈ1.1.8", "1989-01-08"),
            ("Ｈ３１．０４．３０", "2019-04-30"),
            ("R6年1月1日", "2024-01-01"),
            ("r6.1.1", "2024-01-01"),
            ("令元.5.1", "2019-05-01"),
            ("\u{337C}45年3月12日", "1970-03-12"),  // ㍼
            ("\u{32FF}6年1月1日", "2024-01-01"),  // ㋿
            ("\u{337B}元年1月8日", "1989-01-08"),  // ㍻
            ("\u{337D}元年7月30日", "1912-07-30"),  // ㍽
            ("\u{337E}45年7月29日", "1912-07-29"),  // ㍾
            ("平成元年1月8日", "1989-01-08"),
            ("平成 1年1月8日", "1989-01-08"),
            ("平成1年1月8日", "1989-01-08"),
            ("平成　元年　1月　8日", "1989-01-08"),
            ("昭和四十五年三月十二日", "1970-03-12"),
            ("平成二十年十月一日", "2008-10-01"),
            ("平成二〇年一〇月一日", "2008-10-01"),
            ("平成二○年一○月一日", "2008-10-01"),
            ("令和六年一月一日", "2024-01-01"),
            ("昭和三十一年十二月三十一日", "1956-12-31"),
            ("昭和元年十二月二十五日", "1926-12-25"),
            ("昭和参拾年壱月弐拾日", "1955-01-20"),
            ("昭和廿年八月十五日", "1945-08-15"),
            ("昭和四五年三月一二日", "1970-03-12"),
            ("明治6年1月1日", "1873-01-01"),
            ("M6.1.1", "1873-01-01"),
            ("明45.7.29", "1912-07-29"),
            ("明治45年7月29日", "1912-07-29"),
            ("大正元年7月30日", "1912-07-30"),
            ("大1.7.30", "1912-07-30"),
            ("t1.7.30", "1912-07-30"),
            ("大正元年８月１日", "1912-08-01"),
            ("大正15年12月24日", "1926-12-24"),
            ("T15.12.24", "1926-12-24"),
            ("昭和元年12月25日", "1926-12-25"),
            ("昭和64年1月7日", "1989-01-07"),
            ("平成31年4月30日", "2019-04-30"),
            ("令和元年5月1日", "2019-05-01"),
            ("平成4年2月29日", "1992-02-29"),
            ("平成12年2月29日", "2000-02-29"),
            ("令和2年2月29日", "2020-02-29"),
        ])
    func eraDate(text: String, iso: String) throws {
        let date = try parser.parse(text).get()
        #expect(date.isoString == iso)
        #expect(date.warnings.isEmpty)
        #expect(date.era != nil)
        #expect(date.format == .era)
    }

    @Test(
        "reads the compact and era-code forms",
        arguments: [
            ("S450312", "1970-03-12", DateFormat.eraCompact),
            ("H010108", "1989-01-08", .eraCompact),
            ("R060101", "2024-01-01", .eraCompact),
            ("昭450312", "1970-03-12", .eraCompact),
            ("Ｓ４５０３１２", "1970-03-12", .eraCompact),
            ("3450312", "1970-03-12", .eraCode),
            ("4010108", "1989-01-08", .eraCode),
            ("5060101", "2024-01-01", .eraCode),
            ("1450729", "1912-07-29", .eraCode),
            ("2011230", "1912-12-30", .eraCode),
            ("3640107", "1989-01-07", .eraCode),
            ("３４５０３１２", "1970-03-12", .eraCode),
            ("3450312生", "1970-03-12", .eraCode),
        ])
    func compactForms(text: String, iso: String, format: DateFormat) throws {
        let date = try parser.parse(text).get()
        #expect(date.isoString == iso)
        #expect(date.format == format)
        #expect(date.warnings.isEmpty)
    }

    @Test(
        "reads Gregorian dates",
        arguments: [
            ("1970-03-12", "1970-03-12", DateFormat.iso),
            ("1970-3-12", "1970-03-12", .iso),
            ("1970/03/12", "1970-03-12", .slashed),
            ("1970/3/12", "1970-03-12", .slashed),
            ("２０２４／０１／０１", "2024-01-01", .slashed),
            ("1970.3.12", "1970-03-12", .dotted),
            ("19700312", "1970-03-12", .compact),
            ("１９７０0312", "1970-03-12", .compact),
            ("1970年3月12日", "1970-03-12", .kanji),
            ("1970年3月12日生", "1970-03-12", .kanji),
            ("1970 年 3 月 12 日", "1970-03-12", .kanji),
            ("１９７０年３月１２日", "1970-03-12", .kanji),
            ("一九七〇年三月十二日", "1970-03-12", .kanji),
            ("千九百七十年三月十二日", "1970-03-12", .kanji),
            ("2000-02-29", "2000-02-29", .iso),
            ("1900-02-28", "1900-02-28", .iso),
            ("1868-01-01", "1868-01-01", .iso),
        ])
    func gregorian(text: String, iso: String, format: DateFormat) throws {
        let date = try parser.parse(text).get()
        #expect(date.isoString == iso)
        #expect(date.format == format)
        #expect(date.era == nil)
        #expect(date.warnings.isEmpty)
    }

    @Test(
        "converts a date past its era's last day with a warning",
        arguments: [
            ("平成31年5月1日", "2019-05-01", Era.heisei),
            ("H31.5.1", "2019-05-01", .heisei),
            ("平成32年1月1日", "2020-01-01", .heisei),
            ("4310501", "2019-05-01", .heisei),
            ("昭和64年1月8日", "1989-01-08", .showa),
            ("昭和65年1月1日", "1990-01-01", .showa),
            ("S650101", "1990-01-01", .showa),
            ("昭和99年12月31日", "2024-12-31", .showa),
            ("大正15年12月25日", "1926-12-25", .taisho),
            ("明治45年7月30日", "1912-07-30", .meiji),
        ])
    func pastEraEnd(text: String, iso: String, era: Era) throws {
        let date = try parser.parse(text).get()
        #expect(date.isoString == iso)
        #expect(date.era == era)
        #expect(date.warnings == [.pastEraEnd(era: era)])
        #expect(date.warnings.first?.code == "date_past_era_end")
    }

    @Test("rejects a date past its era's last day when configured to")
    func pastEraEndRejected() {
        let strict = DateParser(pastEraEnd: .reject)
        guard case .failure(let error) = strict.parse("平成31年5月1日") else {
            Issue.record("accepted a date past the era's end")
            return
        }
        #expect(error.code == .pastEraEnd)
        #expect(error.era == .heisei)
        #expect(error.message.contains("2019-04-30"))
        #expect((try? strict.parse("平成31年4月30日").get())?.isoString == "2019-04-30")
    }

    @Test(
        "rejects impossible dates, dates before their era and lunisolar 明治 dates",
        arguments: [
            ("昭和45年2月30日", DateError.Code.impossible),
            ("平成5年2月29日", .impossible),
            ("平成元年2月30日", .impossible),
            ("1900-02-29", .impossible),
            ("2023-02-29", .impossible),
            ("1970年2月30日", .impossible),
            ("昭和45年13月1日", .impossible),
            ("昭和45年0月1日", .impossible),
            ("昭和45年3月0日", .impossible),
            ("昭和45年4月31日", .impossible),
            ("平成0年1月1日", .impossible),
            ("1970-13-01", .impossible),
            ("1970-00-10", .impossible),
            ("0000-00-00", .impossible),
            ("19701301", .impossible),
            ("3451332", .impossible),
            ("S451301", .impossible),
            ("明治5年12月31日", .impossible),
            ("平成元年1月7日", .beforeEra),
            ("H1.1.1", .beforeEra),
            ("4010107", .beforeEra),
            ("令和元年4月30日", .beforeEra),
            ("R1.4.30", .beforeEra),
            ("\u{32FF}元年1月1日", .beforeEra),
            ("昭和元年12月24日", .beforeEra),
            ("大正元年7月29日", .beforeEra),
            ("明治元年1月1日", .lunisolar),
            ("M1.1.25", .lunisolar),
            ("明治元年9月8日", .lunisolar),
            ("明治5年12月2日", .lunisolar),
            ("1050101", .lunisolar),
            ("昭和", .unrecognised),
            ("45年3月12日", .unrecognised),
            ("S45.3", .unrecognised),
            ("1970-03", .unrecognised),
            ("昭和45年3月12日午前", .unrecognised),
            ("昭和45年3月12日生まれ", .unrecognised),
            ("1970-03-12T00:00:00", .unrecognised),
            ("1970/03-12", .unrecognised),
            ("S45.3/12", .unrecognised),
            ("S45年3.12", .unrecognised),
            ("1970 03 12", .unrecognised),
            ("19 700312", .unrecognised),
            ("6450312", .unrecognised),
            ("0450312", .unrecognised),
            ("S4503120", .unrecognised),
            ("197003", .unrecognised),
            ("X45.3.12", .unrecognised),
            ("S045.3.12", .unrecognised),
            ("昭和二三十年1月1日", .unrecognised),
            ("1970年3月12日12日", .unrecognised),
            ("山田太郎", .unrecognised),
            ("123456789", .unrecognised),
            ("", .empty),
            ("   ", .empty),
            ("\u{3000}", .empty),
        ])
    func rejects(text: String, code: DateError.Code) {
        guard case .failure(let error) = parser.parse(text) else {
            Issue.record("accepted \(text)")
            return
        }
        #expect(error.code == code)
        #expect(!error.message.isEmpty)
        if !text.trimmingCharacters(in: .whitespaces).isEmpty {
            #expect(!error.message.contains(text))
        }
        #expect(!error.shape.contains { $0.isNumber && $0 != "9" })
    }

    @Test("names the era and its first day when a date precedes it")
    func beforeEraMessage() {
        guard case .failure(let error) = parser.parse("平成元年1月7日") else {
            Issue.record("accepted 平成元年1月7日")
            return
        }
        #expect(error.era == .heisei)
        #expect(error.message == "date precedes the first day of 平成 (1989-01-08)")
        #expect(error.shape == "平成元年9月9日")
        #expect(error.description == "date_before_era: date precedes the first day of 平成 (1989-01-08)")
    }

    @Test(
        "writes only the shape of a rejected value, never its digits or other text",
        arguments: [
            ("昭和45年2月30日", "昭和99年9月99日"),
            ("S45.2.30", "S99.9.99"),
            ("昭和四十五年二月三十日", "昭和999年9月99日"),
            ("山田 1970-02-30", "?? 9999-99-99"),
            ("Ｘ４５", "?99"),
        ])
    func shape(text: String, shape: String) {
        guard case .failure(let error) = parser.parse(text) else {
            Issue.record("accepted \(text)")
            return
        }
        #expect(error.shape == shape)
    }

    @Test("accepts only the families a mapping names")
    func restrictedFormats() {
        let isoOnly = DateParser(formats: [.iso])
        #expect((try? isoOnly.parse("1970-03-12").get())?.isoString == "1970-03-12")
        #expect(isoOnly.parse("1970/03/12").failureCode == .unrecognised)
        #expect(isoOnly.parse("昭和45年3月12日").failureCode == .unrecognised)
        let eraOnly = DateParser(formats: [.era])
        #expect(eraOnly.parse("3450312").failureCode == .unrecognised)
        #expect(eraOnly.parse("S450312").failureCode == .unrecognised)
        #expect((try? eraOnly.parse("S45.3.12").get())?.isoString == "1970-03-12")
        let codes = DateParser(formats: [.eraCode])
        #expect((try? codes.parse("3450312").get())?.isoString == "1970-03-12")
        #expect(codes.parse("19700312").failureCode == .unrecognised)
    }

    @Test("'.any' is every full-date family and none of the year-month ones")
    func anyFormats() {
        #expect(Set([DateFormat].any) == Set(DateFormat.allCases).subtracting([.yearMonth, .eraYearMonth]))
        #expect(DateFormat(rawValue: "era-code") == .eraCode)
        #expect(DateFormat(rawValue: "year-month") == .yearMonth)
    }

    @Test(
        "reads year-month values when a mapping asks for them",
        arguments: [
            ("1970-03", "1970-03", DateFormat.yearMonth, nil as Era?, [] as [DateWarning]),
            ("1970/3", "1970-03", .yearMonth, nil, []),
            ("1970.3", "1970-03", .yearMonth, nil, []),
            ("1970年3月", "1970-03", .yearMonth, nil, []),
            ("昭和45年3月", "1970-03", .eraYearMonth, .showa, []),
            ("S45.3", "1970-03", .eraYearMonth, .showa, []),
            ("平成元年1月", "1989-01", .eraYearMonth, .heisei, []),
            ("昭和64年1月", "1989-01", .eraYearMonth, .showa, []),
            ("令和元年5月", "2019-05", .eraYearMonth, .reiwa, []),
            ("平成31年5月", "2019-05", .eraYearMonth, .heisei, [.pastEraEnd(era: .heisei)]),
        ])
    func yearMonth(text: String, iso: String, format: DateFormat, era: Era?, warnings: [DateWarning]) throws {
        let parser = DateParser(formats: [.yearMonth, .eraYearMonth])
        let date = try parser.parse(text).get()
        #expect(date.isoString == iso)
        #expect(date.day == nil)
        #expect(date.calendarDate == nil)
        #expect(date.format == format)
        #expect(date.era == era)
        #expect(date.warnings == warnings)
    }

    @Test(
        "rejects impossible year-month values",
        arguments: [
            ("1970-13", DateError.Code.impossible), ("令和元年4月", .beforeEra), ("昭和45年0月", .impossible),
            ("明治5年3月", .lunisolar), ("1970-03-12", .unrecognised),
        ])
    func yearMonthRejects(text: String, code: DateError.Code) {
        #expect(DateParser(formats: [.yearMonth, .eraYearMonth]).parse(text).failureCode == code)
    }
}

extension Result where Failure == DateError {
    /// The error code, or `nil` on success.
    var failureCode: DateError.Code? {
        if case .failure(let error) = self { return error.code }
        return nil
    }
}
