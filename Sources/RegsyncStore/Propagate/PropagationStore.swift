import Foundation
import RegsyncPostgres

/// The propagator's SQL: what each linked holder's registry row says beside what the
/// resident register (or the commercial registry) says now, the open changes, and the
/// set-based writes — plans, applied batches with their audit rows, refusals, rollbacks,
/// discrepancies and pseudonyms.
public struct PropagationStore {
    let connection: PostgresConnection
    public let registry: String

    public init(connection: PostgresConnection, registry: String) {
        self.connection = connection
        self.registry = registry
    }

    /// One address of a resident's history (or of tonight's feed).
    public struct HistoryRow: Sendable {
        public var text: String
        public var key: String
        public var from: String?
        public var to: String?
        /// The event that set it (`move_in`, `move_within`, `bulk_address_change`, ...), when known.
        public var cause: String?
        /// `history` or `event:ID`.
        public var source: String
    }

    /// A registry person linked to a resident, with both sides.
    public struct ResidentHolder: Sendable {
        public var recordKey: String
        public var role: String
        public var registryAddress: String?
        public var registryKey: String?
        public var recordedOn: String?
        public var consent: Bool
        public var residentCode: String
        public var linkWeight: Double?
        public var status: String
        public var protected: Bool
        /// The day of a death or emigration in tonight's feed.
        public var statusEvent: (kind: String, on: String?)?
        public var history: [HistoryRow]
    }

    /// Streams every current registry person linked to a resident (only those of the scope's
    /// records when `scoped`, see ``prepareScope(since:)``).
    public func residentHolders(scoped: Bool = false, _ body: (ResidentHolder) throws -> Void) throws {
        guard let select = RegistryPersons.select(for: registry) else { return }
        // A literal, as COPY (query) takes no parameters (the registry is one of a fixed few).
        let registryLiteral = try connection.quoteLiteral(registry)
        try connection.copyOut(
            """
            COPY (
              WITH linked AS NOT MATERIALIZED (
                SELECT l.record_key, l.person_role, l.resident_code, l.match_weight FROM regsync.link l
                 WHERE l.registry = \(registryLiteral) AND l.decision = 'link' AND l.resident_code IS NOT NULL\(
                      scopeCondition("l.record_key", scoped: scoped))
              ), history AS (
                SELECT a.resident_code,
                       string_agg(coalesce(a.address, '') || E'\\x1f' || coalesce(k.address_key, '') || E'\\x1f'
                                  || coalesce(a.valid_from::text, '') || E'\\x1f' || coalesce(a.valid_to::text, '')
                                  || E'\\x1f' || coalesce(a.cause, '') || E'\\x1f' || 'history',
                                  E'\\x1e' ORDER BY a.valid_from) AS rows
                  FROM resident.address a LEFT JOIN resident.address_keys k USING (record_key)
                 WHERE a.removed_at IS NULL AND a.resident_code IN (SELECT resident_code FROM linked)
                 GROUP BY a.resident_code
              ), events AS (
                SELECT e.resident_code,
                       string_agg(coalesce(e.address, '') || E'\\x1f' || coalesce(k.address_key, '') || E'\\x1f'
                                  || coalesce(e.effective_date::text, '') || E'\\x1f' || '' || E'\\x1f' || e.kind
                                  || E'\\x1f' || 'event:' || e.event_id,
                                  E'\\x1e' ORDER BY e.effective_date, e.event_id) AS rows
                  FROM resident.event e LEFT JOIN resident.event_keys k USING (record_key)
                 WHERE e.removed_at IS NULL AND e.kind <> 'cancellation'
                   AND e.resident_code IN (SELECT resident_code FROM linked)
                   AND NOT EXISTS (SELECT 1 FROM resident.event c
                                    WHERE c.kind = 'cancellation' AND c.removed_at IS NULL
                                      AND c.cancels_event_id = e.event_id)
                 GROUP BY e.resident_code
              )
              SELECT p.record_key, p.person_role, p.address, p.address_key, p.recorded_on::text,
                     coalesce(p.consent, false), l.resident_code, l.match_weight, coalesce(r.status, 'active'),
                     r.dv_protected, h.rows, v.rows
                FROM (\(select)) p
                JOIN linked l ON l.record_key = p.record_key AND l.person_role = p.person_role
                JOIN resident.person r ON r.resident_code = l.resident_code AND r.removed_at IS NULL
                LEFT JOIN history h ON h.resident_code = l.resident_code
                LEFT JOIN events v ON v.resident_code = l.resident_code
               ORDER BY p.record_key, p.person_role
            ) TO STDOUT
            """
        ) { row in
            let f = CopyTextDecoder.fields(row)
            guard f.count == 12, let key = f[0], let role = f[1], let code = f[6] else { return }
            var holder = ResidentHolder(
                recordKey: key, role: role, registryAddress: f[2], registryKey: f[3], recordedOn: f[4],
                consent: f[5] == "t", residentCode: code, linkWeight: f[7].flatMap(Double.init),
                status: f[8] ?? "active", protected: f[9] != "f", statusEvent: nil, history: [])
            holder.history = Self.rows(f[10])
            for event in Self.rows(f[11]) {
                switch event.cause {
                case "death", "move_abroad": holder.statusEvent = (event.cause ?? "", event.from)
                case "move_within", "move_in", "bulk_address_change", "correction":
                    if !event.key.isEmpty || !event.text.isEmpty { holder.history.append(event) }
                default: break
                }
            }
            try body(holder)
        }
    }

