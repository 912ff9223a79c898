/// Normalises Japanese personal names and legal-entity names for comparison: width and kana folding,
/// surname/given split, 異体字 folding (strict and soft keys), reading keys, legal-entity recognition,
/// and explicit reports of gaiji. Rules and sources: docs/names.md.
///
/// Normalisation serves comparison only: the source value is never altered. The normaliser is a
/// value with shared, immutable tables; one instance can serve any number of threads.
public struct NameNormalizer: Sendable {
    let variants: VariantKanjiTable
    let forms: LegalEntityForms

    /// Creates a normaliser over the built-in tables (parsed once per process).
    public init() {
        self.variants = .shared
        self.forms = .shared
    }

    /// Normalises one name and, optionally, its reading (フリガナ).
    /// - Parameters:
    ///   - name: the name as the ledger holds it: any width, any spacing, kanji or kana, person or entity.
    ///   - reading: the reading in katakana, hiragana or half-width katakana, with or without spaces.
    public func normalize(_ name: String, reading: String? = nil) -> NormalizedName {
        var notes = NameNotes()
        let folded = NameText.fold(name, notes: &notes)
        var parsed = NameText.splitBrackets(folded, forms: forms, notes: &notes)
        NameText.stripHolderNotes(&parsed.main, notes: &notes)

        var formerSurname: String?
        if let former = NameText.takeFormerSurnameNote(&parsed.main) {
            formerSurname = ScalarStringBuilder.string(former[...])
            notes.add(.formerSurname, "former surname note kept out of the key")
        }
        var asides: [NameText.Bracketed] = []
        var designation: (kind: LegalEntityKind, position: EntityPosition)?
        for group in parsed.groups {
            if let kind = group.abbreviation {
                if designation == nil { designation = (kind, group.position) }
            } else if let former = NameText.formerSurname(in: group.content), formerSurname == nil {
                formerSurname = ScalarStringBuilder.string(former[...])
                notes.add(.formerSurname, "former surname in parentheses kept out of the key")
            } else {
                asides.append(group)
            }
        }

        var compact: [UInt32] = []
        compact.reserveCapacity(parsed.main.count)
        var needsView = false
        for scalar in parsed.main where scalar != " " {
            let value = scalar.value
            needsView = needsView || (0x3041...0x3096).contains(value) || (0x61...0x7A).contains(value)
            compact.append(value)
        }
        let view = needsView ? NameText.matchView(compact) : compact
        if let entity = recogniseEntity(compact: compact, view: view, main: parsed.main, designation: designation) {
            for _ in asides {
                notes.add(.parenthetical, "parenthesised note kept out of the key")
            }
            let readingKey = entityReadingKey(reading: reading, base: entity.base, notes: &notes)
            let keys = strictAndPlainKeys(entity.base)
            return NormalizedName(
                surname: nil, given: nil,
                key: keys.strict, looseKey: looseKey(entity.base), readingKey: readingKey,
                entity: true, entityKind: entity.kind, entityPosition: entity.position,
                formerSurname: nil, warnings: notes.warnings, plainKey: keys.plain)
        }
        if designation == nil, !parsed.main.contains(" "), PublicBodies.looksLikeMunicipality(compact) {
            notes.add(.possibleEntity, "ends like a municipality that is not in the built-in list")
        }

        var readingSource: [Unicode.Scalar]?
        if let reading, reading.unicodeScalars.contains(where: { !NameScalar.isSpace($0.value) }) {
            readingSource = NameText.foldReading(reading)
        }
        for group in asides {
            let content = group.content.filter { $0 != " " }
            if readingSource == nil, !content.isEmpty, content.allSatisfy({ NameScalar.isKana($0.value) }) {
                readingSource = group.content
                notes.add(.readingInName, "parenthesised kana taken as the reading")
            } else if formerSurname == nil, group.position == .middle, !content.isEmpty {
                formerSurname = ScalarStringBuilder.string(content[...])
                notes.add(.formerSurnameUnmarked, "parenthesised name between the parts taken as a former surname")
            } else {
                notes.add(.parenthetical, "parenthesised note kept out of the key")
            }
        }

        let main = parsed.main
        var tokens = NameText.tokens(main)
        if tokens.count > 2 {
            notes.add(.severalParts, "more than two parts: the first is the surname")
        }
        if tokens.count == 1, let boundary = NameText.inferSplit(main[tokens[0]]) {
            tokens = [tokens[0].lowerBound..<boundary, boundary..<tokens[0].upperBound]
            notes.add(.splitInferred, "split where kanji turn into kana; the source has no space")
        }
        if tokens.isEmpty {
            notes.add(.empty, "no name left after folding")
        }
        if readingSource == nil, !compact.isEmpty,
            compact.allSatisfy({ NameScalar.isKana($0) || NameScalar.isInnerSeparator($0) })
        {
            readingSource = parsed.main
        }
        let readingKey = readingSource.map { source -> String in
            if source.contains(where: { NameScalar.isKanji($0.value) }) {
                notes.add(.readingNotKana, "the reading contains kanji")
            }
            return ReadingKey.make(scalars: source)
        }
        var given: String?
        if tokens.count == 2 {
            given = ScalarStringBuilder.string(main[tokens[1]])
        } else if tokens.count > 2 {
            given = tokens[1...].map { ScalarStringBuilder.string(main[$0]) }.joined(separator: " ")
        }
        let keys = strictAndPlainKeys(compact)
        return NormalizedName(
            surname: tokens.first.map { ScalarStringBuilder.string(main[$0]) }, given: given,
            key: keys.strict, looseKey: looseKey(compact), readingKey: readingKey,
            entity: false, entityKind: nil, entityPosition: nil,
            formerSurname: formerSurname, warnings: notes.warnings, plainKey: keys.plain)
    }

