/// A difficulty class of the ground truth: one reason why a registry person is hard to link
/// to the right resident (or to leave unlinked), so that accuracy can be measured per class.
/// Cases are declared in the order of their names, which is the order `truth/links.csv`
/// lists them in.
public enum DifficultyClass: String, CaseIterable, Sendable {
    /// The ledger writes the resident's former surname (旧氏), recorded before the marriage.
    case formerSurname = "former_surname"
    /// Another resident record has the same surname and the same latest address.
    case household
    /// A corporation.
    case legalEntity = "legal_entity"
    /// The ledger holds an earlier address of the resident that the extract still keeps.
    case movedUnfiled = "moved_unfiled"
    /// Another resident of the same municipality deliberately has the same name.
    case namesake
    /// A person the register does not hold.
    case notInRegister = "not_in_register"
    /// The ledger holds an address older than every address the extract keeps.
    case truncatedHistory = "truncated_history"
    /// The resident has a twin in the household (same birth date, surname and address).
    case twin
    /// A twin whose given name has the same reading as the twin's, in different kanji.
    case twinSameReading = "twin_same_reading"
    /// The ledger's name has a typo (a confusable kanji, a dropped or doubled character, a
    /// wrong kana in the reading).
    case typo
    /// The ledger writes the given name with a variant kanji of the register's form, or the
    /// standard form of the register's variant.
    case variantGiven = "variant_given"
}

/// The set of difficulty classes of one registry person.
public struct Difficulty: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16

    /// Creates a set from its bits.
    public init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// The set holding `difficultyClass` alone.
    public init(_ difficultyClass: DifficultyClass) {
        rawValue = 1 << UInt16(DifficultyClass.allCases.firstIndex(of: difficultyClass)!)
    }

    /// The classes in the set, in the order of their names.
    public var classes: [DifficultyClass] {
        DifficultyClass.allCases.filter { contains(Difficulty($0)) }
    }

    /// The `;`-joined names, sorted; empty for the empty set.
    public var text: String {
        classes.map(\.rawValue).joined(separator: ";")
    }

    /// Inserts a class.
    public mutating func insert(_ difficultyClass: DifficultyClass) {
        formUnion(Difficulty(difficultyClass))
    }

    /// Whether the set holds a class.
    public func contains(_ difficultyClass: DifficultyClass) -> Bool {
        contains(Difficulty(difficultyClass))
    }
}
