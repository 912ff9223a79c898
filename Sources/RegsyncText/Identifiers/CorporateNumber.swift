/// A validated corporate number (法人番号): 13 digits whose first digit is a check digit.
///
/// Check digit, as the National Tax Agency publishes it: 9 − (Σ Pn·Qn mod 9), where Pn is the
/// n-th digit from the right of the 12-digit base (the digits after the first) and Qn is 1
/// for odd n and 2 for even n. Corporate numbers are public, so `description` shows them.
public struct CorporateNumber: Sendable, Hashable, CustomStringConvertible {
    /// The 13 ASCII digits.
    public let digits: String

    /// Validates `text`, accepting full-width digits, hyphens and spaces.
    /// - Throws: `identifier_not_digits`, `identifier_length` or `identifier_check_digit`.
    public init(validating text: String) throws(IdentifierError) {
        let values = try IdentifierDigits.fold(text, kind: .corporateNumber)
        try IdentifierDigits.verify(
            values, kind: .corporateNumber, expected: Self.checkDigit(baseDigits: values[1...]), actual: values[0])
        digits = IdentifierDigits.string(values)
    }

    /// The check digit for a 12-digit base number given as ASCII digits, or `nil` if `base`
    /// is not exactly 12 ASCII digits.
    public static func checkDigit(base: String) -> Int? {
        guard let values = IdentifierDigits.values(base), values.count == 12 else { return nil }
        return checkDigit(baseDigits: values[...])
    }

    static func checkDigit(baseDigits: ArraySlice<UInt8>) -> Int {
        var sum = 0
        for (offset, digit) in baseDigits.reversed().enumerated() {
            let n = offset + 1
            sum += Int(digit) * (n % 2 == 1 ? 1 : 2)
        }
        return 9 - sum % 9
    }

    /// The digits.
    public var description: String { digits }
}
