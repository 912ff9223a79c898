/// Classification of Unicode scalars as the name normaliser sees them (all ranges are code points).
enum NameScalar {
    /// The one placeholder every gaiji mark is folded to in keys (〓, GETA MARK).
    static let placeholder: Unicode.Scalar = "\u{3013}"

    static func isHiragana(_ v: UInt32) -> Bool {
        (0x3041...0x3096).contains(v) || v == 0x309D || v == 0x309E || v == 0x309F
    }

    static func isKatakana(_ v: UInt32) -> Bool {
        (0x30A1...0x30FA).contains(v) || (0x30FC...0x30FF).contains(v) || (0x31F0...0x31FF).contains(v)
    }

    static func isKana(_ v: UInt32) -> Bool { isHiragana(v) || isKatakana(v) }

    /// Han ideographs, with 々 (U+3005) and 〆 (U+3006), which live among kanji in names.
    static func isKanji(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x3FFFF).contains(v) || v == 0x3005 || v == 0x3006
    }

    static func isASCIILetter(_ v: UInt32) -> Bool {
        (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    static func isVariationSelector(_ v: UInt32) -> Bool {
        (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) || (0x180B...0x180D).contains(v)
    }

    static func isCompatIdeograph(_ v: UInt32) -> Bool {
        (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v)
    }

    static func isPrivateUse(_ v: UInt32) -> Bool {
        (0xE000...0xF8FF).contains(v) || (0xF0000...0xFFFFD).contains(v) || (0x100000...0x10FFFD).contains(v)
    }

    /// Marks that legacy systems write for a character they cannot represent (外字): 〓 (the
    /// traditional geta mark), ●○■□◆◇▲△※, and ? / ？ / ＊ left behind by failed conversions.
    static func isPlaceholderMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x3013, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x25C6, 0x25C7, 0x25B2, 0x25B3, 0x203B,
            0x3F, 0xFF1F, 0x2A, 0xFF0A:
            true
        default:
            false
        }
    }

    /// White space of any width, and the zero-width characters that show up between names.
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09...0x0D, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            true
        default:
            false
        }
    }

    static func isControl(_ v: UInt32) -> Bool {
        v < 0x20 || (0x7F...0x9F).contains(v) || (0x200C...0x200F).contains(v) || (0x2060...0x2064).contains(v)
    }

    /// Separators inside one part of a name (ジョン・スミス, ジョン＝スミス): dropped from keys.
    static func isInnerSeparator(_ v: UInt32) -> Bool {
        v == 0x30FB || v == 0x3D || v == 0x2E || v == 0x2C || v == 0x2D || v == 0x27 || v == 0x2010
            || v == 0x2011 || v == 0xFF65 || v == 0x3001 || v == 0x3002
    }

    static func isOpenBracket(_ v: UInt32) -> Bool {
        v == 0x28 || v == 0x5B || v == 0x3010 || v == 0x3014 || v == 0x3008 || v == 0x300A || v == 0x7B
    }

    static func isCloseBracket(_ v: UInt32) -> Bool {
        v == 0x29 || v == 0x5D || v == 0x3011 || v == 0x3015 || v == 0x3009 || v == 0x300B || v == 0x7D
    }

    static func hex(_ v: UInt32) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
