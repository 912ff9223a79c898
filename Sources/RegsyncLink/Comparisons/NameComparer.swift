/// Compares person names part by part — surname and given name — as ledgers write them:
/// strict keys (variant kanji folded strictly), loose keys (soft variants, kana), the
/// person's former surnames and other names, readings, and one-character typos. A name
/// written without a space is split where the candidate's surname ends.
final class NameComparer: Comparer {
    /// A part's level before it is placed in a comparison's own level list.
    enum PartLevel: UInt8 {
        case null, exact, variant, former, reading, typo, other

        /// How strongly a level speaks for the pair (to pick the best of a person's names).
        var strength: Int {
            switch self {
            case .exact: 6
            case .variant: 5
            case .former: 4
            case .reading: 3
            case .typo: 1
            case .null, .other: 0
            }
        }
    }

    let left: NameColumn
    let right: NameColumn
    let surnameSlot: Int?
    let givenSlot: Int?
    let surnames: FrequencyTable
    let givens: FrequencyTable

    init(left: NameColumn, right: NameColumn, surnameSlot: Int?, givenSlot: Int?) {
        self.left = left
        self.right = right
        self.surnameSlot = surnameSlot
        self.givenSlot = givenSlot
        surnames = FrequencyTable(values: right.forms.lazy.map(\.surname), total: right.count)
        givens = FrequencyTable(values: right.forms.lazy.map(\.given), total: right.count)
    }

    func compare(_ i: Int, _ j: Int, into levels: inout [UInt8]) {
        let (surname, given) = partLevels(i, j)
        if let surnameSlot { levels[surnameSlot] = Self.surnameIndex(surname) }
        if let givenSlot { levels[givenSlot] = Self.givenIndex(given) }
    }

    func termFrequencyLog2(slot: Int, level: UInt8, _ i: Int, _ j: Int) -> Float? {
        let form = right.forms[j]
        if slot == surnameSlot, level == Self.surnameIndex(.exact), form.surname != 0 {
            return surnames.log2Share(of: form.surname)
        }
        if slot == givenSlot, level == Self.givenIndex(.exact), form.given != 0 {
            return givens.log2Share(of: form.given)
        }
        return nil
    }

    /// Surname levels: null, exact, variant, former, reading, typo, else.
    static func surnameIndex(_ level: PartLevel) -> UInt8 {
        switch level {
        case .null: 0
        case .exact: 1
        case .variant: 2
        case .former: 3
        case .reading: 4
        case .typo: 5
        case .other: 6
        }
    }

    /// Given-name levels: null, exact, variant, reading, typo, else (a former given name is variant).
    static func givenIndex(_ level: PartLevel) -> UInt8 {
        switch level {
        case .null: 0
        case .exact: 1
        case .variant, .former: 2
        case .reading: 3
        case .typo: 4
        case .other: 5
        }
    }

    /// The levels of surname and given name for the best of the names each side knows.
    func partLevels(_ i: Int, _ j: Int) -> (PartLevel, PartLevel) {
        let a = left.forms[i]
        let b = right.forms[j]
        if a.isEmpty || b.isEmpty || left.entity[i] || right.entity[j] { return (.null, .null) }
        var best = evaluate(a, b, alternate: false)
        if best.0 == .exact && best.1 == .exact { return best }
        var bestStrength = best.0.strength + best.1.strength
        for other in right.alternates(of: j) {
            let candidate = evaluate(a, other, alternate: true)
            let strength = candidate.0.strength + candidate.1.strength
            if strength > bestStrength {
                best = candidate
                bestStrength = strength
            }
        }
        for other in left.alternates(of: i) {
            let candidate = evaluate(other, b, alternate: true)
            let strength = candidate.0.strength + candidate.1.strength
            if strength > bestStrength {
                best = candidate
                bestStrength = strength
            }
        }
        return best
    }

