import Testing

@testable import RegsyncText

@Suite("Character folding")
struct CharacterFoldingTests {
    // Expected values are written with escapes so that the test checks code points, not glyphs:
    // Swift's == treats NFC and NFD as equal, so every comparison here is on `.utf8`.
    @Test(
        "folds width and composes kana like NFKC, on the UTF-8 level",
        arguments: [
            ("\u{FF76}\u{FF9E}", "\u{30AC}"),  // ｶﾞ → ガ
            ("\u{FF8A}\u{FF9F}", "\u{30D1}"),  // ﾊﾟ → パ
            ("\u{FF73}\u{FF9E}", "\u{30F4}"),  // ｳﾞ → ヴ
            ("\u{304B}\u{3099}", "\u{304C}"),  // か + combining ゛ → が
            ("\u{30CF}\u{309A}", "\u{30D1}"),  // ハ + combining ゜ → パ
            ("\u{30BF}\u{309B}", "\u{30C0}"),  // タ + spacing ゛ → ダ
            ("\u{FF7B}\u{FF84}\u{FF73}", "\u{30B5}\u{30C8}\u{30A6}"),  // ｻﾄｳ → サトウ
            ("\u{FF21}\u{FF22}\u{FF23}\u{FF11}", "ABC1"),  // full-width Latin and digits
            ("\u{3000}", " "),  // ideographic space
            ("\u{3231}", "(\u{682A})"),  // ㈱ → (株)
            ("\u{337F}", "\u{682A}\u{5F0F}\u{4F1A}\u{793E}"),  // ㍿ → 株式会社
            ("\u{FA19}", "\u{795E}"),  // compatibility 神 → 神 (NFC folds it)
            ("\u{FA11}", "\u{FA11}"),  // 﨑 has no decomposition: NFKC keeps it
            ("\u{9AD9}", "\u{9AD9}"),  // 髙 is unified: NFKC keeps it
            ("plain ascii", "plain ascii"),
        ])
    func foldsWidth(input: String, expected: String) {
        #expect(Array(CharacterFolding.foldWidth(input).utf8) == Array(expected.utf8))
    }

    @Test(
        "converts between hiragana and katakana",
        arguments: [
            ("\u{3055}\u{3068}\u{3046}", "\u{30B5}\u{30C8}\u{30A6}"),  // さとう / サトウ
            ("\u{3087}\u{309D}", "\u{30E7}\u{30FD}"),  // ょゝ / ョヽ
        ])
    func convertsKana(hiragana: String, katakana: String) {
        #expect(Array(CharacterFolding.katakana(hiragana).utf8) == Array(katakana.utf8))
        #expect(Array(CharacterFolding.hiragana(katakana).utf8) == Array(hiragana.utf8))
    }

    @Test("appendFolded composes a voicing mark only onto kana that take it")
    func voicingOnNonKana() {
        var out: [Unicode.Scalar] = []
        for scalar in "A\u{FF9E}".unicodeScalars { CharacterFolding.appendFolded(scalar, to: &out) }
        #expect(out.map(\.value) == [0x41, 0x3099])
    }
}
