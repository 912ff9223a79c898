/// Reads era and Gregorian dates as legacy registries write them and returns the
/// Gregorian date, or a reject with a machine-readable reason.
///
/// ```swift
/// let parser = DateParser(formats: [.era, .eraCode])
/// parser.parse("昭和45年3月12日生")  // .success, isoString "1970-03-12"
/// parser.parse("平成31年5月1日")     // .success with warning .pastEraEnd(era: .heisei)
/// parser.parse("平成元年1月7日")     // .failure, code date_before_era
/// ```
public struct DateParser: Sendable {
    /// The families this parser accepts.
    public let formats: Set<DateFormat>
    /// What to do with an era date after its era's last day.
    public let pastEraEnd: PastEraEndPolicy

    /// Creates a parser.
    /// - Parameters:
    ///   - formats: the accepted families; `.any` is every full-date family.
    ///   - pastEraEnd: `.warn` converts 平成31年5月1日 to 2019-05-01 with a warning
    ///     (pre-printed forms kept the old era); `.reject` refuses it.
    public init(formats: [DateFormat] = .any, pastEraEnd: PastEraEndPolicy = .warn) {
        self.formats = Set(formats)
        self.pastEraEnd = pastEraEnd
    }

    /// Parses one value.
    public func parse(_ text: String) -> Result<ParsedDate, DateError> {
        guard let tokens = DateToken.tokenize(text) else {
            return .failure(reject(.unrecognised, text, "not a date in any accepted format"))
        }
        if tokens.isEmpty {
            return .failure(reject(.empty, text, "empty value"))
        }
        guard let reading = DateReading(tokens), formats.contains(reading.format) else {
            return .failure(reject(.unrecognised, text, "not a date in any accepted format"))
        }
        if let era = reading.era {
            return resolveEra(reading, era: era, text)
        }
        guard reading.year >= 1 else { return .failure(reject(.impossible, text, "year 0 does not exist")) }
        guard (1...12).contains(reading.month) else {
            return .failure(reject(.impossible, text, "month out of range"))
        }
        if let day = reading.day, CalendarDate(year: reading.year, month: reading.month, day: day) == nil {
            return .failure(reject(.impossible, text, "day out of range for its month"))
        }
        return .success(
            ParsedDate(year: reading.year, month: reading.month, day: reading.day, era: nil, format: reading.format))
    }

    private func resolveEra(_ reading: DateReading, era: Era, _ text: String) -> Result<ParsedDate, DateError> {
        guard reading.year >= 1 else {
            return .failure(reject(.impossible, text, "era year 0 does not exist", era: era))
        }
        guard (1...12).contains(reading.month) else {
            return .failure(reject(.impossible, text, "month out of range", era: era))
        }
        if era == .meiji && reading.year < 6 {
            // Before 明治6年1月1日 Japan used the lunisolar calendar (months of 29 or 30 days).
            guard (reading.day ?? 1) <= 30, (reading.day ?? 1) >= 1 else {
                return .failure(reject(.impossible, text, "day out of range for its month", era: era))
            }
            return .failure(
                reject(
                    .lunisolar, text,
                    "明治 dates before 明治6年1月1日 (1873-01-01) are lunisolar and have no exact Gregorian date",
                    era: era))
        }
        let year = era.gregorianYear(eraYear: reading.year)
        // A year-month value is inside the era if any of its days is.
        let first: CalendarDate
        let last: CalendarDate
        if let day = reading.day {
            guard let date = CalendarDate(year: year, month: reading.month, day: day) else {
                return .failure(reject(.impossible, text, "day out of range for its month", era: era))
            }
            (first, last) = (date, date)
        } else {
            guard (1...9999).contains(year) else {
                return .failure(reject(.impossible, text, "year out of range", era: era))
            }
            first = CalendarDate(checkedYear: year, month: reading.month, day: 1)
            last = CalendarDate(
                checkedYear: year, month: reading.month, day: CalendarDate.daysIn(month: reading.month, year: year))
        }
        if last < era.firstDay {
            return .failure(
                reject(
                    .beforeEra, text, "date precedes the first day of \(era.name) (\(era.firstDay.isoString))",
                    era: era))
        }
        var warnings: [DateWarning] = []
        if let lastDay = era.lastDay, first > lastDay {
            if pastEraEnd == .reject {
                return .failure(
                    reject(
                        .pastEraEnd, text, "date is after the last day of \(era.name) (\(lastDay.isoString))",
                        era: era))
            }
            warnings.append(.pastEraEnd(era: era))
        }
        return .success(
            ParsedDate(
                year: year, month: reading.month, day: reading.day, era: era, format: reading.format,
                warnings: warnings))
    }

    private func reject(_ code: DateError.Code, _ text: String, _ message: String, era: Era? = nil) -> DateError {
        DateError(code: code, era: era, shape: Self.shape(of: text), message: message)
    }

