import RegsyncPostgres

/// Incremental planning: a night plans again only the records something touched since the
/// last plan — the registry record itself (new, edited, removed, or written by a batch), its
/// persons' link decisions, the linked resident (person, address history or events) or the
/// linked corporation. Everyone else's plan, open changes and findings stay as they are.
extension PropagationStore {
    /// Where the last plan of this registry left off.
    public struct PlanState: Sendable {
        /// Rows changed at or after this time are new to the plan (the start of the last
        /// plan's reading, or of the oldest transaction still open then).
        public var readFrom: String
        /// The fingerprint of the binary and policy that plan was made with.
        public var fingerprint: String

        public init(readFrom: String, fingerprint: String) {
            self.readFrom = readFrom
            self.fingerprint = fingerprint
        }
    }

    /// The state the last saved plan left, if any.
    public func planState() throws -> PlanState? {
        try connection.execute(
            "SELECT read_from::text AS read_from, fingerprint FROM regsync.plan_state WHERE registry = $1", [registry]
        ).first.flatMap { row in
            guard let readFrom = row["read_from"], let fingerprint = row["fingerprint"] else { return nil }
            return PlanState(readFrom: readFrom, fingerprint: fingerprint)
        }
    }

    /// The time from which the plan about to be made reads: now, or the start of the oldest
    /// transaction open in this database, whichever is earlier — a row written by a
    /// transaction that commits after the plan read carries its transaction's start time, so
    /// the next plan still sees it.
    ///
    /// `pg_stat_activity` shows a role only its own sessions' transactions: where `regsync init
    /// --roles` made `regsync.oldest_transaction_start` (which sees every role's), an import
    /// running in another role is waited for too.
    public func readingStart() throws -> String {
        let oldest =
            try TableMaintenance.mayCall("regsync.oldest_transaction_start()", on: connection)
            ? "regsync.oldest_transaction_start()"
            : """
            (SELECT min(xact_start) FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL)
            """
        return try connection.execute("SELECT least(clock_timestamp(), \(oldest))::text AS start").first?["start"] ?? ""
    }

    /// Fills this session's scope (temporary table `regsync_scope`) with the records touched
    /// since `since`, and returns how many there are. The holder and open-change reads, the
    /// saved findings and the pseudonyms are then limited to them.
    @discardableResult
    public func prepareScope(since: String) throws -> Int {
        let tables = RegistryPersons.tables(for: registry)
        let records = tables.map { "SELECT record_key FROM \($0) WHERE updated_at >= $1::timestamptz" }
        try connection.executeScript(
            "CREATE TEMP TABLE IF NOT EXISTS regsync_scope (record_key text PRIMARY KEY); TRUNCATE regsync_scope")
        let count = try connection.executeCount(
            """
            INSERT INTO regsync_scope (record_key)
            \(records.joined(separator: "\nUNION\n"))
            UNION
            SELECT record_key FROM regsync.link WHERE registry = $2 AND decided_at >= $1::timestamptz
            UNION
            SELECT l.record_key FROM regsync.link l
             WHERE l.registry = $2 AND l.resident_code IN (
                   SELECT resident_code FROM resident.person WHERE updated_at >= $1::timestamptz
                   UNION SELECT resident_code FROM resident.address WHERE updated_at >= $1::timestamptz
                   UNION SELECT resident_code FROM resident.event WHERE updated_at >= $1::timestamptz)
            UNION
            SELECT l.record_key FROM regsync.link l
              JOIN commercial.corporation c ON c.corporate_number = l.corporate_number
             WHERE l.registry = $2 AND c.updated_at >= $1::timestamptz
            """, [since, registry])
        try connection.executeScript("ANALYZE regsync_scope")
        return count
    }

    /// The SQL condition limiting `column` (a record key) to the scope, or nothing.
    func scopeCondition(_ column: String, scoped: Bool) -> String {
        scoped ? " AND \(column) IN (SELECT record_key FROM regsync_scope)" : ""
    }
}
