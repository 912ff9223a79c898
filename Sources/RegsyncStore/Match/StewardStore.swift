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
            for verdict in verdicts { changed += try record(verdict, steward: steward, source: source) }
            return changed
        }
    }

    /// What became of a decision asked of ``decideOnce(_:steward:source:)``.
    public enum DecideOutcome: Sendable, Equatable {
        /// Recorded, applied and audited.
        case recorded
        /// Someone decided first: the pair itself, or (for a confirmation) another resident
        /// confirmed for the same person. Nothing was written.
        case alreadyDecided(verdict: String, steward: String, at: String, residentCode: String)
        /// The person is not awaiting review any more (a match linked it since, say), or the
        /// pair is not one of its candidates. Nothing was written.
        case notInReview(decision: String, decidedBy: String)
        /// No such person in the registry's links.
        case unknown
    }

    /// Records one decision unless the pair was decided already: the check and the write hold
    /// the person's link row locked, so of two stewards deciding at once the second is told who
    /// decided first — nothing is silently overwritten (``apply(_:steward:source:)``, for a
    /// reviewed file, does overwrite).
    public func decideOnce(_ verdict: Verdict, steward: String, source: String) throws -> DecideOutcome {
        try connection.transaction {
            guard
                let link = try connection.execute(
                    """
                    SELECT decision, decided_by FROM regsync.link
                     WHERE registry = $1 AND record_key = $2 AND person_role = $3 FOR UPDATE
                    """, [registry, verdict.recordKey, verdict.role]
                ).first
            else { return .unknown }
            let earlier = try connection.execute(
                """
                SELECT verdict, steward, decided_at::text AS at, resident_code FROM regsync.steward_decision
                 WHERE registry = $1 AND record_key = $2 AND person_role = $3
                   AND (resident_code = $4 OR verdict = 'confirm')
                 ORDER BY resident_code = $4 DESC LIMIT 1
                """, [registry, verdict.recordKey, verdict.role, verdict.residentCode]
            ).first
            if let earlier {
                return .alreadyDecided(
                    verdict: earlier["verdict"] ?? "", steward: earlier["steward"] ?? "", at: earlier["at"] ?? "",
                    residentCode: earlier["resident_code"] ?? "")
            }
            let isCandidate = try !connection.execute(
                """
                SELECT 1 FROM regsync.match_candidate
                 WHERE registry = $1 AND record_key = $2 AND person_role = $3 AND resident_code = $4
                """, [registry, verdict.recordKey, verdict.role, verdict.residentCode]
            ).isEmpty
            guard link["decision"] == "review", isCandidate else {
                return .notInReview(decision: link["decision"] ?? "", decidedBy: link["decided_by"] ?? "")
            }
            try record(verdict, steward: steward, source: source)
            return .recorded
        }
    }

    /// Records one decision inside the caller's transaction, applies it to the link table and
    /// audits it (who, when, the resident before and after, the comment as evidence).
    /// - Returns: 1 when the decision was new or changed, else 0 (nothing written).
    @discardableResult
    func record(_ verdict: Verdict, steward: String, source: String) throws -> Int {
        let changed = try connection.executeCount(
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
        guard changed > 0 else { return 0 }
        let before =
            try connection.execute(
                "SELECT resident_code FROM regsync.link WHERE registry = $1 AND record_key = $2 AND person_role = $3",
                [registry, verdict.recordKey, verdict.role]
            ).first?["resident_code"]
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
        let after =
            try connection.execute(
                "SELECT resident_code FROM regsync.link WHERE registry = $1 AND record_key = $2 AND person_role = $3",
                [registry, verdict.recordKey, verdict.role]
            ).first?["resident_code"]
        try connection.execute(
            """
            INSERT INTO regsync.audit (registry, record_key, person_role, field, action, before, after, reason, evidence,
                   actor)
            VALUES ($1, $2, $3, 'link.resident_code', $4, $5, $6, $7, $8, $9)
            """,
            [
                registry, verdict.recordKey, verdict.role, verdict.confirm ? "steward_confirm" : "steward_reject",
                before, after,
                (verdict.confirm ? "a steward confirmed resident " : "a steward rejected resident ")
                    + verdict.residentCode + " (" + source + ")",
                verdict.comment, "steward:" + steward,
            ])
        return changed
    }

    /// The stewards' decisions on a person's candidates, by resident code.
    public func decisions(recordKey: String, role: String) throws -> [String: (
        verdict: String, steward: String, at: String, comment: String?
    )] {
        var decisions: [String: (String, String, String, String?)] = [:]
        for row in try connection.execute(
            """
            SELECT resident_code, verdict, steward, decided_at::text AS at, comment FROM regsync.steward_decision
             WHERE registry = $1 AND record_key = $2 AND person_role = $3
            """, [registry, recordKey, role])
        {
            decisions[row["resident_code"] ?? ""] = (
                row["verdict"] ?? "", row["steward"] ?? "", row["at"] ?? "", row["comment"]
            )
        }
        return decisions
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
