/// A resident code (住民票コード): 11 digits.
///
/// The last digit is a check digit computed by a formula that 住民基本台帳法施行規則
/// 第1条 leaves to the Minister of Internal Affairs (総務大臣が定める算式). That formula
/// could not be confirmed from a public source while writing this, so only the digit count
/// is validated; a wrong code is caught later, when it fails to match the register.
/// Like the individual number, it is never logged raw: `description` masks it.
public struct ResidentCode: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The 11 ASCII digits.
    public let digits: String

    /// Validates `text`, accepting full-width digits, hyphens and spaces.
    /// - Throws: `identifier_not_digits` or `identifier_length`.
    public init(validating text: String) throws(IdentifierError) {
        digits = IdentifierDigits.string(try IdentifierDigits.fold(text, kind: .residentCode))
    }

    /// The code with all but its last two digits masked.
    public var description: String { "*********" + digits.suffix(2) }

    /// The masked form.
    public var debugDescription: String { "ResidentCode(\(description))" }
}
