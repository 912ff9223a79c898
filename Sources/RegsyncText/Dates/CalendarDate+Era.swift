extension CalendarDate {
    /// The era and the year within it, or `nil` before 1873-01-01 (lunisolar 明治 dates
    /// cannot be written from a Gregorian date by shifting the year).
    public var eraYear: (era: Era, year: Int)? {
        guard let era = Era.containing(self) else { return nil }
        return (era, year - era.firstDay.year + 1)
    }

    /// The date in era notation for reports: `昭和45年3月12日`, `平成元年1月8日`.
    /// - Parameter gannen: write the first year as 元年 (the usual form) rather than 1年.
    /// - Returns: `nil` before 1873-01-01.
    public func eraString(gannen: Bool = true) -> String? {
        guard let (era, eraYear) = eraYear else { return nil }
        let yearText = eraYear == 1 && gannen ? "元" : String(eraYear)
        return "\(era.name)\(yearText)年\(month)月\(day)日"
    }

    /// The date in JIS X 0301 notation: `S45.03.12`. `nil` before 1873-01-01.
    public var jisEraString: String? {
        guard let (era, eraYear) = eraYear else { return nil }
        return "\(era.letter)\(Self.padded(eraYear, 2)).\(Self.padded(month, 2)).\(Self.padded(day, 2))"
    }

    /// The resident systems' era-code form `EYYMMDD`: `3450312` for 昭和45年3月12日.
    /// `nil` before 1873-01-01 or when the era year needs three digits.
    public var eraCode: String? {
        guard let (era, eraYear) = eraYear, eraYear <= 99 else { return nil }
        return "\(era.code)\(Self.padded(eraYear, 2))\(Self.padded(month, 2))\(Self.padded(day, 2))"
    }
}
