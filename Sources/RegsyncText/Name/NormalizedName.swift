/// The comparison form of one name from a ledger: its parts, its keys and what the normaliser noticed.
/// It serves comparison only; the source value is stored unchanged elsewhere.
///
/// JSON (one object per line from `regsync normalize name`): `surname`, `given`, `key`, `loose_key`,
/// `reading_key`, `entity`, `entity_kind`, `entity_position`, `former_surname`, `warnings`; absent values
/// are written as `null`.
public struct NormalizedName: Sendable, Hashable, Encodable {
    /// The surname as written (width-folded, no variant folding); `nil` for a legal entity.
    public var surname: String?
    /// The given name as written; `nil` when the name was not split (and for a legal entity).
    public var given: String?
    /// Comparison key: width, kana composition, spaces and separators folded, Latin upper-cased, and
    /// variant kanji folded *strictly* (髙→高, 邊→辺, 﨑→崎). For an entity, the name without its
    /// legal-form designation (㈱山田商店 and 株式会社 山田商店 both give 山田商店).
    public var key: String
    /// `key` with the *soft* folds as well: 嶋→島, 斎→斉, hiragana → katakana, small kana → large,
    /// 々 spelled out. Equal loose keys are weaker evidence than equal keys.
    public var looseKey: String
    /// The fuzzy reading key (`ReadingKey`), from the given reading or from a name written in kana only.
    public var readingKey: String?
    /// Whether the holder is a legal entity or public body rather than a natural person.
    public var entity: Bool
    /// The recognised legal form, when `entity` is true.
    public var entityKind: LegalEntityKind?
    /// Where the legal-form designation stood (前株/後株); `nil` when the form is part of the name
    /// (東京都, 横浜市, 財務省, …) or the entity was recognised without a removable designation.
    public var entityPosition: EntityPosition?
    /// A former surname given in parentheses (山田（旧姓 鈴木）花子 → 鈴木), width-folded.
    public var formerSurname: String?
    /// Everything the normaliser recognised but could not fold silently.
    public var warnings: [NameWarning]

    /// The width-folded name without spaces and separators and without variant folding: equal plain
    /// forms grade `identical`.
    var plainKey: String

    enum CodingKeys: String, CodingKey {
        case surname, given, key
        case looseKey = "loose_key"
        case readingKey = "reading_key"
        case entity
        case entityKind = "entity_kind"
        case entityPosition = "entity_position"
        case formerSurname = "former_surname"
        case warnings
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(surname, forKey: .surname)
        try container.encode(given, forKey: .given)
        try container.encode(key, forKey: .key)
        try container.encode(looseKey, forKey: .looseKey)
        try container.encode(readingKey, forKey: .readingKey)
        try container.encode(entity, forKey: .entity)
        try container.encode(entityKind, forKey: .entityKind)
        try container.encode(entityPosition, forKey: .entityPosition)
        try container.encode(formerSurname, forKey: .formerSurname)
        try container.encode(warnings, forKey: .warnings)
    }

    /// Whether any warning has `code`.
    public func hasWarning(_ code: NameWarning.Code) -> Bool {
        warnings.contains { $0.code == code }
    }
}
