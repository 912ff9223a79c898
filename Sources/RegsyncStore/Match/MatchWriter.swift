import Foundation
import RegsyncLink
import RegsyncPostgres

/// Writes one match run: every decided person's link row (upserted), its scored candidates
/// (replaced), the model when trained, and the registry's match state — in one transaction,
/// set-based, so that a run is visible whole or not at all.
public struct MatchWriter {
    let connection: PostgresConnection
    public let registry: String

    public init(connection: PostgresConnection, registry: String) {
        self.connection = connection
        self.registry = registry
    }

    /// One person's decision.
    public struct LinkRow: Sendable {
        public var recordKey: String
        public var role: String
        public var decision: String
        public var reason: String
        public var residentCode: String?
        public var corporateNumber: String?
        public var corporateReason: String?
        public var weight: Double?
        public var probability: Double?
        public var decidedBy: String
        public var inputKeysAt: String?

        public init(
            recordKey: String, role: String, decision: String, reason: String, residentCode: String?,
            corporateNumber: String?, corporateReason: String?, weight: Double?, probability: Double?,
            decidedBy: String, inputKeysAt: String?
        ) {
            self.recordKey = recordKey
            self.role = role
            self.decision = decision
            self.reason = reason
            self.residentCode = residentCode
            self.corporateNumber = corporateNumber
            self.corporateReason = corporateReason
            self.weight = weight
            self.probability = probability
            self.decidedBy = decidedBy
            self.inputKeysAt = inputKeysAt
        }
    }

    /// One scored candidate of a person.
    public struct CandidateRow: Sendable {
        public var recordKey: String
        public var role: String
        public var rank: Int
        public var residentCode: String
        public var weight: Double
        public var probability: Double
        /// `comparison=level;…`
        public var levels: String
        /// `prior=w;comparison=w;…`
        public var weights: String
        /// Blocking rules that found the pair, comma-separated.
        public var rules: String

        public init(
            recordKey: String, role: String, rank: Int, residentCode: String, weight: Double, probability: Double,
            levels: String, weights: String, rules: String
        ) {
            self.recordKey = recordKey
            self.role = role
            self.rank = rank
            self.residentCode = residentCode
            self.weight = weight
            self.probability = probability
            self.levels = levels
            self.weights = weights
            self.rules = rules
        }
    }

    /// Saves a run.
    /// - Parameters:
    ///   - model: the model, when this run trained it (stored with the configuration's digest).
    ///   Link rows of persons no longer in the registry (record removed, user emptied) are removed.
    ///   With `full`, every current person was decided: the registry's partitions are emptied
    ///   and the rows copied straight in (an upsert of a million rows took seconds more).
    public func save(
        runID: String, links: [LinkRow], candidates: [CandidateRow], model: MatchModel?, configSHA256: String,
        residentsVersion: String?, full: Bool = false
    ) throws {
        try connection.transaction {
            if full {
                try saveFull(runID: runID, links: links, candidates: candidates)
            } else {
                try saveIncremental(runID: runID, links: links, candidates: candidates)
            }
            try saveState(runID: runID, model: model, configSHA256: configSHA256, residentsVersion: residentsVersion)
        }
        // Fresh statistics after a large batch of decisions: the propagation planner joins the
        // links next, and autovacuum may not have analysed them yet (plans on guessed row counts
        // ran minutes instead of seconds at 10,000 records).
        if links.count > 10_000 {
            for table in ["link_\(registry)", "match_candidate_\(registry)"] {
                try TableMaintenance.analyze(try connection.quoteQualified("regsync", table), on: connection)
            }
        }
    }

    private func copyLinks(_ links: [LinkRow], into table: String, runID: String) throws {
        try connection.copyIn(
            """
            COPY \(table) (registry, record_key, person_role, decision, reason, resident_code, corporate_number,
                 corporate_reason, match_weight, match_probability, decided_by, run_id, input_keys_at) FROM STDIN
            """
        ) { stream in
            for row in links {
                stream.field(registry)
                stream.field(row.recordKey)
                stream.field(row.role)
                stream.field(row.decision)
                stream.field(row.reason)
                stream.field(row.residentCode)
                stream.field(row.corporateNumber)
                stream.field(row.corporateReason)
                stream.field(row.weight.flatMap { $0.isFinite ? String($0) : nil })
                stream.field(row.probability.flatMap { $0.isFinite ? String($0) : nil })
                stream.field(row.decidedBy)
                stream.field(runID)
                stream.field(row.inputKeysAt)
                try stream.endRow()
            }
        }
    }

    private func copyCandidates(_ candidates: [CandidateRow], into table: String, runID: String) throws {
        try connection.copyIn(
            """
            COPY \(table) (registry, record_key, person_role, rank, resident_code, match_weight,
                 match_probability, levels, weights, rules, run_id) FROM STDIN
            """
        ) { stream in
            for row in candidates {
                stream.field(registry)
                stream.field(row.recordKey)
                stream.field(row.role)
                stream.field(String(row.rank))
                stream.field(row.residentCode)
                stream.field(String(row.weight))
                stream.field(String(row.probability))
                stream.field(row.levels)
                stream.field(row.weights)
                stream.field(row.rules)
                stream.field(runID)
                try stream.endRow()
            }
        }
    }