    static func rows(_ text: String?) -> [HistoryRow] {
        (text ?? "").split(separator: "\u{1E}").compactMap { entry in
            let parts = entry.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 6 else { return nil }
            return HistoryRow(
                text: parts[0], key: parts[1], from: parts[2].isEmpty ? nil : parts[2],
                to: parts[3].isEmpty ? nil : parts[3], cause: parts[4].isEmpty ? nil : parts[4], source: parts[5])
        }
    }

    /// A legal-entity holder linked to a corporation, with the corporation's current address.
    public struct CorporateHolder: Sendable {
        public var recordKey: String
        public var role: String
        public var registryAddress: String?
        public var registryKey: String?
        public var recordedOn: String?
        public var corporateNumber: String
        public var corporationAddress: String?
        public var corporationKey: String?
        /// The day the corporation's current address took effect (NTA changeDate).
        public var changedOn: String?
        public var closed: Bool
    }

    /// Streams every current registry person linked to a corporation (of the scope's records
    /// when `scoped`).
    public func corporateHolders(scoped: Bool = false, _ body: (CorporateHolder) throws -> Void) throws {
        guard let select = RegistryPersons.select(for: registry) else { return }
        // A literal, as COPY (query) takes no parameters (the registry is one of a fixed few).
        let registryLiteral = try connection.quoteLiteral(registry)
        try connection.copyOut(
            """
            COPY (
              SELECT p.record_key, p.person_role, p.address, p.address_key, p.recorded_on::text, l.corporate_number,
                     c.address, k.address_key, c.change_date::text, c.close_date IS NOT NULL
                FROM (\(select)) p
                JOIN regsync.link l ON l.registry = \(registryLiteral) AND l.record_key = p.record_key
                                   AND l.person_role = p.person_role AND l.corporate_number IS NOT NULL\(
                                       scopeCondition("l.record_key", scoped: scoped))
                JOIN commercial.corporation c ON c.corporate_number = l.corporate_number AND c.removed_at IS NULL
                LEFT JOIN commercial.corporation_keys k ON k.record_key = c.record_key
               ORDER BY p.record_key, p.person_role
            ) TO STDOUT
            """
        ) { row in
            let f = CopyTextDecoder.fields(row)
            guard f.count == 10, let key = f[0], let role = f[1], let number = f[5] else { return }
            try body(
                CorporateHolder(
                    recordKey: key, role: role, registryAddress: f[2], registryKey: f[3], recordedOn: f[4],
                    corporateNumber: number, corporationAddress: f[6], corporationKey: f[7], changedOn: f[8],
                    closed: f[9] == "t"))
        }
    }

