/// A valid day of the proleptic Gregorian calendar, without time or zone: what a birth
/// date or an event date in a registry is.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1 through 9999.
    public let year: Int
    /// The month, 1 through 12.
    public let month: Int
    /// The day of the month.
    public let day: Int

    /// Creates a date, or returns `nil` when it does not exist (2月30日, 平年の2月29日).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= Self.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a date known to exist (table constants).
    init(checkedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// `1970-03-12`.
    public var isoString: String {
        Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
    }

    /// The ISO form.
    public var description: String { isoString }

    /// The day before (used for the last day of an era).
    var previousDay: CalendarDate {
        if day > 1 { return CalendarDate(checkedYear: year, month: month, day: day - 1) }
        if month > 1 {
            return CalendarDate(checkedYear: year, month: month - 1, day: Self.daysIn(month: month - 1, year: year))
        }
        return CalendarDate(checkedYear: year - 1, month: 12, day: 31)
    }

    /// Orders dates chronologically.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
