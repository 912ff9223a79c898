import RegsyncText

/// What the registry holds for one linked registry person and what the resident register
/// says of the resident, as the planner needs it.
public struct PersonState: Sendable {
    /// One address of the resident's history, oldest first.
    public struct HistoryEntry: Sendable {
        /// The address as the register writes it (with 方書).
        public var text: String
        /// The normaliser's key.
        public var key: String
        public var from: Int32
        public var to: Int32
        /// Why it began: true for an administrative change (住所一括変更), not a move.
        public var administrative: Bool
        /// Where it came from: `history` (the extract) or `event:ID` (tonight's feed).
        public var source: String

        public init(text: String, key: String, from: Int32, to: Int32, administrative: Bool, source: String) {
            self.text = text
            self.key = key
            self.from = from
            self.to = to
            self.administrative = administrative
            self.source = source
        }
    }

    /// The resident's status after tonight's events.
    public enum Status: String, Sendable {
        case active, deceased, movedAbroad = "moved_abroad", removed
    }

    public var registryAddress: String?
    public var registryKey: String?
    public var recordedOn: Int32
    public var consent: Bool
    public var status: Status
    /// The day the status took effect (death, emigration), 0 unknown.
    public var statusOn: Int32
    public var protected: Bool
    public var history: [HistoryEntry]

    public init(
        registryAddress: String?, registryKey: String?, recordedOn: Int32, consent: Bool, status: Status,
        statusOn: Int32,
        protected: Bool, history: [HistoryEntry]
    ) {
        self.registryAddress = registryAddress
        self.registryKey = registryKey
        self.recordedOn = recordedOn
        self.consent = consent
        self.status = status
        self.statusOn = statusOn
        self.protected = protected
        self.history = history
    }
}

/// What the planner decided for one person.
public enum PlanOutcome: Sendable, Equatable {
    /// The registry is current.
    case noChange
    /// An address change.
    case change(PlannedChange)
    /// A finding without a change.
    case discrepancy(kind: DiscrepancyKind, detail: String, on: Int32)
}

/// A change the planner proposes.
public struct PlannedChange: Sendable, Equatable {
    /// A move, or an administrative renaming (never a late filing).
    public enum Kind: String, Sendable, Codable {
        case move, administrative
    }

    public var kind: Kind
    /// The new address in standard notation; nil when held (a protected resident's address
    /// never leaves the resident register) unless a substitute address is configured.
    public var newAddress: String?
    /// The normaliser key of the address written (nil when held): the target, so that a rerun
    /// knows it, and the registry's comparison key once written.
    public var newKey: String?
    /// Held because the resident is DV-protected.
    public var held: Bool
    /// The new address is the configured substitute address (代替住所).
    public var substitute: Bool
    /// The day the holder moved away from the registry's address (or the renaming took effect).
    public var movedOn: Int32
    /// Where the evidence is: the history row or event.
    public var evidence: String
}

/// The kinds of finding (the discrepancy report's `kind`).
public enum DiscrepancyKind: String, Sendable, CaseIterable, Codable {
    case movedNotUpdated = "moved-not-updated"
    case holderDeceased = "holder-deceased"
    case holderAbroad = "holder-abroad"
    case holderRemoved = "holder-removed"
    case unmatched
    case ambiguous
    case conflictingLinks = "conflicting-links"
    case inconsistentAddresses = "inconsistent-addresses"
    case unparseableAddress = "unparseable-address"
}

/// Decides, for one linked registry person, whether the registry's address must change and
/// how: holders who are not there give discrepancies, never changes; the resident's current
/// address in standard notation when it differs (building and room aside) from the
/// registry's; administrative when only renamings happened since; held for a DV-protected
/// resident. A municipality-only address (an officer's, allowed since 2024-10-01) is compared
/// and rewritten at municipality level only.
public struct ChangePlanner: Sendable {
    let normalizer = AddressNormalizer()
    /// Days of slack between a move and the day a ledger recorded the address.
    static let slackDays = 30

