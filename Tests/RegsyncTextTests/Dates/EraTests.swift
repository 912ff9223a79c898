import RegsyncText
import Testing

@Suite("Eras and era notation")
struct EraTests {
    @Test(
        "knows each era's first and last day",
        arguments: [
            (Era.meiji, "1868-01-25", "1912-07-29"),
            (.taisho, "1912-07-30", "1926-12-24"),
            (.showa, "1926-12-25", "1989-01-07"),
            (.heisei, "1989-01-08", "2019-04-30"),
            (.reiwa, "2019-05-01", nil),
        ] as [(Era, String, String?)])
    func boundaries(era: Era, first: String, last: String?) {
        #expect(era.firstDay.isoString == first)
        #expect(era.lastDay?.isoString == last)
    }

    @Test("names, letters and codes")
    func names() {
        #expect(Era.allCases.map(\.name) == ["明治", "大正", "昭和", "平成", "令和"])
        #expect(String(Era.allCases.map(\.letter)) == "MTSHR")
        #expect(Era.allCases.map(\.code) == [1, 2, 3, 4, 5])
        #expect(Era.showa.gregorianYear(eraYear: 45) == 1970)
        #expect(Era.reiwa.gregorianYear(eraYear: 1) == 2019)
    }

    /// Expected values from Java 17's `JapaneseDate.from(LocalDate)` (an independent
    /// implementation), era value converted to regsync's code (Java's MEIJI is -1).
    @Test(
        "agrees with java.time's Japanese calendar",
        arguments: [
            ("1873-01-01", 1, 6), ("1912-07-29", 1, 45), ("1912-07-30", 2, 1), ("1926-12-24", 2, 15),
            ("1926-12-25", 3, 1), ("1989-01-07", 3, 64), ("1989-01-08", 4, 1), ("2019-04-30", 4, 31),
            ("2019-05-01", 5, 1), ("1881-09-02", 1, 14), ("2023-11-07", 5, 5), ("2008-08-20", 4, 20),
            ("1986-11-08", 3, 61), ("2026-06-29", 5, 8), ("1877-10-02", 1, 10), ("1917-04-09", 2, 6),
            ("1996-08-25", 4, 8), ("1952-06-17", 3, 27), ("1926-06-28", 2, 15), ("1953-01-24", 3, 28),
            ("1887-07-29", 1, 20),
        ])
    func java(iso: String, code: Int, eraYear: Int) throws {
        let date = try #require(try DateParser(formats: [.iso]).parse(iso).get().calendarDate)
        let converted = try #require(date.eraYear)
        #expect(converted.era.code == code)
        #expect(converted.year == eraYear)
    }

    @Test(
        "writes era notation for reports",
        arguments: [
            (1970, 3, 12, "昭和45年3月12日", "S45.03.12", "3450312"),
            (1989, 1, 7, "昭和64年1月7日", "S64.01.07", "3640107"),
            (1989, 1, 8, "平成元年1月8日", "H01.01.08", "4010108"),
            (2019, 4, 30, "平成31年4月30日", "H31.04.30", "4310430"),
            (2019, 5, 1, "令和元年5月1日", "R01.05.01", "5010501"),
            (2024, 1, 1, "令和6年1月1日", "R06.01.01", "5060101"),
            (1912, 7, 30, "大正元年7月30日", "T01.07.30", "2010730"),
            (1873, 1, 1, "明治6年1月1日", "M06.01.01", "1060101"),
        ])
    func format(year: Int, month: Int, day: Int, kanji: String, jis: String, code: String) throws {
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        #expect(date.eraString() == kanji)
        #expect(date.jisEraString == jis)
        #expect(date.eraCode == code)
    }

    @Test("writes 1年 instead of 元年 on request, and nothing before 1873")
    func formatOptions() throws {
        #expect(try #require(CalendarDate(year: 1989, month: 1, day: 8)).eraString(gannen: false) == "平成1年1月8日")
        let lunisolar = try #require(CalendarDate(year: 1872, month: 12, day: 31))
        #expect(lunisolar.eraString() == nil)
        #expect(lunisolar.eraCode == nil)
        #expect(lunisolar.jisEraString == nil)
        #expect(try #require(CalendarDate(year: 2125, month: 1, day: 1)).eraCode == nil)  // 令和107年
    }

    @Test("validates Gregorian dates")
    func calendarDates() {
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 0, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 2024, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2024, month: 12, day: 31)?.isoString == "2024-12-31")
        #expect(CalendarDate(year: 999, month: 1, day: 2)?.isoString == "0999-01-02")
    }

    /// Every day from 1873 to 2040 written in the three era notations reads back unchanged.
    @Test("reads back every day it writes in era notation")
    func roundTrip() throws {
        let parser = DateParser()
        var checked = 0
        for year in 1873...2040 {
            for month in 1...12 {
                for day in 1...CalendarDate.daysIn(month: month, year: year) {
                    let date = try #require(CalendarDate(year: year, month: month, day: day))
                    for text in [date.eraString(), date.eraString(gannen: false), date.jisEraString, date.eraCode] {
                        let written = try #require(text)
                        let parsed = try parser.parse(written).get()
                        guard parsed.calendarDate == date, parsed.warnings.isEmpty else {
                            Issue.record("\(written) read back as \(parsed.isoString) \(parsed.warnings)")
                            return
                        }
                    }
                    checked += 1
                }
            }
        }
        #expect(checked == 61_361)
    }
}