    private func saveFull(runID: String, links: [LinkRow], candidates: [CandidateRow]) throws {
        let linkTable = try connection.quoteQualified("regsync", "link_\(registry)")
        let candidateTable = try connection.quoteQualified("regsync", "match_candidate_\(registry)")
        try connection.executeScript("TRUNCATE \(linkTable), \(candidateTable)")
        try copyLinks(links, into: linkTable, runID: runID)
        try copyCandidates(candidates, into: candidateTable, runID: runID)
    }

    private func saveIncremental(runID: String, links: [LinkRow], candidates: [CandidateRow]) throws {
        do {  // the temporary table of this run's decisions, then one statement per table
            try connection.executeScript(
                """
                CREATE TEMP TABLE regsync_match_links (
                    record_key text, person_role text, decision text, reason text, resident_code text,
                    corporate_number text, corporate_reason text, match_weight double precision,
                    match_probability double precision, decided_by text, input_keys_at timestamptz
                ) ON COMMIT DROP
                """)
            try connection.copyIn("COPY regsync_match_links FROM STDIN") { stream in
                for row in links {
                    stream.field(row.recordKey)
                    stream.field(row.role)
                    stream.field(row.decision)
                    stream.field(row.reason)
                    stream.field(row.residentCode)
                    stream.field(row.corporateNumber)
                    stream.field(row.corporateReason)
                    stream.field(row.weight.flatMap { $0.isFinite ? String($0) : nil })
                    stream.field(row.probability.flatMap { $0.isFinite ? String($0) : nil })
                    stream.field(row.decidedBy)
                    stream.field(row.inputKeysAt)
                    try stream.endRow()
                }
            }
            try connection.executeScript("ANALYZE regsync_match_links")
            try connection.execute(
                """
                INSERT INTO regsync.link AS l (registry, record_key, person_role, decision, reason, resident_code,
                       corporate_number, corporate_reason, match_weight, match_probability, decided_by, run_id,
                       decided_at, input_keys_at)
                SELECT $1, record_key, person_role, decision, reason, resident_code, corporate_number, corporate_reason,
                       match_weight, match_probability, decided_by, $2, now(), input_keys_at
                  FROM regsync_match_links
                ON CONFLICT (registry, record_key, person_role) DO UPDATE
                   SET decision = excluded.decision, reason = excluded.reason, resident_code = excluded.resident_code,
                       corporate_number = excluded.corporate_number, corporate_reason = excluded.corporate_reason,
                       match_weight = excluded.match_weight, match_probability = excluded.match_probability,
                       decided_by = excluded.decided_by, run_id = excluded.run_id, decided_at = excluded.decided_at,
                       input_keys_at = excluded.input_keys_at
                """, [registry, runID])
            try connection.execute(
                """
                DELETE FROM regsync.match_candidate c USING regsync_match_links l
                 WHERE c.registry = $1 AND c.record_key = l.record_key AND c.person_role = l.person_role
                """, [registry])
            try copyCandidates(candidates, into: "regsync.match_candidate", runID: runID)
            if let select = RegistryPersons.select(for: registry) {
                // Persons that are no longer in the registry (record removed, user emptied) keep no decision.
                try connection.execute(
                    """
                    WITH gone AS (
                        SELECT l.record_key, l.person_role FROM regsync.link l
                         WHERE l.registry = $1
                           AND NOT EXISTS (SELECT 1 FROM (\(select)) p
                                            WHERE p.record_key = l.record_key AND p.person_role = l.person_role)
                    ), dropped AS (
                        DELETE FROM regsync.link l USING gone g
                         WHERE l.registry = $1 AND l.record_key = g.record_key AND l.person_role = g.person_role
                    )
                    DELETE FROM regsync.match_candidate c USING gone g
                     WHERE c.registry = $1 AND c.record_key = g.record_key AND c.person_role = g.person_role
                    """, [registry])
            }
        }
    }

    private func saveState(runID: String, model: MatchModel?, configSHA256: String, residentsVersion: String?) throws {
        if let model {
            let json = String(decoding: try JSONEncoder().encode(model), as: UTF8.self)
            try connection.execute(
                """
                INSERT INTO regsync.match_model (registry, run_id, config_sha256, model) VALUES ($1, $2, $3, $4::jsonb)
                ON CONFLICT (registry, run_id) DO UPDATE SET model = excluded.model
                """, [registry, runID, configSHA256, json])
        }
        try connection.execute(
            """
            INSERT INTO regsync.match_state (registry, last_run_id, matched_at, residents_version)
            VALUES ($1, $2, now(), $3)
            ON CONFLICT (registry) DO UPDATE
               SET last_run_id = excluded.last_run_id, matched_at = excluded.matched_at,
                   residents_version = excluded.residents_version
            """, [registry, runID, residentsVersion])
    }
}
