/// An input record that could not be loaded: where it was, why, and its raw bytes so
/// that nothing is ever lost (the reject file keeps them for the operator).
public struct Reject: Sendable, Hashable {
    public var location: InputLocation
    public var reason: RejectReason
    /// A message safe to log: it names the problem and the field, never the value.
    public var message: String
    /// The record exactly as read from the file (all its physical lines).
    public var raw: [UInt8]
    /// True when the record belongs to a person under DV protection (支援措置): address
    /// fields must be masked wherever the record is shown.
    public var protected: Bool
    /// True when `raw` holds only the first bytes of the record (a record past the size
    /// limit): the message says so, and so does the run's summary.
    public var isRawTruncated = false

    public init(
        location: InputLocation, reason: RejectReason, message: String, raw: [UInt8], protected: Bool = false
    ) {
        self.location = location
        self.reason = reason
        self.message = message
        self.raw = raw
        self.protected = protected
    }
}

extension Reject {
    /// Records that `raw` holds only the first bytes of a record of `total` bytes (when
    /// known), in the message too: a cut raw text is never silent.
    public mutating func markRawCut(of total: Int?) {
        isRawTruncated = true
        message += " (raw text cut to its first \(raw.count)\(total.map { " of \($0)" } ?? "") bytes)"
    }
}

/// Stable, machine-readable reason codes for rejected records.
public struct RejectReason: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static let encoding = RejectReason(rawValue: "encoding")
    public static let malformed = RejectReason(rawValue: "malformed")
    public static let raggedRow = RejectReason(rawValue: "ragged_row")
    public static let required = RejectReason(rawValue: "required")
    public static let pattern = RejectReason(rawValue: "pattern")
    public static let length = RejectReason(rawValue: "length")
    public static let checkDigit = RejectReason(rawValue: "check_digit")
    public static let date = RejectReason(rawValue: "date")
    public static let code = RejectReason(rawValue: "code_unknown")
    public static let number = RejectReason(rawValue: "number")
    public static let duplicateKey = RejectReason(rawValue: "duplicate_key")
    public static let database = RejectReason(rawValue: "database")
    public static let tooLarge = RejectReason(rawValue: "too_large")
    /// A quoted field ran on past the quoted-line or record size limit: the record is the
    /// line where the quote opened (the lines after it are read as records).
    public static let runawayQuote = RejectReason(rawValue: "runaway_quote")
    /// XML elements nested past the depth limit within the record.
    public static let tooDeep = RejectReason(rawValue: "too_deep")
    /// An XML element with more attributes than the limit.
    public static let tooManyAttributes = RejectReason(rawValue: "too_many_attributes")
    /// A field's value is longer than the mapping's `max_field_bytes`.
    public static let fieldTooLong = RejectReason(rawValue: "field_too_long")
    /// The record's natural key is longer than a key may be.
    public static let keyTooLong = RejectReason(rawValue: "key_too_long")
    /// A NUL character, which PostgreSQL's text cannot store.
    public static let nulByte = RejectReason(rawValue: "nul_byte")
}
