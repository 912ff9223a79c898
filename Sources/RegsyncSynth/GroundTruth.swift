/// The ground truth of a registry person: which resident (if any) it is, why, and what a
/// correct propagation run does with the record.
public struct GroundTruth: Sendable {
    /// Why a registry person links to a resident or not.
    public enum Reason: String, Sendable {
        /// The resident of `resident_code`.
        case samePerson = "same_person"
        /// The resident of `resident_code`; another resident has the same name in the same
        /// municipality (a designed namesake pair).
        case namesake
        /// A person the register does not hold.
        case notInRegister = "not_in_register"
        /// A corporation.
        case legalEntity = "legal_entity"
    }

    /// What propagation should do with the record's address.
    public enum Outcome: String, Sendable, CaseIterable {
        /// The resident moved after the registry's address date: write the new address.
        case updateAddress = "update_address"
        /// The registry address is current.
        case noChange = "no_change"
        /// The resident is DV-protected: never propagate (no address in the truth either).
        case dvHold = "dv_hold"
        /// The resident died: a discrepancy, not an address change.
        case holderDeceased = "holder_deceased"
        /// The resident moved abroad.
        case movedAbroad = "moved_abroad"
        /// The address changed by a renaming (住所一括変更) without a move.
        case administrativeChange = "administrative_change"
        /// Not linked to any resident.
        case noLink = "no_link"
    }

    /// The linked resident's code, or nil.
    public var residentCode: String?
    /// Why.
    public var reason: Reason
    /// The expected outcome.
    public var outcome: Outcome
    /// The expected new address in rendered standard notation (update and administrative
    /// change only).
    public var expectedAddress: String
    /// Why the person is hard to link right.
    public var difficulty: Difficulty

    /// The truth for a person who is not a resident.
    public static func unlinked(_ reason: Reason) -> GroundTruth {
        GroundTruth(
            residentCode: nil, reason: reason, outcome: .noLink, expectedAddress: "",
            difficulty: reason == .legalEntity ? Difficulty(.legalEntity) : Difficulty(.notInRegister))
    }

    /// The truth for a corporation as holder: no resident; when the night's corporate-number
    /// diff moves the corporation, the registry's address is to follow it (a corporate move).
    static func legalEntity(movedTo place: Place?) -> GroundTruth {
        var truth = unlinked(.legalEntity)
        if let place {
            truth.outcome = .updateAddress
            truth.expectedAddress = place.renderedAddress()
        }
        return truth
    }

    /// The truth for a registry record of `resident` whose address is the resident's
    /// history entry `recordedEntry` (of the real history, which the extract may keep only
    /// the end of) and whose name the ledger writes as `name`.
    static func linked(_ resident: Resident, recordedEntry: Int, name: WrittenName) -> GroundTruth {
        var difficulty = name.difficulty
        if resident.householdSize > 1 { difficulty.insert(.household) }
        if resident.twin != nil { difficulty.insert(.twin) }
        if resident.twinSameReading { difficulty.insert(.twinSameReading) }
        if resident.hasNamesake { difficulty.insert(.namesake) }
        if recordedEntry < resident.keptFrom {
            difficulty.insert(.truncatedHistory)
        } else if recordedEntry < resident.history.count - 1 {
            difficulty.insert(.movedUnfiled)
        }
        var truth = GroundTruth(
            residentCode: resident.code, reason: resident.hasNamesake ? .namesake : .samePerson, outcome: .noChange,
            expectedAddress: "", difficulty: difficulty)
        switch resident.finalStatus {
        case .deceased:
            truth.outcome = .holderDeceased
            return truth
        case .movedAbroad:
            truth.outcome = .movedAbroad
            return truth
        case .active, .removed:
            break
        }
        let history = resident.finalHistory
        let later = history[(recordedEntry + 1)...]
        guard !later.isEmpty else { return truth }
        if resident.dvProtected {
            truth.outcome = .dvHold
            return truth
        }
        truth.outcome = later.contains { $0.cause != .administrative } ? .updateAddress : .administrativeChange
        truth.expectedAddress = history[history.count - 1].place.renderedAddress()
        return truth
    }
}

/// Writes `truth/links.csv` and `truth/expected-changes.csv`.
final class TruthWriter {
    private let links: OutputFile
    private let changes: OutputFile
    /// Rows per outcome, for the summary.
    private(set) var outcomeCounts: [GroundTruth.Outcome: Int] = [:]
    /// Rows per difficulty class, for the summary.
    private(set) var classCounts = [Int](repeating: 0, count: DifficultyClass.allCases.count)

    init(directory: String) throws(SynthError) {
        links = try OutputFile(path: directory + "/links.csv")
        changes = try OutputFile(path: directory + "/expected-changes.csv")
        try links.writeRow(["registry", "record_key", "role", "resident_code", "reason", "difficulty"])
        try changes.writeRow(["registry", "record_key", "role", "resident_code", "outcome", "expected_address"])
    }

    func add(registry: String, key: String, role: String, _ truth: GroundTruth) throws(SynthError) {
        try links.writeRow([
            registry, key, role, truth.residentCode ?? "", truth.reason.rawValue, truth.difficulty.text,
        ])
        try changes.writeRow([
            registry, key, role, truth.residentCode ?? "", truth.outcome.rawValue, truth.expectedAddress,
        ])
        outcomeCounts[truth.outcome, default: 0] += 1
        for (index, difficultyClass) in DifficultyClass.allCases.enumerated()
        where truth.difficulty.contains(difficultyClass) {
            classCounts[index] += 1
        }
    }

    func close() throws(SynthError) {
        try links.close()
        try changes.close()
    }
}
