import Foundation

/// Folds the width and compatibility variants that Japanese ledgers mix freely
/// (full-width Latin and digits, ideographic spaces, half-width katakana, circled and
/// squared signs) to one form, as NFKC would, but fast: the characters that dominate
/// real data take a table-driven path and only rare compatibility characters go through
/// Foundation's NFKC (see shared/PLATFORM.md: NFKC per field costs ~1 µs and leaves
/// half-width kana with their voicing marks decomposed).
///
/// Folding serves comparison only; stored source values are never altered.
public enum CharacterFolding {
    /// Returns `text` in NFKC-equivalent form with kana composed (ｶﾞ → ガ, か + ゙ → が).
    public static func foldWidth(_ text: String) -> String {
        var needsWork = false
        for unit in text.utf8 where unit >= 0xE0 || (unit >= 0xC2 && unit < 0xE0) {
            needsWork = true
            break
        }
        if !needsWork { return text }  // pure ASCII is already folded
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            appendFolded(scalar, to: &out)
        }
        return String(out)
    }

    /// Returns `text` with hiragana turned into katakana (readings compare in katakana).
    public static func katakana(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0x3041...0x3096).contains(scalar.value) || scalar.value == 0x309D || scalar.value == 0x309E {
                out.append(Unicode.Scalar(scalar.value + 0x60)!)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Returns `text` with katakana turned into hiragana where a hiragana form exists.
    public static func hiragana(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0x30A1...0x30F6).contains(scalar.value) || scalar.value == 0x30FD || scalar.value == 0x30FE {
                out.append(Unicode.Scalar(scalar.value - 0x60)!)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Appends the NFKC-equivalent form of `scalar` to `out`, composing a voicing mark onto the
    /// kana that `out` ends with. `foldWidth` is this applied to every scalar of a string; the
    /// name normaliser calls it directly so that it can look at each source scalar first.
    static func appendFolded<Sink: RangeReplaceableCollection & BidirectionalCollection>(
        _ scalar: Unicode.Scalar,
        to out: inout Sink
    ) where Sink.Element == Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x0000...0x007F, 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC...0x30FE,
            0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3005...0x3007, 0x3001...0x3002, 0x300C...0x300F:
            out.append(scalar)
        case 0xFF01...0xFF5E:
            out.append(Unicode.Scalar(value - 0xFEE0)!)
        case 0x3000:
            out.append(" ")
        case 0x3099, 0x309A, 0x309B, 0x309C, 0xFF9E, 0xFF9F:
            // A voicing mark, combining or spacing: compose it onto the kana before it.
            let voiced = value == 0x3099 || value == 0x309B || value == 0xFF9E
            if let last = out.last, let composed = composeVoicing(last, voiced: voiced) {
                out.removeLast()
                out.append(composed)
            } else {
                out.append(Unicode.Scalar(voiced ? 0x3099 : 0x309A)!)
            }
        case 0xFF61...0xFF9D:
            out.append(halfWidthKatakana[Int(value - 0xFF61)])
        default:
            for folded in String(Character(scalar)).precomposedStringWithCompatibilityMapping.unicodeScalars {
                out.append(folded)
            }
        }
    }

    /// The kana that `base` becomes with a voicing (゛) or semi-voicing (゜) mark, if any.
    static func composeVoicing(_ base: Unicode.Scalar, voiced: Bool) -> Unicode.Scalar? {
        let value = base.value
        if voiced {
            if value == 0x30A6 { return "\u{30F4}" }  // ウ + ゛ = ヴ
            if value == 0x3046 { return "\u{3094}" }  // う + ゛ = ゔ
            if value == 0x30EF { return "\u{30F7}" }  // ワ + ゛ = ヷ
            if value == 0x30F2 { return "\u{30FA}" }  // ヲ + ゛ = ヺ
            if value == 0x309D || value == 0x30FD { return Unicode.Scalar(value + 1) }  // ゝ→ゞ, ヽ→ヾ
            let offset = value >= 0x30A1 ? value - 0x60 : value
            if voicable.contains(offset) { return Unicode.Scalar(value + 1) }
        } else {
            let offset = value >= 0x30A1 ? value - 0x60 : value
            if semiVoicable.contains(offset) { return Unicode.Scalar(value + 2) }
        }
        return nil
    }

    /// Hiragana that take ゛ by adding one to the code point (か→が ... ほ→ぼ).
    private static let voicable: Set<UInt32> = [
        0x304B, 0x304D, 0x304F, 0x3051, 0x3053,  // かきくけこ
        0x3055, 0x3057, 0x3059, 0x305B, 0x305D,  // さしすせそ
        0x305F, 0x3061, 0x3064, 0x3066, 0x3068,  // たちつてと
        0x306F, 0x3072, 0x3075, 0x3078, 0x307B,  // はひふへほ
    ]
    /// Hiragana that take ゜ by adding two to the code point (は→ぱ ... ほ→ぽ).
    private static let semiVoicable: Set<UInt32> = [0x306F, 0x3072, 0x3075, 0x3078, 0x307B]

    /// Full-width forms of U+FF61 (｡) through U+FF9D (ﾝ), in code point order.
    static let halfWidthKatakana: [Unicode.Scalar] = Array(
        "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
            .unicodeScalars)
}
