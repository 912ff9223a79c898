import RegsyncPostgres

/// Stewards' decisions on pairs: recorded (sticky across runs: the matcher honours them) and
/// applied to the link table at once, so that reports show them before the next match.
public struct StewardStore {
    let connection: PostgresConnection
    public let registry: String

    public init(connection: PostgresConnection, registry: String) {
        self.connection = connection
        self.registry = registry
    }

    /// One decision.
    public struct Verdict: Sendable {
        public var recordKey: String
        public var role: String
        public var residentCode: String
        public var confirm: Bool
        public var comment: String?

        public init(recordKey: String, role: String, residentCode: String, confirm: Bool, comment: String?) {
            self.recordKey = recordKey
            self.role = role
            self.residentCode = residentCode
            self.confirm = confirm
            self.comment = comment
        }
    }

    /// Which of these (record key, role) persons exist in the registry now.
    public func existingPersons(_ keys: [(String, String)]) throws -> Set<String> {
        guard let select = RegistryPersons.select(for: registry), !keys.isEmpty else { return [] }
        let rows = try connection.execute(
            """
            SELECT p.record_key || E'\\x1e' || p.person_role AS key FROM (\(select)) p
             WHERE (p.record_key, p.person_role) IN (SELECT * FROM unnest($1::text[], $2::text[]))
            """, [keys.map(\.0), keys.map(\.1)])
        return Set(rows.compactMap { $0["key"] })
    }

    /// Which of these resident codes are in the register.
    public func existingResidents(_ codes: [String]) throws -> Set<String> {
        guard !codes.isEmpty else { return [] }
        return Set(
            try connection.execute(
                "SELECT resident_code FROM resident.person WHERE resident_code = ANY($1::text[])", [codes]
            ).compactMap { $0["resident_code"] })
    }

    /// Records decisions and applies them to the link table, in one transaction.
    /// - Returns: how many decisions were new or changed.
    @discardableResult
    public func apply(_ verdicts: [Verdict], steward: String, source: String) throws -> Int {
        try connection.transaction {
            var changed = 0
            for verdict in verdicts {
                changed += try connection.executeCount(
                    """
                    INSERT INTO regsync.steward_decision (registry, record_key, person_role, resident_code, verdict, steward,
                           comment, source)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                    ON CONFLICT (registry, record_key, person_role, resident_code) DO UPDATE
                       SET verdict = excluded.verdict, steward = excluded.steward, comment = excluded.comment,
                           source = excluded.source, decided_at = now()
                     WHERE regsync.steward_decision.verdict IS DISTINCT FROM excluded.verdict
                        OR regsync.steward_decision.comment IS DISTINCT FROM excluded.comment
                    """,
                    [
                        registry, verdict.recordKey, verdict.role, verdict.residentCode,
                        verdict.confirm ? "confirm" : "reject", steward, verdict.comment, source,
                    ])
                if verdict.confirm {
                    // A confirmed pair links now; another confirmation of the same person is withdrawn.
                    try connection.execute(
                        """
                        DELETE FROM regsync.steward_decision
                         WHERE registry = $1 AND record_key = $2 AND person_role = $3 AND verdict = 'confirm'
                           AND resident_code <> $4
                        """, [registry, verdict.recordKey, verdict.role, verdict.residentCode])
                    try connection.execute(
                        """
                        UPDATE regsync.link SET decision = 'link', reason = 'steward_confirmed', resident_code = $4,
                               decided_by = $5, decided_at = now()
                         WHERE registry = $1 AND record_key = $2 AND person_role = $3
                        """, [registry, verdict.recordKey, verdict.role, verdict.residentCode, "steward:" + steward])
                } else {
                    // A rejected pair stops linking; the next match decides the person again without it.
                    try connection.execute(
                        """
                        UPDATE regsync.link SET decision = 'review', reason = 'steward_rejected', resident_code = NULL,
                               decided_by = $5, decided_at = now(), input_keys_at = NULL
                         WHERE registry = $1 AND record_key = $2 AND person_role = $3
                           AND (resident_code = $4 OR decision <> 'link')
                        """, [registry, verdict.recordKey, verdict.role, verdict.residentCode, "steward:" + steward])
                }
            }
            return changed
        }
    }

    /// Who decided a pair already, when a decision on it exists (for "already decided by").
    public func decision(recordKey: String, role: String, residentCode: String) throws -> (
        verdict: String, steward: String, at: String
    )? {
        guard
            let row = try connection.execute(
                """
                SELECT verdict, steward, decided_at::text AS at FROM regsync.steward_decision
                 WHERE registry = $1 AND record_key = $2 AND person_role = $3 AND resident_code = $4
                """, [registry, recordKey, role, residentCode]
            ).first
        else { return nil }
        return (row["verdict"] ?? "", row["steward"] ?? "", row["at"] ?? "")
    }
}
