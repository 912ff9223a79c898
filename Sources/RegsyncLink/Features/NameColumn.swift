import RegsyncText

/// The comparison form of one side's names, one row per record: hashes of the strict and
/// loose keys of the whole name and of its parts, of the readings, the scalars that
/// similarity measures need, and the other names a person is known by (former surnames,
/// earlier names).
public struct NameColumn: Sendable {
    /// Hash tags of the keys, so that equal text in different roles never collides.
    enum Tag: UInt64 {
        case full = 1, fullLoose, surname, surnameLoose, given, givenLoose, reading, surnameReading, givenReading
    }

    /// One name in comparison form (the record's own, or another name of the person).
    public struct Form: Sendable {
        public var full: UInt64 = 0
        public var fullLoose: UInt64 = 0
        public var surname: UInt64 = 0
        public var surnameLoose: UInt64 = 0
        public var given: UInt64 = 0
        public var givenLoose: UInt64 = 0
        public var reading: UInt64 = 0
        public var surnameReading: UInt64 = 0
        public var givenReading: UInt64 = 0
        /// Strict-key scalars of the whole name, of the surname and of the given name.
        public var fullSpan = ScalarStore.Span.none
        public var looseSpan = ScalarStore.Span.none
        public var surnameSpan = ScalarStore.Span.none
        public var givenSpan = ScalarStore.Span.none
        public var surnameLooseSpan = ScalarStore.Span.none
        /// Whether the name was split into surname and given name.
        public var split = false

        public var isEmpty: Bool { full == 0 }
    }

    /// Per record: its own name.
    public private(set) var forms: [Form] = []
    /// Per record: whether the name is a legal entity's.
    public private(set) var entity: [Bool] = []
    /// Per record: where its other names are in `alternates`.
    private var alternateStart: [UInt32] = []
    private var alternateCount: [UInt8] = []
    /// Other names: former surnames with the given name, earlier names.
    public private(set) var alternates: [Form] = []
    /// The scalars of every span.
    public private(set) var scalars = ScalarStore()

    public init() {}

    public var count: Int { forms.count }

    /// The strict key of record `index`'s own name (for a legal entity: without its legal form).
    public func strictKey(of index: Int) -> String { scalars.string(forms[index].fullSpan) }

    /// The other names of record `index`.
    public func alternates(of index: Int) -> ArraySlice<Form> {
        let start = Int(alternateStart[index])
        return alternates[start..<start + Int(alternateCount[index])]
    }

    /// Appends one record's name.
    public mutating func append(_ value: NameValue?, normalizer: NameNormalizer) {
        guard let value, let text = value.text, !text.isEmpty else {
            forms.append(Form())
            entity.append(false)
            alternateStart.append(UInt32(alternates.count))
            alternateCount.append(0)
            return
        }
        let normalized = normalizer.normalize(text, reading: value.reading)
        var form = makeForm(normalized, reading: value.reading, normalizer: normalizer)
        if normalized.entity { form.split = false }
        forms.append(form)
        entity.append(normalized.entity)
        alternateStart.append(UInt32(alternates.count))
        var added = 0
        var formers = value.formerSurnames
        if let noted = normalized.formerSurname { formers.append(noted) }
        for former in formers where !former.isEmpty && added < 8 {
            alternates.append(withSurname(former, of: form, normalizer: normalizer))
            added += 1
        }
        for other in value.otherNames where !other.name.isEmpty && added < 8 {
            let normalizedOther = normalizer.normalize(other.name, reading: other.reading)
            alternates.append(makeForm(normalizedOther, reading: other.reading, normalizer: normalizer))
            added += 1
        }
        alternateCount.append(UInt8(added))
    }

    /// Frees spare capacity once every record is in.
    public mutating func shrink() {
        scalars.shrink()
    }

    private mutating func makeForm(_ name: NormalizedName, reading: String?, normalizer: NameNormalizer) -> Form {
        var form = Form()
        form.full = StableHash.of(name.key, tag: Tag.full.rawValue)
        form.fullLoose = StableHash.of(name.looseKey, tag: Tag.fullLoose.rawValue)
        form.fullSpan = scalars.append(name.key)
        form.looseSpan = scalars.append(name.looseKey)
        if let key = name.readingKey, !key.isEmpty { form.reading = StableHash.of(key, tag: Tag.reading.rawValue) }
        let readingParts = Self.readingParts(reading, name: name)
        if let surname = name.surname, let given = name.given, !name.entity {
            form.split = true
            let s = normalizer.partKeys(surname)
            let g = normalizer.partKeys(given)
            form.surname = StableHash.of(s.strict, tag: Tag.surname.rawValue)
            form.surnameLoose = StableHash.of(s.loose, tag: Tag.surnameLoose.rawValue)
            form.given = StableHash.of(g.strict, tag: Tag.given.rawValue)
            form.givenLoose = StableHash.of(g.loose, tag: Tag.givenLoose.rawValue)
            form.surnameSpan = scalars.append(s.strict)
            form.surnameLooseSpan = scalars.append(s.loose)
            form.givenSpan = scalars.append(g.strict)
        }
        if let parts = readingParts {
            form.surnameReading = StableHash.of(parts.surname, tag: Tag.surnameReading.rawValue)
            form.givenReading = StableHash.of(parts.given, tag: Tag.givenReading.rawValue)
        }
        return form
    }

    /// `form` with its surname replaced by `surname` (a former surname).
    private mutating func withSurname(_ surname: String, of form: Form, normalizer: NameNormalizer) -> Form {
        let s = normalizer.partKeys(surname)
        var alternate = Form()
        alternate.surname = StableHash.of(s.strict, tag: Tag.surname.rawValue)
        alternate.surnameLoose = StableHash.of(s.loose, tag: Tag.surnameLoose.rawValue)
        alternate.surnameSpan = scalars.append(s.strict)
        alternate.surnameLooseSpan = scalars.append(s.loose)
        alternate.given = form.given
        alternate.givenLoose = form.givenLoose
        alternate.givenSpan = form.givenSpan
        alternate.split = form.split
        if form.split {
            let strict = Array(scalars[alternate.surnameSpan]) + Array(scalars[form.givenSpan])
            let looseGiven =
                form.looseSpan.isEmpty ? [] : Array(scalars[form.looseSpan].suffix(Int(form.givenSpan.count)))
            let loose = Array(scalars[alternate.surnameLooseSpan]) + looseGiven
            alternate.full = StableHash.of(scalars: strict, tag: Tag.full.rawValue)
            alternate.fullSpan = scalars.append(scalars: strict)
            alternate.fullLoose = StableHash.of(scalars: loose, tag: Tag.fullLoose.rawValue)
            alternate.looseSpan = scalars.append(scalars: loose)
        }
        return alternate
    }

    /// The reading keys of the surname and the given name: from a reading written with a space
    /// between them, or from a name written in kana only and split.
    static func readingParts(_ reading: String?, name: NormalizedName) -> (surname: String, given: String)? {
        if let reading {
            let parts = reading.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
            if parts.count == 2 {
                let surname = ReadingKey.make(String(parts[0]))
                let given = ReadingKey.make(String(parts[1]))
                if !surname.isEmpty && !given.isEmpty { return (surname, given) }
            }
        }
        if name.readingKey != nil, let surname = name.surname, let given = name.given,
            isKana(surname), isKana(given)
        {
            return (ReadingKey.make(surname), ReadingKey.make(given))
        }
        return nil
    }

    private static func isKana(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                (0x3041...0x30FF).contains($0.value) || (0xFF66...0xFF9F).contains($0.value)
            }
    }
}