    public init() {}

    public func plan(_ state: PersonState, substituteAddress: String?) -> PlanOutcome {
        switch state.status {
        case .deceased:
            return .discrepancy(
                kind: .holderDeceased, detail: "the holder died: inheritance registration due", on: state.statusOn)
        case .movedAbroad:
            return .discrepancy(kind: .holderAbroad, detail: "the holder moved abroad", on: state.statusOn)
        case .removed:
            return .discrepancy(
                kind: .holderRemoved, detail: "the holder was removed from the register", on: state.statusOn)
        case .active:
            break
        }
        guard let current = state.history.last else { return .noChange }
        guard let registryKey = state.registryKey, let registry = AddressKey(registryKey) else {
            let detail =
                (state.registryAddress ?? "").isEmpty
                ? "the registry holds no address" : "the registry's address could not be read (municipality unknown)"
            return .discrepancy(kind: .unparseableAddress, detail: detail, on: 0)
        }
        guard let target = AddressKey(current.key) else { return .noChange }
        if state.protected, let substituteAddress,
            AddressKey(normalizer.normalize(substituteAddress).key)?.place == registry.place
        {
            return .noChange  // the registry already shows the substitute address
        }
        if registry.isMunicipalityOnly {
            if registry.municipality == target.municipality { return .noChange }
        } else if registry.place == target.place {
            return .noChange
        }
        // The history entry the registry holds, and what happened after it.
        let heldIndex = state.history.lastIndex {
            AddressKey($0.key)?.place == registry.place && !registry.isMunicipalityOnly
        }
        let later: ArraySlice<PersonState.HistoryEntry>
        if let heldIndex {
            later = state.history[(heldIndex + 1)...]
        } else if state.recordedOn > 0 {
            // The registry's address is not in the history (older than the extract keeps, or
            // written so that it does not resolve to the same place): what began after the day
            // it was recorded happened since.
            later = state.history.drop { $0.from > 0 && $0.from <= state.recordedOn }
        } else {
            later = [current][...]
        }
        guard !later.isEmpty else {
            return .discrepancy(
                kind: .movedNotUpdated,
                detail: "the registry's address differs from the resident's, recorded after the resident's last move",
                on: current.from)
        }
        let administrative = later.allSatisfy(\.administrative)
        let moved = (administrative ? later.first : later.first { !$0.administrative }) ?? current
        var change = PlannedChange(
            kind: administrative ? .administrative : .move, newAddress: nil, newKey: current.key, held: false,
            substitute: false, movedOn: moved.from, evidence: current.source)
        if state.protected {
            change.held = true
            change.newKey = nil
            if let substituteAddress {
                change.newAddress = substituteAddress
                change.newKey = normalizer.normalize(substituteAddress).key
                change.substitute = true
            }
            return .change(change)
        }
        let written = registry.isMunicipalityOnly ? municipalityOnly(current.text) : rendered(current.text)
        change.newAddress = written
        change.newKey = normalizer.normalize(written).key
        return .change(change)
    }

    /// The address in the standard notation the normaliser renders (building after one space).
    public func rendered(_ text: String) -> String {
        normalizer.normalize(text).rendered
    }

    /// Prefecture and municipality only.
    func municipalityOnly(_ text: String) -> String {
        let normalized = normalizer.normalize(text)
        return (normalized.prefecture ?? "") + (normalized.municipality ?? "")
    }
}

/// The parts of a normaliser key (`lg|street|town|koaza|chiwari|chome|ban|go|rest`) that
/// decide whether two addresses are the same place.
struct AddressKey: Equatable {
    let municipality: String
    /// Down to the 号, building and room aside.
    let place: String
    let isMunicipalityOnly: Bool

    init?(_ key: String) {
        let parts = key.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count >= 8, !parts[0].isEmpty else { return nil }
        municipality = String(parts[0])
        place = parts[0..<8].joined(separator: "|")
        isMunicipalityOnly = parts[1..<8].allSatisfy(\.isEmpty)
    }
}
