/// A remark about a name that the normaliser recognised but could not fold silently: gaiji, a guessed
/// split, a parenthesised note. Codes are stable; messages are short and name code points, not people.
public struct NameWarning: Sendable, Hashable, Encodable {
    /// The stable identifier of a kind of warning (the JSON `code`).
    public enum Code: String, Sendable, Hashable, Encodable, CaseIterable {
        /// A variation selector (U+FE00–FE0F, U+E0100–E01EF) followed a character; it was dropped from keys.
        case variationSelector = "variation_selector"
        /// A CJK compatibility ideograph (U+F900–FAFF, U+2F800–2FA1F), folded or kept as shown.
        case compatIdeograph = "compat_ideograph"
        /// A private-use code point (a vendor's 外字); kept as is, comparable only within one system.
        case privateUse = "private_use"
        /// A placeholder mark (〓, ●, ■, ?, …) stands for a character the source could not represent.
        case gaijiPlaceholder = "gaiji_placeholder"
        /// U+FFFD: the source text was decoded with errors.
        case replacementCharacter = "replacement_character"
        /// A control or format character was treated as a space.
        case controlCharacter = "control_character"
        /// The name had no space; surname and given name were split by a rule, not by the source.
        case splitInferred = "split_inferred"
        /// The name has more than two space-separated parts; everything after the first is the given name.
        case severalParts = "several_parts"
        /// A former surname (旧姓/旧氏) was recognised and kept out of the key.
        case formerSurname = "former_surname"
        /// A parenthesised name without a 旧姓/旧氏 marker was taken as a former surname.
        case formerSurnameUnmarked = "former_surname_unmarked"
        /// A parenthesised kana text was taken as the reading.
        case readingInName = "reading_in_name"
        /// A parenthesised note was kept out of the key.
        case parenthetical
        /// A bracket without its partner was treated as a space.
        case unbalancedBracket = "unbalanced_bracket"
        /// The name ends like a public body (…市, …町, …県) but was not recognised as one.
        case possibleEntity = "possible_entity"
        /// A co-owner tail (外2名, 他3名, ほか1名) was kept out of the key.
        case coOwners = "co_owners"
        /// A leading 亡 (deceased) was kept out of the key.
        case deceasedMarker = "deceased_marker"
        /// The reading contains characters other than kana.
        case readingNotKana = "reading_not_kana"
        /// The name is empty after folding.
        case empty
        /// The input line could not be decoded in the declared encoding.
        case unreadableInput = "unreadable_input"
    }

    /// The stable identifier.
    public let code: Code
    /// A short human-readable explanation.
    public let message: String

    /// Creates a warning.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }
}
