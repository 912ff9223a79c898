import Foundation
import RegsyncPostgres

extension PropagationStore {
    /// The registry table this registry's persons live in.
    var table: String {
        switch registry {
        case "vehicle": "vehicle.registration"
        case "realestate": "realestate.owner"
        default: "commercial.officer"
        }
    }

    /// Applies proposed changes (those with an address to write) in one batch, set-based: per
    /// registry column one `UPDATE … FROM` that writes only where the registry still holds the
    /// old value, the audit rows (before, after, why, evidence, who; the day written too when
    /// the registry records it) in the same statement, the changes marked applied.
    /// - Returns: the batch, the changes applied, and those left alone because the registry's
    ///   value changed since they were planned.
    public func apply(_ changeIDs: [Int64], runID: String, actor: String) throws -> (
        batch: Int64?, applied: Int, stale: [Int64]
    ) {
        guard !changeIDs.isEmpty else { return (nil, 0, []) }
        // Changes planned a moment ago are newer than the table's statistics (see rollback).
        if changeIDs.count > 1_000 { try connection.execute("ANALYZE regsync.change") }
        return try connection.transaction {
            let batch = try connection.execute(
                "INSERT INTO regsync.batch (registry, run_id, actor) VALUES ($1, $2, $3) RETURNING batch_id",
                [registry, runID, actor]
            ).first.flatMap { $0["batch_id"].flatMap { Int64($0) } }
            guard let batch else { return (nil, 0, []) }
            let ids = changeIDs.map(String.init)
            var applied = 0
            let fields = try connection.execute(
                """
                SELECT DISTINCT person_role FROM regsync.change
                 WHERE change_id = ANY($1::bigint[]) AND registry = $2 AND status = 'proposed' AND new_address IS NOT NULL
                """, [ids, registry]
            ).compactMap { $0["person_role"] }
            var columns: [(address: String, recordedOn: String?)] = []
            for role in fields {
                if let pair = RegistryPersons.addressColumns(registry: registry, role: role),
                    !columns.contains(where: { $0.address == pair.address })
                {
                    columns.append(pair)
                }
            }
            let keySource = KeySource.all.first { $0.table == table }
            for column in columns {
                let address = try connection.quoteIdentifier(column.address)
                let keyField = keySource?.fields.first { $0.source == column.address }
                let recorded = try column.recordedOn.map { try connection.quoteIdentifier($0) }
                applied += try connection.executeCount(
                    """
                    WITH target AS (
                        SELECT c.change_id, c.record_key, c.person_role, c.old_address, c.new_address, c.kind,
                               c.evidence, c.field, c.new_key
                          FROM regsync.change c
                         WHERE c.change_id = ANY($1::bigint[]) AND c.registry = $2 AND c.status = 'proposed'
                           AND c.field = $3 AND c.new_address IS NOT NULL
                    ), previous AS (
                        SELECT t.record_key, t.updated_at AS updated_before\(recorded.map { ", t.\($0)::text AS recorded_before" } ?? ", NULL::text AS recorded_before")
                          FROM \(table) t JOIN target USING (record_key)
                    ), written AS (
                        UPDATE \(table) t SET \(address) = target.new_address\(recorded.map { ", \($0) = current_date" } ?? ""),
                               updated_at = now()
                          FROM target
                         WHERE t.record_key = target.record_key AND t.removed_at IS NULL
                           AND t.\(address) IS NOT DISTINCT FROM target.old_address
                        RETURNING target.change_id
                    ), audited AS (
                        INSERT INTO regsync.audit (batch_id, change_id, registry, record_key, person_role, field, action,
                               before, after, reason, evidence, actor)
                        SELECT $4::bigint, target.change_id, $2, target.record_key, target.person_role, target.field, 'apply',
                               target.old_address, target.new_address,
                               CASE target.kind WHEN 'administrative'
                                    THEN 'administrative change (住居表示, renaming or merger): not a move'
                                    ELSE 'the holder moved' END,
                               target.evidence, $5
                          FROM target JOIN written USING (change_id)
                        \(recorded.map { _ in """
                        UNION ALL
                        SELECT $4::bigint, target.change_id, $2, target.record_key, target.person_role, '\(column.recordedOn!)',
                               'apply', previous.recorded_before, current_date::text, 'the day the address was recorded',
                               target.evidence, $5
                          FROM target JOIN written USING (change_id) JOIN previous USING (record_key)
                        """ } ?? "")
                        RETURNING change_id
                    )\(try keyField.map { try keysUpdate($0) } ?? "")
                    UPDATE regsync.change c SET status = 'applied', batch_id = $4::bigint, decided_by = $5, decided_at = now()
                      FROM (SELECT DISTINCT change_id FROM audited) a WHERE c.change_id = a.change_id
                    """, [ids, registry, column.address, String(batch), actor])
            }
            try connection.execute(
                "UPDATE regsync.batch SET changes = $2 WHERE batch_id = $1", [String(batch), String(applied)])
            let stale = try connection.execute(
                """
                SELECT change_id FROM regsync.change
                 WHERE change_id = ANY($1::bigint[]) AND status = 'proposed' AND new_address IS NOT NULL
                """, [ids]
            ).compactMap { $0["change_id"].flatMap { Int64($0) } }
            return (applied > 0 ? batch : nil, applied, stale)
        }
    }