    /// Levels of one left form against one right form; with `alternate`, an agreeing surname is a former one.
    private func evaluate(_ a: NameColumn.Form, _ b: NameColumn.Form, alternate: Bool) -> (PartLevel, PartLevel) {
        var levels: (PartLevel, PartLevel)
        if a.split && b.split {
            levels = (
                part(
                    a.surname, b.surname, a.surnameLoose, b.surnameLoose, a.surnameReading, b.surnameReading,
                    a.surnameSpan, b.surnameSpan),
                part(
                    a.given, b.given, a.givenLoose, b.givenLoose, a.givenReading, b.givenReading, a.givenSpan,
                    b.givenSpan)
            )
        } else if a.full != 0 && a.full == b.full {
            levels = (.exact, .exact)
        } else if a.fullLoose != 0 && a.fullLoose == b.fullLoose {
            levels = (.variant, .variant)
        } else if !a.split && b.split {
            levels = unsplit(a, in: left.scalars, against: b, in: right.scalars)
        } else if a.split && !b.split {
            levels = unsplit(b, in: right.scalars, against: a, in: left.scalars)
        } else if a.reading != 0 && a.reading == b.reading {
            levels = (.reading, .reading)
        } else if Similarity.levenshtein(left.scalars[a.fullSpan], right.scalars[b.fullSpan], limit: 1) <= 1,
            max(a.fullSpan.count, b.fullSpan.count) >= 3
        {
            levels = (.typo, .null)
        } else {
            levels = (.other, .null)
        }
        if alternate && (levels.0 == .exact || levels.0 == .variant) { levels.0 = .former }
        return levels
    }

    /// Levels of one part from its keys, readings and scalars.
    private func part(
        _ strictA: UInt64, _ strictB: UInt64, _ looseA: UInt64, _ looseB: UInt64, _ readingA: UInt64,
        _ readingB: UInt64, _ spanA: ScalarStore.Span, _ spanB: ScalarStore.Span
    ) -> PartLevel {
        if strictA == 0 || strictB == 0 { return .null }
        if strictA == strictB { return .exact }
        let x = left.scalars[spanA]
        let y = right.scalars[spanB]
        if looseA == looseB || Similarity.equalBesidesPlaceholders(x, y) { return .variant }
        if readingA != 0 && readingA == readingB { return .reading }
        if max(x.count, y.count) >= 2 && Similarity.levenshtein(x, y, limit: 1) <= 1 { return .typo }
        return .other
    }

    /// Levels of a name written without a space (`whole`) against a split one (`split`): the
    /// split name's surname read as a prefix of the whole, the rest compared with its given name.
    private func unsplit(
        _ whole: NameColumn.Form, in wholeScalars: ScalarStore, against split: NameColumn.Form,
        in splitScalars: ScalarStore
    ) -> (PartLevel, PartLevel) {
        let text = wholeScalars[whole.fullSpan]
        let surname = splitScalars[split.surnameSpan]
        let given = splitScalars[split.givenSpan]
        if surname.count < text.count, text.starts(with: surname) {
            return (.exact, rest(text.dropFirst(surname.count), given))
        }
        let loose = wholeScalars[whole.looseSpan]
        let looseSurname = splitScalars[split.surnameLooseSpan]
        if looseSurname.count < loose.count, loose.starts(with: looseSurname) {
            return (.variant, rest(text.dropFirst(looseSurname.count), given))
        }
        if whole.reading != 0 && whole.reading == split.reading { return (.reading, .reading) }
        let full = splitScalars[split.fullSpan]
        if max(text.count, full.count) >= 3, Similarity.levenshtein(text, full, limit: 1) <= 1 {
            // Where the first difference is tells which part has the typo.
            var position = 0
            for (x, y) in zip(text, full) {
                guard x == y else { break }
                position += 1
            }
            return position < surname.count ? (.typo, .exact) : (.exact, .typo)
        }
        return (.other, .null)
    }

    private func rest(_ rest: ArraySlice<UInt32>, _ given: ArraySlice<UInt32>) -> PartLevel {
        if given.isEmpty { return .null }
        if rest.elementsEqual(given) { return .exact }
        if Similarity.equalBesidesPlaceholders(rest, given) { return .variant }
        if max(rest.count, given.count) >= 2 && Similarity.levenshtein(rest, given, limit: 1) <= 1 { return .typo }
        return .other
    }
}
