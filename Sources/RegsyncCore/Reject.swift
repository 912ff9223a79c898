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
}