    /// The part of the apply statement that keeps the registry's comparison keys current: the
    /// written column's key becomes the key of the address written, so that a rerun sees the
    /// registry up to date without normalising again. Only where the keys were current before
    /// (a row whose keys were already stale is left to the keys stage).
    private func keysUpdate(_ field: KeySource.Field) throws -> String {
        guard case .address(let lgCode) = field.kind else { return "" }
        let key = try connection.quoteIdentifier(field.key)
        let lg = try connection.quoteIdentifier(lgCode)
        return """
            , keyed AS (
                UPDATE \(table)_keys k SET \(key) = target.new_key,
                       \(lg) = CASE WHEN target.new_key LIKE '?%' THEN NULL ELSE split_part(target.new_key, '|', 1) END,
                       source_updated_at = now()
                  FROM target JOIN written USING (change_id) JOIN previous USING (record_key)
                 WHERE k.record_key = target.record_key AND k.source_updated_at = previous.updated_before
                   AND target.new_key IS NOT NULL
                RETURNING k.record_key
            )
            """
    }

    /// Refuses proposed changes (registry staff's decision), audited.
    /// - Returns: how many were refused.
    public func refuse(_ changeIDs: [Int64], actor: String) throws -> Int {
        guard !changeIDs.isEmpty else { return 0 }
        return try connection.transaction {
            try connection.execute(
                """
                INSERT INTO regsync.audit (change_id, registry, record_key, person_role, field, action, before, after,
                       reason, evidence, actor)
                SELECT change_id, registry, record_key, person_role, field, 'refuse', old_address, NULL,
                       'refused by registry staff', evidence, $3
                  FROM regsync.change WHERE change_id = ANY($1::bigint[]) AND registry = $2 AND status = 'proposed'
                """, [changeIDs.map(String.init), registry, actor])
            return try connection.executeCount(
                """
                UPDATE regsync.change SET status = 'refused', decided_by = $3, decided_at = now()
                 WHERE change_id = ANY($1::bigint[]) AND registry = $2 AND status = 'proposed'
                """, [changeIDs.map(String.init), registry, actor])
        }
    }

    /// The changes among `ids` that are not open proposals of this registry (for a clear refusal).
    public func notProposed(_ ids: [Int64]) throws -> [(id: Int64, status: String?)] {
        let found = try connection.execute(
            "SELECT change_id, status FROM regsync.change WHERE change_id = ANY($1::bigint[]) AND registry = $2",
            [ids.map(String.init), registry])
        var status: [Int64: String] = [:]
        for row in found { if let id = row["change_id"].flatMap({ Int64($0) }) { status[id] = row["status"] } }
        return ids.filter { status[$0] != "proposed" }.map { ($0, status[$0]) }
    }

    /// Every open proposal of the registry that has an address to write (what `--approve-all`
    /// approves), oldest first.
    public func openProposalIDs() throws -> [Int64] {
        try openProposals().map(\.id)
    }

    /// An open proposal as registry staff list it before deciding.
    public struct Proposal: Sendable {
        public var id: Int64
        /// The record's natural key as stored (parts joined by U+001F).
        public var recordKey: String
        public var role: String
        public var kind: String
        public var oldAddress: String?
        public var newAddress: String
        public var movedOn: String?
    }

    /// The open proposals of the registry with an address to write (never a held change).
    public func openProposals() throws -> [Proposal] {
        try connection.execute(
            """
            SELECT change_id, record_key, person_role, kind, old_address,
                   new_address, moved_on::text AS moved_on
              FROM regsync.change
             WHERE registry = $1 AND status = 'proposed' AND new_address IS NOT NULL
             ORDER BY change_id
            """, [registry]
        ).compactMap { row in
            guard let id = row["change_id"].flatMap({ Int64($0) }), let recordKey = row["record_key"],
                let role = row["person_role"], let kind = row["kind"], let newAddress = row["new_address"]
            else { return nil }
            return Proposal(
                id: id, recordKey: recordKey, role: role, kind: kind, oldAddress: row["old_address"],
                newAddress: newAddress, movedOn: row["moved_on"])
        }
    }

    /// The changes planned for `policy` `apply` or with consent that are to be written now.
    public func proposedIDs(planned runID: String) throws -> [Int64] {
        try connection.execute(
            """
            SELECT change_id FROM regsync.change WHERE registry = $1 AND planned_run_id = $2 AND status = 'proposed'
             ORDER BY change_id
            """, [registry, runID]
        ).compactMap { $0["change_id"].flatMap { Int64($0) } }
    }
}

/// Undoing a batch.
extension PropagationStore {
    /// A value a rollback left alone because the registry changed it after the batch.
    public struct Untouched: Sendable {
        public var recordKey: String
        public var field: String
        public var batchValue: String?
        public var currentValue: String?
    }

