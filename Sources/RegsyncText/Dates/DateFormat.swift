/// A family of date notations a mapping file can accept; the raw value is the name used
/// in the mapping's format list.
///
/// Every family accepts full-width digits, letters and punctuation, spaces of any width
/// between parts, and a trailing 生 (birth-date columns).
public enum DateFormat: String, Sendable, Hashable, CaseIterable {
    /// An era date with separators: `昭和45年3月12日`, `昭45.3.12`, `S45.3.12`, `S45/3/12`,
    /// `s45-03-12`, `H1/1/8`, `R6年1月1日`, `㍼45年3月12日`, `平成元年1月8日`,
    /// `昭和四十五年三月十二日`. The era may be its name, its first kanji, its letter or its
    /// squared sign (㍾ ㍽ ㍼ ㍻ ㋿).
    case era = "era"
    /// An era sign followed by six digits YYMMDD: `S450312`, `昭450312`.
    case eraCompact = "era-compact"
    /// The seven-digit era-code form of resident systems, `EYYMMDD`: `3450312`
    /// (era code 1 明治, 2 大正, 3 昭和, 4 平成, 5 令和).
    case eraCode = "era-code"
    /// `1970-03-12` (also `1970-3-12`).
    case iso = "iso"
    /// `1970/3/12`.
    case slashed = "slashed"
    /// `1970.3.12`.
    case dotted = "dotted"
    /// `19700312`.
    case compact = "compact"
    /// `1970年3月12日` (also with kanji numerals, `一九七〇年三月十二日`).
    case kanji = "kanji"
    /// Year and month only: `1970-03`, `1970/3`, `1970.3`, `1970年3月`. Never in `.any`.
    case yearMonth = "year-month"
    /// Era year and month only: `昭和45年3月`, `S45.3`. Never in `.any`.
    case eraYearMonth = "era-year-month"

    /// Whether dates in this family name a day (the others name a month).
    public var hasDay: Bool { self != .yearMonth && self != .eraYearMonth }
}

extension Array where Element == DateFormat {
    /// Every full-date family: what a mapping gets when it names no format list.
    public static var any: [DateFormat] { DateFormat.allCases.filter(\.hasDay) }
}
