/// A validated individual number (個人番号, My Number): 12 digits whose last digit is a
/// check digit.
///
/// Check digit, as the ministerial ordinance on the individual number (総務省令) defines
/// it: with Pn the n-th digit from the right of the 11-digit base and
/// Qn = n + 1 for 1 ≤ n ≤ 6 and n − 5 for 7 ≤ n ≤ 11, the check digit is 0 when
/// Σ Pn·Qn mod 11 ≤ 1 and 11 − (Σ Pn·Qn mod 11) otherwise.
///
/// The number must never be logged or stored raw: `description` and `debugDescription`
/// are fully masked, and only `digits` gives the value, for the keyed pseudonym.
public struct IndividualNumber: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The 12 ASCII digits. Use only to derive a pseudonym.
    public let digits: String

    /// Validates `text`, accepting full-width digits, hyphens and spaces.
    /// - Throws: `identifier_not_digits`, `identifier_length` or `identifier_check_digit`.
    public init(validating text: String) throws(IdentifierError) {
        let values = try IdentifierDigits.fold(text, kind: .individualNumber)
        try IdentifierDigits.verify(
            values, kind: .individualNumber, expected: Self.checkDigit(baseDigits: values[..<11]), actual: values[11])
        digits = IdentifierDigits.string(values)
    }

    /// The check digit for an 11-digit base number given as ASCII digits, or `nil` if `base`
    /// is not exactly 11 ASCII digits.
    public static func checkDigit(base: String) -> Int? {
        guard let values = IdentifierDigits.values(base), values.count == 11 else { return nil }
        return checkDigit(baseDigits: values[...])
    }

    static func checkDigit(baseDigits: ArraySlice<UInt8>) -> Int {
        var sum = 0
        for (offset, digit) in baseDigits.reversed().enumerated() {
            let n = offset + 1
            sum += Int(digit) * (n <= 6 ? n + 1 : n - 5)
        }
        let remainder = sum % 11
        return remainder <= 1 ? 0 : 11 - remainder
    }

    /// Twelve asterisks.
    public var description: String { String(repeating: "*", count: 12) }

    /// Twelve asterisks.
    public var debugDescription: String { "IndividualNumber(************)" }
}
