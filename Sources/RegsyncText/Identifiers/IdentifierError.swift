/// The kinds of identifier regsync validates on import.
public enum IdentifierKind: String, Sendable, Hashable, CaseIterable {
    /// 法人番号: 13 digits, check digit first.
    case corporateNumber = "corporate_number"
    /// 個人番号 (My Number): 12 digits, check digit last.
    case individualNumber = "individual_number"
    /// 住民票コード: 11 digits (digit count only; see `ResidentCode`).
    case residentCode = "resident_code"

    /// The number of digits.
    public var length: Int {
        switch self {
        case .corporateNumber: 13
        case .individualNumber: 12
        case .residentCode: 11
        }
    }

    /// The name used in messages.
    public var displayName: String {
        switch self {
        case .corporateNumber: "corporate number"
        case .individualNumber: "individual number"
        case .residentCode: "resident code"
        }
    }
}

/// Why a value is not a valid identifier. Neither the message nor any property holds the
/// value: `masked` shows at most its last two digits (none for an individual number).
public struct IdentifierError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, machine-readable reason.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// The wrong number of digits (hyphens and spaces not counted).
        case length = "identifier_length"
        /// The check digit does not match the other digits.
        case checkDigit = "identifier_check_digit"
        /// A character that is neither a digit (ASCII or full-width), a hyphen nor a space.
        case notDigits = "identifier_not_digits"
    }

    /// The reason.
    public let code: Code
    /// The identifier kind being validated.
    public let kind: IdentifierKind
    /// The digits with all but the last two (all, for an individual number) as `*`;
    /// empty for `notDigits`.
    public let masked: String
    /// A short message safe to log.
    public let message: String

    /// Creates an error.
    public init(code: Code, kind: IdentifierKind, masked: String, message: String) {
        self.code = code
        self.kind = kind
        self.masked = masked
        self.message = message
    }

    /// `code: message`.
    public var description: String { "\(code.rawValue): \(message)" }
}