    /// An entity recognised in a name: its kind, the position of its designation and the remaining name.
    struct RecognisedEntity {
        let kind: LegalEntityKind
        let position: EntityPosition?
        let base: [UInt32]
    }

    private func recogniseEntity(
        compact: [UInt32], view: [UInt32], main: [Unicode.Scalar],
        designation: (kind: LegalEntityKind, position: EntityPosition)?
    ) -> RecognisedEntity? {
        if let designation {
            return RecognisedEntity(kind: designation.kind, position: designation.position, base: compact)
        }
        if let match = forms.findWord(in: view) {
            guard match.removable else {
                return RecognisedEntity(kind: match.kind, position: nil, base: compact)
            }
            let position: EntityPosition =
                match.range.lowerBound == 0 ? .prefix : match.range.upperBound == compact.count ? .suffix : .middle
            var base = compact
            base.removeSubrange(match.range)
            return RecognisedEntity(kind: match.kind, position: position, base: base)
        }
        if let kind = PublicBodies.kind(of: compact) {
            return RecognisedEntity(kind: kind, position: nil, base: compact)
        }
        if compact.contains(where: NameScalar.isASCIILetter) {
            let joined = NameText.latinJoined(main)
            if let suffix = forms.englishSuffix(in: joined) {
                let base = joined.dropLast(suffix.length).filter { $0 != 0x20 }
                return RecognisedEntity(kind: suffix.kind, position: .suffix, base: Array(base))
            }
        }
        return nil
    }

    private func entityReadingKey(reading: String?, base: [UInt32], notes: inout NameNotes) -> String? {
        let source: [Unicode.Scalar]
        if let reading, reading.unicodeScalars.contains(where: { !NameScalar.isSpace($0.value) }) {
            var scratch = NameNotes()
            let parsed = NameText.splitBrackets(NameText.foldReading(reading), forms: forms, notes: &scratch)
            var compact = parsed.main.filter { $0 != " " }.map(\.value)
            if let match = forms.findWord(in: NameText.matchView(compact)), match.removable {
                compact.removeSubrange(match.range)
            }
            source = compact.compactMap(Unicode.Scalar.init)
        } else if !base.isEmpty, base.allSatisfy({ NameScalar.isKana($0) || NameScalar.isInnerSeparator($0) }) {
            source = base.compactMap(Unicode.Scalar.init)
        } else {
            return nil
        }
        if source.contains(where: { NameScalar.isKanji($0.value) }) {
            notes.add(.readingNotKana, "the reading contains kanji")
        }
        return ReadingKey.make(scalars: source)
    }
}

/// The warnings collected while normalising one name, without duplicates.
struct NameNotes {
    private(set) var warnings: [NameWarning] = []

    mutating func add(_ code: NameWarning.Code, _ message: String) {
        let warning = NameWarning(code: code, message: message)
        if !warnings.contains(warning) { warnings.append(warning) }
    }
}
