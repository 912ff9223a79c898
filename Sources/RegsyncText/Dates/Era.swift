/// A Japanese era (元号) of the modern calendar, with the code resident systems use.
///
/// First days follow JIS X 0301 and the imperial proclamations; see docs/dates.md for the
/// sources and for 明治, whose dates before 明治6年1月1日 (1873-01-01) are lunisolar.
public enum Era: Int, Sendable, Hashable, CaseIterable, Comparable {
    /// 明治, code 1, letter M.
    case meiji = 1
    /// 大正, code 2, letter T.
    case taisho = 2
    /// 昭和, code 3, letter S.
    case showa = 3
    /// 平成, code 4, letter H.
    case heisei = 4
    /// 令和, code 5, letter R.
    case reiwa = 5

    /// The era's name in kanji (`昭和`).
    public var name: String {
        switch self {
        case .meiji: "明治"
        case .taisho: "大正"
        case .showa: "昭和"
        case .heisei: "平成"
        case .reiwa: "令和"
        }
    }

    /// The Latin letter of JIS X 0301 (`S`).
    public var letter: Character {
        switch self {
        case .meiji: "M"
        case .taisho: "T"
        case .showa: "S"
        case .heisei: "H"
        case .reiwa: "R"
        }
    }

    /// The one-digit era code of resident systems' `EYYMMDD` dates (1 明治 ... 5 令和).
    public var code: Int { rawValue }

    /// The first day of the era in the Gregorian calendar.
    ///
    /// 明治 starts on 1868-01-25, the Gregorian date of 慶応4年1月1日: the proclamation of
    /// 1868-10-23 (明治元年9月8日) made the new era apply from the first day of that year.
    public var firstDay: CalendarDate {
        switch self {
        case .meiji: CalendarDate(checkedYear: 1868, month: 1, day: 25)
        case .taisho: CalendarDate(checkedYear: 1912, month: 7, day: 30)
        case .showa: CalendarDate(checkedYear: 1926, month: 12, day: 25)
        case .heisei: CalendarDate(checkedYear: 1989, month: 1, day: 8)
        case .reiwa: CalendarDate(checkedYear: 2019, month: 5, day: 1)
        }
    }

    /// The last day of the era, or `nil` for the current one.
    public var lastDay: CalendarDate? {
        guard let next = Era(rawValue: rawValue + 1) else { return nil }
        return next.firstDay.previousDay
    }

    /// The Gregorian year of the era's year `eraYear` (元年 is 1).
    public func gregorianYear(eraYear: Int) -> Int { firstDay.year + eraYear - 1 }

    /// The first day on which era notation converts exactly: 明治6年1月1日, when Japan
    /// adopted the Gregorian calendar. Earlier 明治 dates were written in the lunisolar
    /// calendar, whose months do not line up with Gregorian ones.
    public static let gregorianAdoption = CalendarDate(checkedYear: 1873, month: 1, day: 1)

    /// The era in which `date` falls, or `nil` for dates before 1873-01-01 (see
    /// `gregorianAdoption`).
    public static func containing(_ date: CalendarDate) -> Era? {
        guard date >= gregorianAdoption else { return nil }
        return allCases.last { $0.firstDay <= date }
    }

    /// Compares eras chronologically.
    public static func < (lhs: Era, rhs: Era) -> Bool { lhs.rawValue < rhs.rawValue }
}
