/// The text-level steps of name normalisation, over Unicode scalars: folding with gaiji reports,
/// brackets, tokens and the split of a name written without a space.
enum NameText {
    /// Folds `text` (width, kana composition, spaces of any kind to U+0020, placeholders to 〓) and
    /// reports what cannot be folded silently. Variation selectors are dropped; private-use code
    /// points are kept as they are.
    static func fold(_ text: String, notes: inout NameNotes) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value == 0x3F || value == 0x2A {
                    notes.add(.gaijiPlaceholder, "\(NameScalar.hex(value)) stands for a character the source lacked")
                    out.append(NameScalar.placeholder)
                } else if value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D {
                    out.append(" ")
                } else if value < 0x20 || value == 0x7F {
                    notes.add(.controlCharacter, "\(NameScalar.hex(value)) treated as a space")
                    out.append(" ")
                } else {
                    out.append(scalar)
                }
            } else if (0x4E00...0x9FFF).contains(value) || (0x3041...0x30FA).contains(value) {
                CharacterFolding.appendFolded(scalar, to: &out)
            } else if NameScalar.isSpace(value) {
                out.append(" ")
            } else if NameScalar.isVariationSelector(value) {
                notes.add(.variationSelector, "\(NameScalar.hex(value)) dropped from the keys")
            } else if NameScalar.isPrivateUse(value) {
                notes.add(.privateUse, "\(NameScalar.hex(value)) is a private-use character, kept as is")
                out.append(scalar)
            } else if value == 0xFFFD {
                notes.add(.replacementCharacter, "U+FFFD: the source was decoded with errors")
                out.append(NameScalar.placeholder)
            } else if NameScalar.isPlaceholderMark(value) {
                notes.add(.gaijiPlaceholder, "\(NameScalar.hex(value)) stands for a character the source lacked")
                out.append(NameScalar.placeholder)
            } else if NameScalar.isControl(value) {
                notes.add(.controlCharacter, "\(NameScalar.hex(value)) treated as a space")
                out.append(" ")
            } else if NameScalar.isCompatIdeograph(value) {
                let start = out.count
                CharacterFolding.appendFolded(scalar, to: &out)
                let shown =
                    out.count == start + 1 && out[start] != scalar ? " (NFKC: \(NameScalar.hex(out[start].value)))" : ""
                notes.add(.compatIdeograph, "\(NameScalar.hex(value)) is a CJK compatibility ideograph\(shown)")
            } else {
                CharacterFolding.appendFolded(scalar, to: &out)
            }
        }
        return out
    }

    /// Folds a reading: width and kana composition only (ReadingKey does the rest).
    static func foldReading(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if NameScalar.isSpace(scalar.value) {
                out.append(" ")
            } else {
                CharacterFolding.appendFolded(scalar, to: &out)
            }
        }
        return out
    }

    /// Removes notes that registers write around a holder's name: a co-owner tail (山田太郎外2名, ほか1名)
    /// and a leading 亡 (deceased: 亡山田太郎). Neither is part of the name.
    static func stripHolderNotes(_ main: inout [Unicode.Scalar], notes: inout NameNotes) {
        var end = main.count
        while end > 0 && main[end - 1] == " " { end -= 1 }
        if end > 0 && main[end - 1] == "\u{540D}" {  // 名
            var start = end - 1
            while start > 0 && isCount(main[start - 1].value) { start -= 1 }
            if start < end - 1 && start > 0 {
                var marker = -1
                if main[start - 1] == "\u{5916}" || main[start - 1] == "\u{4ED6}" {  // 外 他
                    marker = start - 1
                } else if start >= 2 && main[start - 2] == "\u{307B}" && main[start - 1] == "\u{304B}" {  // ほか
                    marker = start - 2
                }
                if marker > 0 && main[0..<marker].contains(where: { $0 != " " }) {
                    main.removeSubrange(marker...)
                    notes.add(.coOwners, "co-owner count kept out of the key")
                }
            }
        }
        if let first = main.firstIndex(where: { $0 != " " }), main[first] == "\u{4EA1}",  // 亡
            main[(first + 1)...].filter({ $0 != " " }).count >= 2
        {
            main.remove(at: first)
            notes.add(.deceasedMarker, "leading 亡 (deceased) kept out of the key")
        }
    }

    /// Takes an unbracketed former-surname note off the end of a name (山田 花子 旧姓 鈴木, 山田花子 旧氏:鈴木)
    /// and returns the former surname.
    static func takeFormerSurnameNote(_ main: inout [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard
            let marker = main.indices.dropFirst().first(where: { index in
                main[index] == "\u{65E7}" && index + 1 < main.count
                    && (main[index + 1] == "\u{59D3}" || main[index + 1] == "\u{6C0F}")  // 旧姓 旧氏
            }), main[..<marker].contains(where: { $0 != " " })
        else { return nil }
        let former = main[(marker + 2)...].filter { $0 != " " && $0 != ":" && $0 != "\u{30FB}" }
        guard !former.isEmpty else { return nil }
        main.removeSubrange(marker...)
        return former
    }

    private static func isCount(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E:
            true  // 0-9 一二三四五六七八九十百
        default:
            false
        }
    }

    /// A bracketed part of a name: its content, where it stood, and the legal form it abbreviates.
    struct Bracketed {
        let content: [Unicode.Scalar]
        let position: EntityPosition
        let abbreviation: LegalEntityKind?
    }

    /// A name with its bracketed parts taken out (each replaced by a space).
    struct BracketSplit {
        var main: [Unicode.Scalar]
        var groups: [Bracketed]
    }

    /// Takes the bracketed parts out of `text`. An unmatched bracket is a space, except in the bank
    /// abbreviations `カ)ヤマダ` and `ヤマダ(カ`, which mark a legal form.
    static func splitBrackets(_ text: [Unicode.Scalar], forms: LegalEntityForms, notes: inout NameNotes)
        -> BracketSplit
    {
        guard text.contains(where: { NameScalar.isOpenBracket($0.value) || NameScalar.isCloseBracket($0.value) })
        else { return BracketSplit(main: text, groups: []) }
        var split = BracketSplit(main: [], groups: [])
        var index = 0
        while index < text.count {
            let value = text[index].value
            let hasBefore = split.main.contains { $0 != " " }
            if NameScalar.isOpenBracket(value) {
                if let close = text[(index + 1)...].firstIndex(where: { NameScalar.isCloseBracket($0.value) }) {
                    let content = Array(text[(index + 1)..<close])
                    let hasAfter = text[(close + 1)...].contains { !isSpaceOrBracket($0) }
                    let position: EntityPosition = !hasBefore ? .prefix : !hasAfter ? .suffix : .middle
                    split.groups.append(
                        Bracketed(
                            content: content, position: position,
                            abbreviation: forms.abbreviation(abbreviationKey(content))))
                    split.main.append(" ")
                    index = close + 1
                    continue
                }
                let rest = Array(text[(index + 1)...])
                if hasBefore, let kind = forms.abbreviation(abbreviationKey(rest)) {
                    split.groups.append(Bracketed(content: rest, position: .suffix, abbreviation: kind))
                    break
                }
            } else if NameScalar.isCloseBracket(value) {
                let hasAfter = text[(index + 1)...].contains { !isSpaceOrBracket($0) }
                if split.groups.isEmpty, hasAfter, let kind = forms.abbreviation(abbreviationKey(split.main)) {
                    split.groups.append(Bracketed(content: split.main, position: .prefix, abbreviation: kind))
                    split.main = [" "]
                    index += 1
                    continue
                }
            } else {
                split.main.append(text[index])
                index += 1
                continue
            }
            notes.add(.unbalancedBracket, "\(NameScalar.hex(value)) without its partner treated as a space")
            split.main.append(" ")
            index += 1
        }
        return split
    }

    private static func isSpaceOrBracket(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || NameScalar.isOpenBracket(scalar.value) || NameScalar.isCloseBracket(scalar.value)
    }

    /// The lookup form of a bracketed abbreviation: no spaces, katakana, large kana, Latin upper case.
    static func abbreviationKey(_ content: [Unicode.Scalar]) -> [UInt32] {
        var key: [UInt32] = []
        for scalar in content where scalar != " " {
            var value = scalar.value
            if (0x3041...0x3096).contains(value) { value += 0x60 }
            if (0x61...0x7A).contains(value) { value -= 0x20 }
            switch value {
            case 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE: value += 1
            default: break
            }
            key.append(value)
            if key.count > 8 { return [] }
        }
        return key
    }

    /// The former surname in a bracket that starts with 旧姓, 旧氏 or 旧 (山田（旧姓：鈴木）花子).
    static func formerSurname(in content: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let trimmed = content.filter { $0 != " " }
        guard let first = trimmed.first, first == "\u{65E7}" else { return nil }  // 旧
        var rest = trimmed.dropFirst()
        if let marker = rest.first, marker == "\u{59D3}" || marker == "\u{6C0F}" { rest = rest.dropFirst() }  // 姓 氏
        while let separator = rest.first, separator == ":" || separator == "\u{30FB}" || separator == "=" {
            rest = rest.dropFirst()
        }
        return rest.isEmpty ? nil : Array(rest)
    }

    /// The form entity words are matched on: hiragana as katakana, Latin upper-cased (same length).
    static func matchView(_ compact: [UInt32]) -> [UInt32] {
        compact.map { value in
            if (0x3041...0x3096).contains(value) { return value + 0x60 }
            if (0x61...0x7A).contains(value) { return value - 0x20 }
            return value
        }
    }

    /// The ranges of the space-separated parts of a name; parts made only of separators are dropped.
    static func tokens(_ main: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        var meaningful = false
        for index in 0...main.count {
            if index == main.count || main[index] == " " {
                if let begin = start, meaningful { ranges.append(begin..<index) }
                start = nil
                meaningful = false
            } else {
                if start == nil { start = index }
                meaningful = meaningful || !NameScalar.isInnerSeparator(main[index].value)
            }
        }
        return ranges
    }

    /// Splits a name written without a space where a run of kanji turns into a run of kana (山田はなこ →
    /// 山田 / はなこ): surnames are written in kanji, and a kana tail of two or more is a given name. No
    /// split when the scripts alternate (一ノ瀬はな) or the name is all kanji (高橋一郎: no sourced list).
    /// Returns the index where the given name starts.
    static func inferSplit(_ token: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let boundary = token.firstIndex(where: { !NameScalar.isKanji($0.value) }),
            boundary > token.startIndex, token.endIndex - boundary >= 2, token[boundary].value != 0x30FC,
            token[boundary...].allSatisfy({ NameScalar.isKana($0.value) })
        else { return nil }
        return boundary
    }

    /// A Latin name upper-cased with single spaces and no space after "." or "," (ABC CO., LTD. →
    /// ABC CO.,LTD.), for matching English legal forms.
    static func latinJoined(_ main: [Unicode.Scalar]) -> [UInt32] {
        var joined: [UInt32] = []
        for scalar in main {
            var value = scalar.value
            if value == 0x20 {
                if let last = joined.last, last != 0x20, last != 0x2E, last != 0x2C { joined.append(0x20) }
                continue
            }
            if (0x61...0x7A).contains(value) { value -= 0x20 }
            joined.append(value)
        }
        while joined.last == 0x20 { joined.removeLast() }
        return joined
    }
}
