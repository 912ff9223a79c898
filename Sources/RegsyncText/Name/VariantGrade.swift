/// How strongly two names (or two characters) are the same, for a matcher to weigh: from `identical`
/// down to `different`, with `never` marking known confusables (佐/左, 萩/荻) and a person compared with
/// a legal entity.
///
/// The order is the order of evidence: `different < never < soft < strict < identical`, so the grade of a
/// whole name is the minimum of its parts' grades.
public enum VariantGrade: String, Sendable, Hashable, Comparable, CaseIterable, Encodable {
    /// Nothing relates the two: different characters, lengths or kinds of holder.
    case different
    /// Known confusables that must never be taken as the same name (佐藤/左藤, 萩原/荻原), or a natural
    /// person against a legal entity.
    case never
    /// Distinct everyday forms that some families use interchangeably (島/嶋, 斎/斉), or the same name in
    /// hiragana and katakana, with 々 spelled out, or with a gaiji placeholder: weaker evidence.
    case soft
    /// Authoritative equivalents (旧字体/新字体 such as 髙/高, 邊/辺, 澤/沢): the same name in another form.
    case strict
    /// The same after width, kana composition and space folding.
    case identical

    private var rank: Int {
        switch self {
        case .different: 0
        case .never: 1
        case .soft: 2
        case .strict: 3
        case .identical: 4
        }
    }

    public static func < (lhs: VariantGrade, rhs: VariantGrade) -> Bool {
        lhs.rank < rhs.rank
    }
}
