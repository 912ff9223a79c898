/// Folding and checks shared by the identifier types.
enum IdentifierDigits {
    /// The digits of `text` as values 0-9, with full-width digits folded and hyphens,
    /// dashes and spaces of any width dropped; the length and check digit are then checked
    /// by `verify`.
    static func fold(_ text: String, kind: IdentifierKind) throws(IdentifierError) -> [UInt8] {
        var digits: [UInt8] = []
        digits.reserveCapacity(kind.length)
        for (position, scalar) in text.unicodeScalars.enumerated() {
            switch scalar.value {
            case 0x30...0x39: digits.append(UInt8(scalar.value - 0x30))
            case 0xFF10...0xFF19: digits.append(UInt8(scalar.value - 0xFF10))
            case 0x2D, 0x2010...0x2015, 0x2212, 0x30FC, 0xFE63, 0xFF0D, 0xFF70: continue
            default:
                guard scalar.properties.isWhitespace else {
                    throw IdentifierError(
                        code: .notDigits, kind: kind, masked: "",
                        message: "\(kind.displayName) has a character other than a digit, hyphen or space "
                            + "at position \(position + 1)")
                }
            }
        }
        guard digits.count == kind.length else {
            throw IdentifierError(
                code: .length, kind: kind, masked: mask(digits, kind: kind),
                message: "\(kind.displayName) has \(digits.count) digits, expected \(kind.length)")
        }
        return digits
    }

    /// Throws `checkDigit` unless `actual == expected`.
    static func verify(_ digits: [UInt8], kind: IdentifierKind, expected: Int, actual: UInt8) throws(IdentifierError) {
        guard Int(actual) == expected else {
            throw IdentifierError(
                code: .checkDigit, kind: kind, masked: mask(digits, kind: kind),
                message: "\(kind.displayName) check digit does not match")
        }
    }

    /// All but the last two digits as `*` (every digit for an individual number).
    static func mask(_ digits: [UInt8], kind: IdentifierKind) -> String {
        let shown = kind == .individualNumber ? 0 : min(2, digits.count)
        let hidden = String(repeating: "*", count: digits.count - shown)
        return hidden + digits.suffix(shown).map(String.init).joined()
    }

    static func string(_ digits: some Sequence<UInt8>) -> String {
        String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self)
    }

    /// Digit values of an ASCII-digit string, or `nil` if any character is not 0-9.
    static func values(_ text: String) -> [UInt8]? {
        var values: [UInt8] = []
        for byte in text.utf8 {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            values.append(byte - 0x30)
        }
        return values
    }
}
