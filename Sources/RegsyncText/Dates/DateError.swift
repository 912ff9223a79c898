/// Why a value is not an acceptable date.
///
/// The message never repeats the value: it says what is wrong in terms of the era or the
/// value's shape. `shape` is the value with every digit and kanji numeral written as `9`
/// and other characters than date marks written as `?`, so `昭和45年2月30日` has the shape
/// `昭和99年9月99日`.
public struct DateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, machine-readable reason.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// The value is empty or blank.
        case empty = "date_empty"
        /// The value matches none of the accepted families.
        case unrecognised = "date_unrecognised"
        /// The value has a date's shape but names no real day (2月30日, 13月, 平成0年).
        case impossible = "date_impossible"
        /// The day precedes the first day of its era (平成元年1月7日).
        case beforeEra = "date_before_era"
        /// The day follows the last day of its era and the policy is `.reject`.
        case pastEraEnd = "date_past_era_end"
        /// A 明治 date before 明治6年1月1日: lunisolar, no exact Gregorian equivalent.
        case lunisolar = "date_lunisolar"
    }

    /// The reason.
    public let code: Code
    /// The era involved, if any.
    public let era: Era?
    /// The value's shape (see the type's documentation), at most 40 characters.
    public let shape: String
    /// A short message safe to log.
    public let message: String

    /// Creates an error.
    public init(code: Code, era: Era? = nil, shape: String, message: String) {
        self.code = code
        self.era = era
        self.shape = shape
        self.message = message
    }

    /// `code: message`.
    public var description: String { "\(code.rawValue): \(message)" }
}