    /// The value with digits and kanji numerals as `9`, date marks kept, anything else `?`.
    static func shape(of text: String) -> String {
        var shape = String.UnicodeScalarView()
        var count = 0
        for scalar in CharacterFolding.foldWidth(text).unicodeScalars {
            if count == 40 {
                shape.append("…")
                break
            }
            count += 1
            if (0x30...0x39).contains(scalar.value) || KanjiNumeral.isNumeral(scalar) {
                shape.append("9")
            } else if scalar.properties.isWhitespace {
                shape.append(" ")
            } else if "明治大正昭和平成令和元年月日生./-MTSHRmtshr\u{337B}\u{337C}\u{337D}\u{337E}\u{32FF}"
                .unicodeScalars.contains(scalar)
            {
                shape.append(scalar)
            } else {
                shape.append("?")
            }
        }
        return String(shape)
    }
}

/// The numbers of a recognised date value, before any calendar check.
struct DateReading: Equatable {
    let format: DateFormat
    let era: Era?
    /// The era year for era dates, the Gregorian year otherwise.
    let year: Int
    let month: Int
    let day: Int?

    /// Recognises the token sequence of one family, or returns `nil`.
    init?(_ tokens: [DateToken]) {
        if case .era(let era) = tokens.first {
            guard let reading = Self.eraReading(era, tokens.dropFirst()) else { return nil }
            self = reading
        } else {
            guard let reading = Self.gregorianReading(tokens[...]) else { return nil }
            self = reading
        }
    }

    private init(_ format: DateFormat, _ era: Era?, _ year: Int, _ month: Int, _ day: Int?) {
        self.format = format
        self.era = era
        self.year = year
        self.month = month
        self.day = day
    }

    private static func eraReading(_ era: Era, _ rest: ArraySlice<DateToken>) -> DateReading? {
        let parts = Array(rest)
        if parts.count == 1, case .number(let value, 6, true) = parts[0] {
            return DateReading(.eraCompact, era, value / 10000, value / 100 % 100, value % 100)
        }
        guard let year = eraYear(parts.first) else { return nil }
        switch parts.count {
        case 5, 6:
            guard let month = small(parts[2]), let day = small(parts[4]) else { return nil }
            if parts[1] == .yearMark, parts[3] == .monthMark, parts.count == 5 || parts[5] == .dayMark {
                return DateReading(.era, era, year, month, day)
            }
            if parts.count == 5, case .separator = parts[1], parts[1] == parts[3] {
                return DateReading(.era, era, year, month, day)
            }
            return nil
        case 3, 4:
            guard let month = small(parts[2]) else { return nil }
            if parts.count == 4, parts[1] == .yearMark, parts[3] == .monthMark {
                return DateReading(.eraYearMonth, era, year, month, nil)
            }
            if parts.count == 3, case .separator = parts[1] {
                return DateReading(.eraYearMonth, era, year, month, nil)
            }
            return nil
        default:
            return nil
        }
    }

    private static func gregorianReading(_ tokens: ArraySlice<DateToken>) -> DateReading? {
        let parts = Array(tokens)
        if parts.count == 1, case .number(let value, let digits, true) = parts[0] {
            switch digits {
            case 7:
                guard let era = Era(rawValue: value / 1_000_000) else { return nil }
                return DateReading(.eraCode, era, value / 10000 % 100, value / 100 % 100, value % 100)
            case 8:
                return DateReading(.compact, nil, value / 10000, value / 100 % 100, value % 100)
            default:
                return nil
            }
        }
        guard let first = parts.first, case .number(let year, 4, _) = first else { return nil }
        switch parts.count {
        case 5, 6:
            guard let month = small(parts[2]), let day = small(parts[4]) else { return nil }
            if parts[1] == .yearMark, parts[3] == .monthMark, parts.count == 5 || parts[5] == .dayMark {
                return DateReading(.kanji, nil, year, month, day)
            }
            guard parts.count == 5, case .separator(let separator) = parts[1], parts[1] == parts[3] else { return nil }
            let format: DateFormat = separator == "-" ? .iso : separator == "/" ? .slashed : .dotted
            return DateReading(format, nil, year, month, day)
        case 3, 4:
            guard let month = small(parts[2]) else { return nil }
            if parts.count == 4, parts[1] == .yearMark, parts[3] == .monthMark {
                return DateReading(.yearMonth, nil, year, month, nil)
            }
            if parts.count == 3, case .separator = parts[1] {
                return DateReading(.yearMonth, nil, year, month, nil)
            }
            return nil
        default:
            return nil
        }
    }

    /// An era year: 元, or a number of at most two digits.
    private static func eraYear(_ token: DateToken?) -> Int? {
        if token == .gannen { return 1 }
        return token.flatMap(small)
    }

    /// A month, day or era year: one or two digits.
    private static func small(_ token: DateToken) -> Int? {
        guard case .number(let value, let digits, _) = token, digits <= 2 else { return nil }
        return value
    }
}
