import RegsyncPostgres

/// The changes awaiting registry staff (the workbench's pending-changes page).
extension PropagationStore {
    /// A proposed change as staff see it before approving or refusing it.
    public struct PendingChange: Sendable {
        public var changeID: Int64
        public var recordKey: String
        public var role: String
        public var kind: String
        public var policy: String
        public var oldAddress: String?
        public var newAddress: String?
        public var movedOn: String?
        public var recordedOn: String?
        public var deadline: String?
        /// Whether the holder is a DV-protected resident now (the planner holds such changes;
        /// protection granted after planning is caught here).
        public var protected: Bool
    }

    /// Up to `limit` proposed changes of this registry after change `id` (from the first when nil), by id.
    public func proposed(after id: Int64?, limit: Int) throws -> [PendingChange] {
        try connection.execute(
            """
            SELECT c.change_id, c.record_key, c.person_role, c.kind, c.policy, c.old_address, c.new_address,
                   c.moved_on::text AS moved_on, c.recorded_on::text AS recorded_on, c.deadline::text AS deadline,
                   coalesce(r.dv_protected, false) AS protected
              FROM regsync.change c
              LEFT JOIN resident.person r ON c.holder = 'resident' AND r.resident_code = c.resident_code
             WHERE c.registry = $1 AND c.status = 'proposed' AND ($2::bigint IS NULL OR c.change_id > $2::bigint)
             ORDER BY c.change_id LIMIT $3
            """, [registry, id, limit]
        ).map { row in
            PendingChange(
                changeID: row["change_id"].flatMap { Int64($0) } ?? 0, recordKey: row["record_key"] ?? "",
                role: row["person_role"] ?? "", kind: row["kind"] ?? "", policy: row["policy"] ?? "",
                oldAddress: row["old_address"], newAddress: row["new_address"], movedOn: row["moved_on"],
                recordedOn: row["recorded_on"], deadline: row["deadline"], protected: row.bool("protected") ?? true)
        }
    }

    /// How many changes of this registry are proposed and how many are held.
    public func openCounts() throws -> (proposed: Int, held: Int) {
        var counts: [String: Int] = [:]
        for row in try connection.execute(
            """
            SELECT status, count(*) AS n FROM regsync.change
             WHERE registry = $1 AND status IN ('proposed', 'held') GROUP BY status
            """, [registry])
        {
            counts[row["status"] ?? ""] = row.int("n") ?? 0
        }
        return (counts["proposed"] ?? 0, counts["held"] ?? 0)
    }
}
