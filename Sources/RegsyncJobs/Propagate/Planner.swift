import Foundation
import RegsyncPropagate
import RegsyncStore

/// Turns what the store says of each linked holder into the propagation plan: the changes to
/// record (with the status the policy gives them at first: held for a DV-protected resident,
/// proposed otherwise), the open changes they supersede, and every discrepancy.
struct Planner {
    let registry: String
    let policy: RegistryPolicy
    let asOf: Int32
    let planner = ChangePlanner()

    /// A plan.
    struct Plan {
        var changes: [PropagationStore.NewChange] = []
        var supersede: [Int64] = []
        var discrepancies: [PropagationStore.Discrepancy] = []
        /// Persons with a consent flag on file (record key U+001E role).
        var consent: Set<String> = []
        /// Persons linked to residents, for pseudonyms.
        var linked: [(recordKey: String, role: String, residentCode: String)] = []
        var holders = 0
        /// Open changes the plan confirmed (same target), left as they are.
        var keptOpen = 0
    }

    /// Plans every linked holder, or only those of the records in the store's scope (`scoped`).
    func plan(_ store: PropagationStore, scoped: Bool = false) throws -> Plan {
        var plan = Plan()
        let open = try store.openChanges(scoped: scoped)
        var seen: Set<String> = []
        try store.residentHolders(scoped: scoped) { holder in
            plan.holders += 1
            let person = holder.recordKey + "\u{1E}" + holder.role
            seen.insert(person)
            plan.linked.append((holder.recordKey, holder.role, holder.residentCode))
            if holder.consent { plan.consent.insert(person) }
            let state = Self.state(holder)
            let outcome = planner.plan(state, substituteAddress: policy.substituteAddress)
            let lg = Self.municipality(holder.registryKey)
            switch outcome {
            case .noChange:
                if let existing = open[person] { plan.supersede.append(existing.changeID) }
            case .discrepancy(let kind, let detail, let on):
                if let existing = open[person] { plan.supersede.append(existing.changeID) }
                plan.discrepancies.append(
                    .init(
                        recordKey: holder.recordKey, role: holder.role, kind: kind.rawValue, lgCode: lg, detail: detail,
                        movedOn: on > 0 ? PropagationDate.iso(on) : nil, deadline: nil))
            case .change(let change):
                let deadline = policy.deadline(movedOn: change.movedOn, kind: change.kind)
                if change.kind == .move {
                    plan.discrepancies.append(
                        .init(
                            recordKey: holder.recordKey, role: holder.role,
                            kind: DiscrepancyKind.movedNotUpdated.rawValue,
                            lgCode: lg,
                            detail: change.held
                                ? "the holder moved; the change is held (DV support measures)"
                                : "the holder moved; the registry still shows the earlier address",
                            movedOn: change.movedOn > 0 ? PropagationDate.iso(change.movedOn) : nil,
                            deadline: deadline.map(PropagationDate.iso)))
                }
                let status = change.held && !change.substitute ? "held" : "proposed"
                if let existing = open[person] {
                    if existing.status == status && existing.newKey == change.newKey
                        && existing.substitute == change.substitute
                    {
                        plan.keptOpen += 1
                        return
                    }
                    plan.supersede.append(existing.changeID)
                }
                plan.changes.append(
                    .init(
                        recordKey: holder.recordKey, role: holder.role,
                        field: RegistryPersons.addressColumns(registry: registry, role: holder.role)?.address
                            ?? "address",
                        holder: "resident", kind: change.kind.rawValue, status: status, policy: policy.policy.rawValue,
                        residentCode: holder.residentCode, corporateNumber: nil, oldAddress: holder.registryAddress,
                        newAddress: change.newAddress, newKey: change.newKey, substitute: change.substitute,
                        movedOn: change.movedOn > 0 ? PropagationDate.iso(change.movedOn) : nil,
                        recordedOn: holder.recordedOn, deadline: deadline.map(PropagationDate.iso), lgCode: lg,
                        evidence: Self.evidence(holder, change)))
            }
        }
        try store.corporateHolders(scoped: scoped) { holder in
            plan.holders += 1
            let person = holder.recordKey + "\u{1E}" + holder.role
            seen.insert(person)
            guard let change = corporateChange(holder) else {
                if let existing = open[person] { plan.supersede.append(existing.changeID) }
                return
            }
            let deadline = policy.deadline(movedOn: change.movedOn, kind: .move)
            // The finding stands whether or not the change is already open (as for residents).
            plan.discrepancies.append(
                .init(
                    recordKey: holder.recordKey, role: holder.role, kind: DiscrepancyKind.movedNotUpdated.rawValue,
                    lgCode: Self.municipality(holder.registryKey),
                    detail: "the corporation moved (commercial registry); the registry still shows the earlier address",
                    movedOn: change.movedOn > 0 ? PropagationDate.iso(change.movedOn) : nil,
                    deadline: deadline.map(PropagationDate.iso)))
            if let existing = open[person] {
                if existing.newKey == change.newKey {
                    plan.keptOpen += 1
                    return
                }
                plan.supersede.append(existing.changeID)
            }
            plan.changes.append(
                .init(
                    recordKey: holder.recordKey, role: holder.role,
                    field: RegistryPersons.addressColumns(registry: registry, role: holder.role)?.address ?? "address",
                    holder: "corporation", kind: "move", status: "proposed", policy: policy.policy.rawValue,
                    residentCode: nil, corporateNumber: holder.corporateNumber, oldAddress: holder.registryAddress,
                    newAddress: change.newAddress, newKey: change.newKey, substitute: false,
                    movedOn: change.movedOn > 0 ? PropagationDate.iso(change.movedOn) : nil,
                    recordedOn: holder.recordedOn,
                    deadline: deadline.map(PropagationDate.iso), lgCode: Self.municipality(holder.registryKey),
                    evidence:
                        "corporation \(holder.corporateNumber), address changed \(holder.changedOn ?? "on an unknown day")"
                ))
        }
        // Open changes of persons no longer linked are superseded (in a scoped plan, `open`
        // holds only the scope's records: those of untouched records stay).
        for (person, change) in open where !seen.contains(person) { plan.supersede.append(change.changeID) }
        plan.discrepancies += try store.registryFindings()
        return plan
    }

