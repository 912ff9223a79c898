import RegsyncCore
import RegsyncText

/// Dates as the engine holds them: a packed `yyyymmdd` integer (0 = unknown), which
/// compares part by part for typo levels and converts to a day number for intervals.
public enum LinkDate {
    /// `yyyymmdd` of a year, month and day.
    @inlinable
    public static func packed(year: Int, month: Int, day: Int) -> Int32 {
        Int32(year * 10_000 + month * 100 + day)
    }

    /// Reads `2024-03-01`, `20240301`, or any notation `DateParser` knows (era dates such as
    /// 令和6年3月1日); 0 when the text is empty or not a date.
    public static func parse(_ text: String?) -> Int32 {
        guard let text, !text.isEmpty else { return 0 }
        let utf8 = Array(text.utf8)
        if utf8.count == 10, utf8[4] == 0x2D, utf8[7] == 0x2D,
            let y = number(utf8[0..<4]), let m = number(utf8[5..<7]), let d = number(utf8[8..<10])
        {
            return valid(y, m, d)
        }
        if utf8.count == 8, let y = number(utf8[0..<4]), let m = number(utf8[4..<6]), let d = number(utf8[6..<8]) {
            return valid(y, m, d)
        }
        if case .success(let parsed) = DateParser().parse(text), let day = parsed.day {
            return packed(year: parsed.year, month: parsed.month, day: day)
        }
        return 0
    }

    /// The number of days since 1970-01-01 of a packed date.
    public static func dayNumber(_ packed: Int32) -> Int32 {
        packed > 0 ? Int32(CivilDay.dayNumber(packed)) : 0
    }

    /// The ISO text of a packed date.
    public static func iso(_ packed: Int32) -> String { CivilDay.iso(packed) }

    private static func valid(_ y: Int, _ m: Int, _ d: Int) -> Int32 {
        guard CalendarDate(year: y, month: m, day: d) != nil else { return 0 }
        return packed(year: y, month: m, day: d)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