    /// An open change (proposed or held) of a person.
    public struct OpenChange: Sendable {
        public var changeID: Int64
        public var status: String
        public var newKey: String?
        public var substitute: Bool
    }

    /// The open changes of this registry (of the scope's records when `scoped`), by record key
    /// and role (joined with U+001E).
    public func openChanges(scoped: Bool = false) throws -> [String: OpenChange] {
        var open: [String: OpenChange] = [:]
        for row in try connection.execute(
            """
            SELECT change_id, record_key, person_role, status, new_key, substitute FROM regsync.change
             WHERE registry = $1 AND status IN ('proposed', 'held')\(scopeCondition("record_key", scoped: scoped))
            """, [registry])
        {
            open[(row["record_key"] ?? "") + "\u{1E}" + (row["person_role"] ?? "")] = OpenChange(
                changeID: Int64(row["change_id"] ?? "") ?? 0, status: row["status"] ?? "", newKey: row["new_key"],
                substitute: row.bool("substitute") ?? false)
        }
        return open
    }

    /// A change to record.
    public struct NewChange: Sendable {
        public var recordKey: String
        public var role: String
        public var field: String
        public var holder: String
        public var kind: String
        public var status: String
        public var policy: String
        public var residentCode: String?
        public var corporateNumber: String?
        public var oldAddress: String?
        public var newAddress: String?
        public var newKey: String?
        public var substitute: Bool
        public var movedOn: String?
        public var recordedOn: String?
        public var deadline: String?
        public var lgCode: String?
        public var evidence: String

        public init(
            recordKey: String, role: String, field: String, holder: String, kind: String, status: String,
            policy: String,
            residentCode: String?, corporateNumber: String?, oldAddress: String?, newAddress: String?, newKey: String?,
            substitute: Bool, movedOn: String?, recordedOn: String?, deadline: String?, lgCode: String?,
            evidence: String
        ) {
            self.recordKey = recordKey
            self.role = role
            self.field = field
            self.holder = holder
            self.kind = kind
            self.status = status
            self.policy = policy
            self.residentCode = residentCode
            self.corporateNumber = corporateNumber
            self.oldAddress = oldAddress
            self.newAddress = newAddress
            self.newKey = newKey
            self.substitute = substitute
            self.movedOn = movedOn
            self.recordedOn = recordedOn
            self.deadline = deadline
            self.lgCode = lgCode
            self.evidence = evidence
        }
    }

    /// A finding.
    public struct Discrepancy: Sendable {
        public var recordKey: String
        public var role: String
        public var kind: String
        public var lgCode: String?
        public var detail: String
        public var movedOn: String?
        public var deadline: String?

        public init(
            recordKey: String, role: String, kind: String, lgCode: String?, detail: String, movedOn: String?,
            deadline: String?
        ) {
            self.recordKey = recordKey
            self.role = role
            self.kind = kind
            self.lgCode = lgCode
            self.detail = detail
            self.movedOn = movedOn
            self.deadline = deadline
        }
    }