    /// Restores every value still equal to what the batch wrote, audits each restoration, and
    /// lists (untouched) those changed since. The batch's registry is read from the batch.
    public static func rollback(batch: Int64, actor: String, on connection: PostgresConnection) throws -> (
        registry: String, restored: Int, untouched: [Untouched]
    )? {
        guard
            let registry = try connection.execute(
                "SELECT registry FROM regsync.batch WHERE batch_id = $1", [String(batch)]
            ).first?["registry"]
        else { return nil }
        let store = PropagationStore(connection: connection, registry: registry)
        return try connection.transaction {
            // The batch's audit rows may be newer than the table's statistics: without them
            // the planner takes the batch for a handful of rows and joins it by rescanning
            // (quadratic at 100,000 changes).
            try connection.execute("ANALYZE regsync.audit")
            let fields = try connection.execute(
                "SELECT DISTINCT field FROM regsync.audit WHERE batch_id = $1 AND action = 'apply'", [String(batch)]
            ).compactMap { $0["field"] }
            var restored = 0
            for field in fields {
                let column = try connection.quoteIdentifier(field)
                let isDate = field.hasSuffix("_on")
                restored += try connection.executeCount(
                    """
                    WITH applied AS (
                        SELECT DISTINCT ON (record_key) audit_id, change_id, record_key, person_role, before, after
                          FROM regsync.audit
                         WHERE batch_id = $1 AND action = 'apply' AND field = $2
                         ORDER BY record_key, audit_id
                    ), restored AS (
                        UPDATE \(store.table) t SET \(column) = applied.before\(isDate ? "::date" : ""), updated_at = now()
                          FROM applied
                         WHERE t.record_key = applied.record_key AND t.\(column)::text IS NOT DISTINCT FROM applied.after
                        RETURNING applied.audit_id
                    )
                    INSERT INTO regsync.audit (batch_id, change_id, registry, record_key, person_role, field, action,
                           before, after, reason, actor)
                    SELECT $1, applied.change_id, $3, applied.record_key, applied.person_role, $2, 'rollback',
                           applied.after, applied.before, 'rollback of batch ' || $1, $4
                      FROM applied JOIN restored USING (audit_id)
                    """, [String(batch), field, registry, actor])
            }
            try connection.execute("ANALYZE regsync.audit, regsync.change")  // the rollback rows just written
            let untouched = try connection.execute(
                """
                SELECT a.record_key, a.field, a.after FROM regsync.audit a
                  LEFT JOIN (SELECT DISTINCT record_key, field FROM regsync.audit
                              WHERE batch_id = $1 AND action = 'rollback') r USING (record_key, field)
                 WHERE a.batch_id = $1 AND a.action = 'apply' AND r.record_key IS NULL
                 ORDER BY a.record_key, a.field
                """, [String(batch)]
            ).map {
                Untouched(
                    recordKey: $0["record_key"] ?? "", field: $0["field"] ?? "", batchValue: $0["after"],
                    currentValue: nil)
            }
            try connection.execute(
                """
                UPDATE regsync.change c SET status = 'rolled-back', decided_by = $2, decided_at = now()
                  FROM (SELECT DISTINCT change_id, field FROM regsync.audit
                         WHERE batch_id = $1 AND action = 'rollback') r
                 WHERE c.batch_id = $1 AND c.status = 'applied' AND r.change_id = c.change_id AND r.field = c.field
                """, [String(batch), actor])
            try connection.execute(
                "UPDATE regsync.batch SET rolled_back_at = now(), rolled_back_by = $2 WHERE batch_id = $1",
                [String(batch), actor])
            return (registry, restored, untouched)
        }
    }

    /// Sets the registry's holder pseudonyms to exactly `pseudonyms` ((record key, role) →
    /// pseudonym): new ones inserted, changed ones updated, those of persons no longer linked removed.
    public func replacePseudonyms(_ pseudonyms: [(recordKey: String, role: String, pseudonym: String)]) throws -> Int {
        let target = "\(registry).holder_pseudonym"
        return try connection.transaction {
            try connection.executeScript(
                "CREATE TEMP TABLE regsync_pseudonyms (record_key text, person_role text, pseudonym text) ON COMMIT DROP"
            )
            try connection.copyIn("COPY regsync_pseudonyms FROM STDIN") { stream in
                for entry in pseudonyms {
                    stream.field(entry.recordKey)
                    stream.field(entry.role)
                    stream.field(entry.pseudonym)
                    try stream.endRow()
                }
            }
            try connection.executeScript("ANALYZE regsync_pseudonyms")
            var changed = try connection.executeCount(
                """
                DELETE FROM \(target) h WHERE NOT EXISTS (
                    SELECT 1 FROM regsync_pseudonyms s WHERE s.record_key = h.record_key AND s.person_role = h.person_role
                       AND s.pseudonym = h.pseudonym)
                """)
            changed += try connection.executeCount(
                """
                INSERT INTO \(target) (record_key, person_role, pseudonym)
                SELECT s.record_key, s.person_role, s.pseudonym FROM regsync_pseudonyms s
                 WHERE NOT EXISTS (SELECT 1 FROM \(target) h WHERE h.record_key = s.record_key
                                    AND h.person_role = s.person_role)
                """)
            return changed
        }
    }
}