    /// A corporation's move, when its address differs from the registry's and changed after
    /// the registry recorded it.
    func corporateChange(_ holder: PropagationStore.CorporateHolder) -> PlannedChange? {
        guard let key = holder.corporationKey, let text = holder.corporationAddress, !holder.closed else { return nil }
        let state = PersonState(
            registryAddress: holder.registryAddress, registryKey: holder.registryKey,
            recordedOn: PropagationDate.parse(holder.recordedOn), consent: false, status: .active, statusOn: 0,
            protected: false,
            history: [
                .init(
                    text: text, key: key, from: PropagationDate.parse(holder.changedOn), to: 0, administrative: false,
                    source: "corporation:\(holder.corporateNumber)")
            ])
        guard case .change(let change) = planner.plan(state, substituteAddress: nil) else { return nil }
        return change
    }

    static func state(_ holder: PropagationStore.ResidentHolder) -> PersonState {
        var status = PersonState.Status(rawValue: holder.status) ?? .active
        var statusOn: Int32 = 0
        if let event = holder.statusEvent {
            status = event.kind == "death" ? .deceased : .movedAbroad
            statusOn = PropagationDate.parse(event.on)
        }
        let history = holder.history.map {
            PersonState.HistoryEntry(
                text: $0.text, key: $0.key, from: PropagationDate.parse($0.from), to: PropagationDate.parse($0.to),
                administrative: $0.cause == "bulk_address_change" || $0.cause == "correction", source: $0.source)
        }.sorted { $0.from < $1.from }
        return PersonState(
            registryAddress: holder.registryAddress, registryKey: holder.registryKey,
            recordedOn: PropagationDate.parse(holder.recordedOn), consent: holder.consent, status: status,
            statusOn: statusOn, protected: holder.protected, history: history)
    }

    /// The evidence of a change, never an address: the link's weight, where the move is
    /// recorded, the days.
    static func evidence(_ holder: PropagationStore.ResidentHolder, _ change: PlannedChange) -> String {
        var parts: [String] = []
        if let weight = holder.linkWeight { parts.append("link weight \(String(format: "%.2f", weight))") }
        parts.append("source \(change.evidence)")
        if change.movedOn > 0 { parts.append("moved \(PropagationDate.iso(change.movedOn))") }
        if let recorded = holder.recordedOn { parts.append("registry recorded \(recorded)") }
        return parts.joined(separator: "; ")
    }

    static func municipality(_ key: String?) -> String? {
        guard let code = key?.split(separator: "|", omittingEmptySubsequences: false).first, !code.isEmpty else {
            return nil
        }
        return String(code)
    }
}