    /// Records a plan in one transaction: superseded open changes, the new changes (held ones
    /// audited as holds, without any address), this run's discrepancies in place of the last
    /// run's (when `scoped`: those of the scope's records, and the registry-wide findings,
    /// which are always found again), and where the plan read from (`state`).
    /// - Returns: the ids of the new changes, in order.
    public func savePlan(
        runID: String, supersede: [Int64], changes: [NewChange], discrepancies: [Discrepancy], actor: String,
        scoped: Bool = false, state: PlanState? = nil
    ) throws -> [Int64] {
        try connection.transaction {
            if !supersede.isEmpty {
                try connection.execute(
                    """
                    UPDATE regsync.change SET status = 'superseded', decided_by = $2, decided_at = now()
                     WHERE change_id = ANY($1::bigint[]) AND status IN ('proposed', 'held')
                    """, [supersede.map(String.init), actor])
            }
            var ids: [Int64] = []
            if !changes.isEmpty {
                try connection.executeScript(
                    """
                    CREATE TEMP TABLE regsync_plan (
                        ord integer, record_key text, person_role text, field text, holder text, kind text, status text,
                        policy text, resident_code text, corporate_number text, old_address text, new_address text,
                        new_key text, substitute boolean, moved_on date, recorded_on date, deadline date, lg_code text,
                        evidence text) ON COMMIT DROP
                    """)
                try connection.copyIn("COPY regsync_plan FROM STDIN") { stream in
                    for (ord, change) in changes.enumerated() {
                        for value in [
                            String(ord), change.recordKey, change.role, change.field, change.holder, change.kind,
                            change.status, change.policy, change.residentCode, change.corporateNumber,
                            change.oldAddress,
                            change.newAddress, change.newKey, change.substitute ? "t" : "f", change.movedOn,
                            change.recordedOn, change.deadline, change.lgCode, change.evidence,
                        ] { stream.field(value) }
                        try stream.endRow()
                    }
                }
                ids = try connection.execute(
                    """
                    INSERT INTO regsync.change (registry, record_key, person_role, field, holder, kind, status, policy,
                           resident_code, corporate_number, old_address, new_address, new_key, substitute, moved_on,
                           recorded_on, deadline, lg_code, evidence, planned_run_id)
                    SELECT $1, record_key, person_role, field, holder, kind, status, policy, resident_code,
                           corporate_number, old_address, new_address, new_key, substitute, moved_on, recorded_on,
                           deadline, lg_code, evidence, $2
                      FROM regsync_plan ORDER BY ord
                    RETURNING change_id
                    """, [registry, runID]
                ).compactMap { $0["change_id"].flatMap { Int64($0) } }
                try connection.execute(
                    """
                    INSERT INTO regsync.audit (change_id, registry, record_key, person_role, field, action, before,
                           after, reason, evidence, actor)
                    SELECT c.change_id, c.registry, c.record_key, c.person_role, c.field, 'hold', c.old_address, NULL,
                           'held: the resident is under DV support measures (支援措置); the new address is not propagated',
                           c.evidence, $3
                      FROM regsync.change c WHERE c.registry = $1 AND c.planned_run_id = $2 AND c.status = 'held'
                    """, [registry, runID, actor])
            }
            if scoped {
                try connection.execute(
                    """
                    DELETE FROM regsync.discrepancy WHERE registry = $1
                       AND (kind = ANY($2::text[]) OR record_key IN (SELECT record_key FROM regsync_scope))
                    """, [registry, Self.registryWideKinds])
            } else {
                try connection.execute("DELETE FROM regsync.discrepancy WHERE registry = $1", [registry])
            }
            if let state {
                try connection.execute(
                    """
                    INSERT INTO regsync.plan_state (registry, read_from, fingerprint, run_id)
                    VALUES ($1, $2::timestamptz, $3, $4)
                    ON CONFLICT (registry) DO UPDATE SET read_from = excluded.read_from,
                           fingerprint = excluded.fingerprint, run_id = excluded.run_id, planned_at = now()
                    """, [registry, state.readFrom, state.fingerprint, runID])
            }
            if !discrepancies.isEmpty {
                try connection.copyIn(
                    """
                    COPY regsync.discrepancy (registry, record_key, person_role, kind, lg_code, detail, moved_on,
                         deadline, run_id) FROM STDIN
                    """
                ) { stream in
                    for item in discrepancies {
                        for value in [
                            registry, item.recordKey, item.role, item.kind, item.lgCode, item.detail, item.movedOn,
                            item.deadline, runID,
                        ] { stream.field(value) }
                        try stream.endRow()
                    }
                }
            }
            return ids
        }
    }
}
