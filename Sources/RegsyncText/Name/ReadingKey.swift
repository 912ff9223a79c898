/// Builds the fuzzy comparison key of a reading (フリガナ): the same key for spellings that ledgers mix
/// for one pronunciation, and different keys for different pronunciations.
///
/// Rules (docs/names.md has the reasons): width and voicing marks folded (ｻﾄｳ → サトウ); hiragana →
/// katakana; spaces, ・ and punctuation dropped; ゝゞヽヾ spelled out; small kana → large (ショウ ≡ シヨウ,
/// since bank and vehicle systems have no small kana); ヂ→ジ, ヅ→ズ, ヲ→オ, ヱ→エ, ヰ→イ, ヴ→ブ (ヴァ→バ …);
/// and long vowels written one way: ー, or a vowel kana lengthening the vowel before it (オオ, オウ, ウウ,
/// イイ, エイ, エエ, アア), become ー. So オオタ ≡ オータ ≡ オウタ, but オタ stays different (大野 オオノ is
/// never 小野 オノ). ハ/ワ and ヘ/エ are not folded: in names they are different sounds.
public enum ReadingKey {
    /// Returns the fuzzy key of `reading`.
    public static func make(_ reading: String) -> String {
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(reading.unicodeScalars.count)
        for scalar in reading.unicodeScalars {
            CharacterFolding.appendFolded(scalar, to: &folded)
        }
        return make(scalars: folded)
    }

    /// The key of scalars that `CharacterFolding.appendFolded` has already folded.
    static func make(scalars: [Unicode.Scalar]) -> String {
        ScalarStringBuilder.build(capacity: scalars.count) { out in
            var vowel = Vowel.none  // vowel of the last mora written
            var lengthened = false  // the last thing written is ー (one lengthening per mora)
            var previousBase: UInt32 = 0  // the last kana written, for ヽ and ヾ
            var index = 0
            while index < scalars.count {
                var value = scalars[index].value
                index += 1
                if NameScalar.isHiragana(value) && value != 0x309F { value += 0x60 }
                // Iteration marks repeat the kana before them, unvoiced (ヽ) or voiced (ヾ).
                if value == 0x30FD || value == 0x30FE {
                    guard previousBase != 0 else { continue }
                    value = previousBase
                    if scalars[index - 1].value == 0x30FE || scalars[index - 1].value == 0x309E {
                        value = CharacterFolding.composeVoicing(Unicode.Scalar(value)!, voiced: true)?.value ?? value
                    }
                }
                // ヴ with a small vowel is a single mora: ヴァ→バ, ヴィ→ビ, ヴェ→ベ, ヴォ→ボ.
                if value == 0x30F4, index < scalars.count, let bilabial = vuMora(scalars[index].value) {
                    value = bilabial
                    index += 1
                }
                if let long = isLongMark(value, after: vowel) {
                    if long && !lengthened {
                        out.append(0x30FC)
                        lengthened = true
                    }
                    continue
                }
                guard NameScalar.isKatakana(value) else {
                    if NameScalar.isASCIILetter(value) || (0x30...0x39).contains(value) {
                        out.append(value >= 0x61 && value <= 0x7A ? value - 0x20 : value)
                        vowel = .none
                        lengthened = false
                    } else if NameScalar.isKanji(value) || NameScalar.isPrivateUse(value) || value == 0x3013 {
                        out.append(value)
                        vowel = .none
                        lengthened = false
                    }
                    continue  // spaces, ・ and punctuation carry no sound
                }
                let isSmall = smallToLarge(value) != nil
                let base = smallToLarge(value) ?? value
                let kana = plainKana(base)
                let kanaVowel = Vowel.of(kana)
                // A small kana (ャ, ィ) changes the vowel of the mora it belongs to and never lengthens it.
                if !isSmall && !lengthened && kanaVowel.lengthens(vowel) && isBareVowel(kana) {
                    out.append(0x30FC)
                    lengthened = true
                    continue
                }
                out.append(kana)
                previousBase = kana
                lengthened = false
                vowel = kanaVowel
            }
        }
    }

    /// Vowels of morae, to recognise long vowels.
    enum Vowel {
        case none, a, i, u, e, o

        /// Whether this vowel kana, written after a mora with `previous`, lengthens it.
        func lengthens(_ previous: Vowel) -> Bool {
            switch (previous, self) {
            case (.a, .a), (.i, .i), (.u, .u), (.e, .e), (.e, .i), (.o, .o), (.o, .u): true
            default: false
            }
        }

        static func of(_ kana: UInt32) -> Vowel {
            guard (0x30A1...0x30F6).contains(kana) else { return .none }
            return vowelTable[Int(kana - 0x30A1)]
        }

        // ァ through ヶ in code point order (small and large forms share a vowel).
        private static let vowelTable: [Vowel] = {
            let layout =
                "aaiiuueeoo" + "aaiiuueeoo" + "aaiiuueeoo" + "aaiiuuueeoo" + "aiueo" + "aaaiiiuuueeeooo"
                + "aiueo" + "aauuoo" + "aiueo" + "aaieo" + "nuae"
            precondition(layout.count == 0x30F6 - 0x30A1 + 1)
            return layout.map { letter in
                switch letter {
                case "a": .a
                case "i": .i
                case "u": .u
                case "e": .e
                case "o": .o
                default: .none
                }
            }
        }()
    }

    /// Whether `kana` (already plain) is one of ア イ ウ エ オ.
    private static func isBareVowel(_ kana: UInt32) -> Bool {
        kana == 0x30A2 || kana == 0x30A4 || kana == 0x30A6 || kana == 0x30A8 || kana == 0x30AA
    }

    /// `true` for a long-vowel mark that lengthens, `false` for one to drop, `nil` when not a mark.
    private static func isLongMark(_ value: UInt32, after vowel: Vowel) -> Bool? {
        switch value {
        case 0x30FC, 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x301C, 0x7E:
            return vowel != .none
        default:
            return nil
        }
    }

    private static func vuMora(_ next: UInt32) -> UInt32? {
        switch next {
        case 0x30A1: 0x30D0  // ァ → バ
        case 0x30A3: 0x30D3  // ィ → ビ
        case 0x30A7: 0x30D9  // ェ → ベ
        case 0x30A9: 0x30DC  // ォ → ボ
        default: nil
        }
    }

    /// The large form of a small kana.
    private static func smallToLarge(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE: value + 1
        case 0x30F5: 0x30AB  // ヵ → カ
        case 0x30F6: 0x30B1  // ヶ → ケ
        default: nil
        }
    }

    /// Folds kana that ledgers spell two ways for one sound.
    private static func plainKana(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x30C2: 0x30B8  // ヂ → ジ
        case 0x30C5: 0x30BA  // ヅ → ズ
        case 0x30F2: 0x30AA  // ヲ → オ
        case 0x30F1: 0x30A8  // ヱ → エ
        case 0x30F0: 0x30A4  // ヰ → イ
        case 0x30F4: 0x30D6  // ヴ → ブ
        case 0x30F7: 0x30D0  // ヷ → バ
        case 0x30F8: 0x30D3  // ヸ → ビ
        case 0x30F9: 0x30D9  // ヹ → ベ
        case 0x30FA: 0x30DC  // ヺ → ボ
        default: value
        }
    }
}
