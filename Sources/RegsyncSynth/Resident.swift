/// A resident of the synthetic register, derived on demand from the seed and an index:
/// everything the extract, the change feed and the ground truth need to know about them.
public struct Resident: Sendable {
    /// The state of a resident record (住民状態).
    public enum Status: String, Sendable {
        case active = "01"
        case movedAbroad = "02"
        case deceased = "03"
        case removed = "04"
    }

    /// Why an address entry began: the register's 異動事由 of the history row.
    public enum Cause: Sendable {
        /// The first address the register knows, where the resident moved in (転入).
        case first
        /// The first address the register knows, set on the day of birth (出生).
        case birth
        /// A move within the municipality (転居).
        case moveWithin
        /// A move from another municipality (転入).
        case moveInter
        /// An administrative change without a move (住所一括変更).
        case administrative
    }

    /// One entry of the address history.
    public struct HistoryEntry: Sendable {
        /// The address.
        public var place: Place
        /// The day the address was set (住所を定めた日).
        public var from: DayNumber
        /// The day it was left (住所を離れた日), nil while current.
        public var to: DayNumber?
        /// Why it began.
        public var cause: Cause

        /// The 異動事由 a register writes for the row: the event that set the address.
        public var registerEvent: String {
            switch cause {
            case .first, .moveInter: "転入"
            case .birth: "出生"
            case .moveWithin: "転居"
            case .administrative: "住所一括変更"
            }
        }
    }

    /// What happens to the resident tonight (the change feed).
    public enum TonightKind: Sendable {
        case moveWithin, moveInter, movedAbroad, death, nameChange, kanaCorrection, administrative, cancelledMove
    }

    /// Tonight's event, if any.
    public struct Tonight: Sendable {
        /// The kind.
        public var kind: TonightKind
        /// The day it took effect (異動日).
        public var effective: DayNumber
        /// The new address (moves, administrative change; for a cancelled move, the wrong one).
        public var place: Place?
        /// The new surname and its reading (name change), or the corrected reading.
        public var surname: String?
        /// The new reading of the whole name (name change, correction).
        public var nameReading: String?
    }

    /// The index in the register (0..<n).
    public let index: Int
    /// 住民票コード, 11 digits.
    public let code: String
    /// 個人番号, 12 digits with a valid check digit.
    public let individualNumber: String
    /// 世帯番号.
    public let householdNumber: String
    /// Surname as the register holds it (possibly a variant form such as 髙橋).
    public var surname: String
    /// Given name as the register holds it.
    public var givenName: String
    /// Surname reading (katakana).
    public var surnameReading: String
    /// Given name reading (katakana).
    public var givenReading: String
    /// A registered former surname (旧氏), if any.
    public var formerSurname: String?
    /// The reading of the former surname.
    public var formerSurnameReading: String?
    /// The day of the marriage that changed the surname (residents with a former surname):
    /// ledgers recorded before it hold the former surname.
    public var marriage: DayNumber?
    /// Whether the resident is female.
    public let female: Bool
    /// Birth date.
    public let birth: DayNumber
    /// Status in the extract (before tonight).
    public var status: Status
    /// The day of death or of moving abroad, when the status says so.
    public var statusDate: DayNumber?
    /// Under DV support measures (支援措置).
    public var dvProtected: Bool
    /// The resident's real address history, oldest first. Registries recorded any of it;
    /// the extract keeps `history[keptFrom...]`.
    public var history: [HistoryEntry]
    /// The first history entry the extract keeps: 0, or (in a truncated extract) the
    /// previous address.
    public var keptFrom: Int
    /// Residents in the household (every member shares the surname and the latest address).
    public var householdSize: Int
    /// The index of the resident's twin in the same household, if any.
    public var twin: Int?
    /// Whether the twins' given names have the same reading (in different kanji).
    public var twinSameReading: Bool
    /// Tonight's event.
    public var tonight: Tonight?
    /// Whether another resident was deliberately given the same name in the same
    /// municipality (a designed namesake pair).
    public var hasNamesake: Bool
    /// The reading as the extract writes it (a wrong reading when tonight corrects it).
    public var extractReading: String

    /// `surname　given` with a full-width space, as resident systems write names.
    public var name: String { surname + "\u{3000}" + givenName }
    /// The correct reading with a full-width space.
    public var reading: String { surnameReading + "\u{3000}" + givenReading }

    /// The address entries the extract keeps.
    public var extractHistory: ArraySlice<HistoryEntry> { history[keptFrom...] }

    /// The surname a ledger recorded on `day` holds: the former surname before the marriage.
    public func surname(on day: DayNumber) -> (text: String, reading: String, former: Bool) {
        if let formerSurname, let formerSurnameReading, let marriage, day < marriage {
            return (formerSurname, formerSurnameReading, true)
        }
        return (surname, surnameReading, false)
    }

    /// The age in whole years on `day`.
    public func age(on day: DayNumber) -> Int {
        let b = DateNotation.date(birth)
        let d = DateNotation.date(day)
        return d.year - b.year - ((d.month, d.day) < (b.month, b.day) ? 1 : 0)
    }

    /// The status after tonight's events.
    public var finalStatus: Status {
        switch tonight?.kind {
        case .death: .deceased
        case .movedAbroad: .movedAbroad
        default: status
        }
    }

    /// The history after tonight's events (a cancelled move leaves it unchanged).
    public var finalHistory: [HistoryEntry] {
        guard let tonight, let place = tonight.place else { return history }
        let cause: Cause
        switch tonight.kind {
        case .moveWithin: cause = .moveWithin
        case .moveInter: cause = .moveInter
        case .administrative: cause = .administrative
        default: return history
        }
        var entries = history
        entries[entries.count - 1].to = tonight.effective
        entries.append(HistoryEntry(place: place, from: tonight.effective, to: nil, cause: cause))
        return entries
    }

    /// The index of the history entry valid on `day` (the first one when `day` is earlier).
    public func entryIndex(on day: DayNumber) -> Int {
        var found = 0
        for (index, entry) in history.enumerated() where entry.from <= day {
            found = index
        }
        return found
    }
}
