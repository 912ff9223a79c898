/// A date read from a registry value: the Gregorian result, how it was written, and what
/// was odd about it.
public struct ParsedDate: Sendable, Hashable {
    /// The Gregorian year.
    public let year: Int
    /// The month, 1 through 12.
    public let month: Int
    /// The day of the month, or `nil` for the year-month families.
    public let day: Int?
    /// The era the value was written in, or `nil` for a Gregorian value.
    public let era: Era?
    /// The family the value matched.
    public let format: DateFormat
    /// Accepted oddities, in the order found.
    public let warnings: [DateWarning]

    /// Creates a parsed date.
    public init(year: Int, month: Int, day: Int?, era: Era?, format: DateFormat, warnings: [DateWarning] = []) {
        self.year = year
        self.month = month
        self.day = day
        self.era = era
        self.format = format
        self.warnings = warnings
    }

    /// The date, or `nil` for the year-month families.
    public var calendarDate: CalendarDate? {
        guard let day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// `1970-03-12`, or `1970-03` for the year-month families.
    public var isoString: String {
        let yearMonth = CalendarDate.padded(year, 4) + "-" + CalendarDate.padded(month, 2)
        guard let day else { return yearMonth }
        return yearMonth + "-" + CalendarDate.padded(day, 2)
    }
}

/// Something odd about an accepted date.
public enum DateWarning: Sendable, Hashable {
    /// The date lies after the last day of the era it was written in (平成31年5月1日,
    /// 昭和65年 on pre-printed forms); it was converted by counting years on.
    case pastEraEnd(era: Era)

    /// A stable, machine-readable code.
    public var code: String {
        switch self {
        case .pastEraEnd: "date_past_era_end"
        }
    }

    /// A message safe to log.
    public var message: String {
        switch self {
        case .pastEraEnd(let era):
            "date is after the last day of \(era.name) (\(era.lastDay?.isoString ?? "-")); converted by counting years"
        }
    }
}

/// What to do with an era date after its era's last day.
public enum PastEraEndPolicy: String, Sendable, Hashable, CaseIterable {
    /// Convert it and attach `DateWarning.pastEraEnd`.
    case warn = "warn"
    /// Reject it with `date_past_era_end`.
    case reject = "reject"
}
