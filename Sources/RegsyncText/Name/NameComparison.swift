/// Grades how two names, or two characters, relate: identical, strict or soft variants, never-equal
/// confusables, or different (see `VariantGrade`). The matcher weighs the grade; it is not a yes/no.
public enum NameComparison {
    private static let normalizer = NameNormalizer()

    /// Grades two names as ledgers write them (any width, spacing, variant forms).
    public static func grade(_ a: String, _ b: String) -> VariantGrade {
        grade(normalizer.normalize(a), normalizer.normalize(b))
    }

    /// Grades two normalised names. A natural person against a legal entity is `never`; two entities
    /// of different kinds are `different`; the same entity name with its designation before in one and
    /// after in the other (株式会社山田商店 / 山田商店株式会社) is at best `soft`, since registries treat
    /// 前株 and 後株 as different names.
    public static func grade(_ a: NormalizedName, _ b: NormalizedName) -> VariantGrade {
        if a.entity != b.entity { return .never }
        let names = gradeKeys(a, b)
        guard a.entity else { return names }
        if a.entityKind != b.entityKind { return .different }
        if a.entityPosition != b.entityPosition { return min(names, .soft) }
        return names
    }

    /// Grades two single characters: identical, strict (髙/高), soft (嶋/島, あ/ア, a placeholder against
    /// any character), never (佐/左) or different. Characters are width-folded first (Ａ/A identical).
    public static func gradeCharacter(_ a: Character, _ b: Character) -> VariantGrade {
        let x = String(a).unicodeScalars.reduce(into: [UInt32]()) { folded, scalar in
            var scalars: [Unicode.Scalar] = []
            CharacterFolding.appendFolded(scalar, to: &scalars)
            folded += scalars.map(\.value)
        }
        let y = String(b).unicodeScalars.reduce(into: [UInt32]()) { folded, scalar in
            var scalars: [Unicode.Scalar] = []
            CharacterFolding.appendFolded(scalar, to: &scalars)
            folded += scalars.map(\.value)
        }
        if x == y { return .identical }
        guard x.count == 1, y.count == 1 else { return .different }
        return gradeScalar(x[0], y[0])
    }

    static func gradeScalar(_ a: UInt32, _ b: UInt32) -> VariantGrade {
        let table = VariantKanjiTable.shared
        let grade = table.grade(a, b)
        if grade != .different { return grade }
        if a == NameScalar.placeholder.value || b == NameScalar.placeholder.value { return .soft }
        if kanaForm(a) == kanaForm(b) { return .soft }
        return .different
    }

    /// Katakana for hiragana and large for small kana, so あ, ア, ぁ and ァ meet.
    private static func kanaForm(_ value: UInt32) -> UInt32 {
        var kana = value
        if (0x3041...0x3096).contains(kana) { kana += 0x60 }
        switch kana {
        case 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE: kana += 1
        case 0x30F5: kana = 0x30AB
        case 0x30F6: kana = 0x30B1
        default: break
        }
        return kana
    }

    private static func gradeKeys(_ a: NormalizedName, _ b: NormalizedName) -> VariantGrade {
        if a.plainKey == b.plainKey { return .identical }
        if a.key == b.key { return .strict }
        if a.looseKey == b.looseKey { return .soft }
        // Same length: grade position by position; the weakest position decides. A placeholder (〓)
        // matches any character softly; a listed confusable makes the whole name `never`.
        let x = Array(a.looseKey.unicodeScalars)
        let y = Array(b.looseKey.unicodeScalars)
        guard x.count == y.count, !x.isEmpty else { return .different }
        let strictX = Array(a.key.unicodeScalars)
        let strictY = Array(b.key.unicodeScalars)
        var result = VariantGrade.soft
        for index in x.indices where x[index] != y[index] {
            var grade = gradeScalar(x[index].value, y[index].value)
            if grade == .different, strictX.count == x.count, strictY.count == y.count {
                grade = gradeScalar(strictX[index].value, strictY[index].value)
            }
            switch grade {
            case .different: return .different
            case .never: result = .never
            case .identical, .strict, .soft: break
            }
        }
        return result
    }
}
