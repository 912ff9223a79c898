import RegsyncCore
import RegsyncText

/// Days since 1970-01-01 (negative before), so that dates can be drawn and compared as
/// integers; converted to `CalendarDate` only when written.
public typealias DayNumber = Int32

/// Conversions between day numbers and calendar dates (Howard Hinnant's civil-date
/// algorithms), and the notations ledgers write dates in.
public enum DateNotation {
    /// The day number of a date.
    public static func day(year: Int, month: Int, day: Int) -> DayNumber {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return DayNumber(era * 146_097 + dayOfEra - 719_468)
    }

    /// The calendar date of a day number.
    public static func date(_ number: DayNumber) -> CalendarDate {
        let z = Int(number) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)!
    }

    /// The Gregorian year of a day number.
    public static func year(_ number: DayNumber) -> Int { date(number).year }

    /// `2026-11-27`.
    public static func iso(_ number: DayNumber) -> String { date(number).isoString }

    /// The resident systems' `EYYMMDD` form (3450312).
    public static func eraCode(_ number: DayNumber) -> String {
        date(number).eraCode ?? date(number).isoString
    }

    /// 令和7年11月27日 (元年 for the first year).
    public static func eraKanji(_ number: DayNumber) -> String {
        date(number).eraString() ?? date(number).isoString
    }

    /// The styles legacy ledgers write era dates in.
    public enum Style: CaseIterable, Sendable {
        /// 平成28年4月1日 (元年 for year 1).
        case kanjiEra
        /// 平成２８年４月１日.
        case fullWidth
        /// 平成二十八年四月一日.
        case kanjiNumerals
        /// H28.4.1.
        case letter
        /// H28.04.01 (JIS X 0301).
        case jis
        /// 平28.4.1.
        case shortKanji
    }

    /// A date in one of the ledger styles.
    public static func ledger(_ number: DayNumber, style: Style) -> String {
        let date = date(number)
        guard let (era, eraYear) = date.eraYear else { return date.isoString }
        switch style {
        case .kanjiEra:
            return date.eraString() ?? date.isoString
        case .fullWidth:
            return Numerals.fullWidth(date.eraString(gannen: eraYear == 1) ?? date.isoString)
        case .kanjiNumerals:
            let yearText = eraYear == 1 ? "元" : Numerals.kanji(eraYear)
            return era.name + yearText + "年" + Numerals.kanji(date.month) + "月" + Numerals.kanji(date.day) + "日"
        case .letter:
            return "\(era.letter)\(eraYear).\(date.month).\(date.day)"
        case .jis:
            return date.jisEraString ?? date.isoString
        case .shortKanji:
            return "\(era.name.prefix(1))\(eraYear).\(date.month).\(date.day)"
        }
    }

    /// A style drawn with the given weights (kanjiEra, fullWidth, kanjiNumerals, letter, jis, shortKanji).
    static func drawStyle(_ rng: inout SplitMix64, weights: [Double]) -> Style {
        Style.allCases[rng.pick(weights: weights)]
    }
}
