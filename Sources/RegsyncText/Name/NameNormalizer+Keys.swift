extension NameNormalizer {
    /// The plain form: no spaces or separators, Latin upper-cased, nothing else folded.
    func plainKey(_ scalars: [UInt32]) -> String {
        ScalarStringBuilder.build(capacity: scalars.count) { out in
            for value in scalars where value != 0x20 && !NameScalar.isInnerSeparator(value) {
                out.append(Self.upper(value))
            }
        }
    }

    /// The strict key (the plain form with variant kanji folded strictly: 髙→高, 﨑→崎, 邊→辺) and the
    /// plain form; the plain form is built only when a variant was folded
    /// (most names have none, and then both are the same string).
    func strictAndPlainKeys(_ scalars: [UInt32]) -> (strict: String, plain: String) {
        let variants = self.variants
        var folded = false
        let strict = ScalarStringBuilder.build(capacity: scalars.count) { out in
            for value in scalars where value != 0x20 && !NameScalar.isInnerSeparator(value) {
                let standard = variants.strictForm(Self.upper(value))
                folded = folded || standard != Self.upper(value)
                out.append(standard)
            }
        }
        return (strict, folded ? plainKey(scalars) : strict)
    }

    /// The loose key: the strict key with soft folds: soft variants (嶋→島), hiragana → katakana, small
    /// kana → large, and iteration marks spelled out (佐々木 → 佐佐木, いすゞ → イスズ).
    func looseKey(_ scalars: [UInt32]) -> String {
        let variants = self.variants
        return ScalarStringBuilder.build(capacity: scalars.count) { out in
            var previous: UInt32 = 0
            for original in scalars where original != 0x20 && !NameScalar.isInnerSeparator(original) {
                var value = Self.upper(original)
                if (0x3041...0x3096).contains(value) || value == 0x309D || value == 0x309E { value += 0x60 }
                switch value {
                case 0x3005:  // 々 repeats the kanji before it
                    if previous != 0 && NameScalar.isKanji(previous) { value = previous }
                case 0x30FD:  // ヽ repeats the kana before it
                    if previous != 0 && NameScalar.isKatakana(previous) { value = previous }
                case 0x30FE:  // ヾ repeats it voiced
                    if previous != 0 && NameScalar.isKatakana(previous) {
                        value =
                            CharacterFolding.composeVoicing(Unicode.Scalar(previous)!, voiced: true)?.value ?? previous
                    }
                case 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE:
                    value += 1
                case 0x30F5: value = 0x30AB  // ヵ → カ
                case 0x30F6: value = 0x30B1  // ヶ → ケ
                default:
                    value = variants.looseForm(value)
                }
                out.append(value)
                previous = value
            }
        }
    }

    private static func upper(_ value: UInt32) -> UInt32 {
        (0x61...0x7A).contains(value) ? value - 0x20 : value
    }
}

extension NameNormalizer {
    /// The strict and loose keys of one part of a name — a surname or a given name as
    /// ``normalize(_:reading:)`` returns it, or a former surname — folded exactly as the
    /// parts of a whole name's ``NormalizedName/key`` and ``NormalizedName/looseKey`` are,
    /// so that a surname key is a prefix of the name's key.
    public func partKeys(_ part: String) -> (strict: String, loose: String) {
        var notes = NameNotes()
        let scalars = NameText.fold(part, notes: &notes).map(\.value)
        return (strictAndPlainKeys(scalars).strict, looseKey(scalars))
    }
}
