/// Gregorian dates as packed `yyyymmdd` integers and as day numbers (days since 1970-01-01),
/// converted both ways (Howard Hinnant's civil-from-days algorithms): the matcher, the
/// propagator and the reports count days between dates without Foundation's calendars.
public enum CivilDay {
    /// The day number of a packed date.
    public static func dayNumber(_ packed: Int32) -> Int {
        var y = Int(packed / 10_000)
        let m = Int(packed / 100 % 100)
        let d = Int(packed % 100)
        y -= m <= 2 ? 1 : 0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The packed date of a day number.
    public static func packed(dayNumber: Int) -> Int32 {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return Int32(y * 10_000 + m * 100 + d)
    }

    /// `2026-04-01` or `20260401` → 20260401; 0 for anything else.
    public static func parse(_ text: String?) -> Int32 {
        guard let text else { return 0 }
        let digits = text.filter(\.isNumber)
        guard digits.count == 8, let value = Int32(digits) else { return 0 }
        let month = value / 100 % 100
        let day = value % 100
        return (1...12).contains(month) && (1...31).contains(day) ? value : 0
    }

    /// `2026-04-01` (empty for 0).
    public static func iso(_ packed: Int32) -> String {
        guard packed > 0 else { return "" }
        let m = packed / 100 % 100
        let d = packed % 100
        return "\(packed / 10_000)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }
}
